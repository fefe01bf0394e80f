import type { ContenderName, ContenderRole, StoreFamily } from './contenders/store-contender';

/** One measured figure: a case, who was measured, and one sample per run. */
export interface Figure {
  readonly caseId: string;
  readonly title: string;
  readonly family: StoreFamily | 'any';
  readonly contender: ContenderName | string;
  readonly role: ContenderRole | 'other';
  readonly unit: string;
  readonly higherIsBetter: boolean;
  readonly samples: number[];
  /** Load average (1 min) when the case started and ended. */
  load?: { start: number; end: number };
  readonly note?: string;
  /** A ceiling the median must stay under (lower is better), and whose it is: an issue's, or our own. */
  readonly target?: { readonly max: number; readonly source: string };
}

export interface BenchResults {
  readonly figures: Figure[];
  readonly notes: string[];
}

export function newResults(): BenchResults {
  return { figures: [], notes: [] };
}
