import type { ContenderName, ContenderRole, StoreFamily } from './contenders/store-contender';
import type { MemoryPeak } from './peak-memory';

/**
 * A target held against another figure of the same store family: this figure's median divided by
 * that one's must be at least `atLeast` (a rate: 10 chains against 1 connection) or at most
 * `atMost` (a cost: the command at 100,000 events against the one at 10).
 */
export interface RelativeTarget {
  /** The `key` of the figure this one is held against. */
  readonly to: string;
  readonly atLeast?: number;
  readonly atMost?: number;
  /** What the ratio is, in words: "10 connections on 10 chains ÷ 1 connection". */
  readonly what: string;
  /** Whose target: an issue's, or our own. */
  readonly source: string;
}

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
  /** A name other figures' relative targets refer to, unique within a family. */
  readonly key?: string;
  readonly relative?: RelativeTarget;
}

export interface BenchResults {
  readonly figures: Figure[];
  readonly notes: string[];
  /** Peak RSS per case and process. */
  readonly memory: MemoryPeak[];
}

export function newResults(): BenchResults {
  return { figures: [], notes: [], memory: [] };
}
