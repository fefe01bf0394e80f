import type { Figure } from './bench-results';
import type { StoreFamily } from './contenders/store-contender';
import { formatNumber, summarize } from './stats';

/** Cases 1–6 (and 6a, 6b): the event store's, compared with the peer and the limit in a table of their own. */
export const STORE_CASE = /^[1-6][a-z]?$/;

export interface TargetVerdict {
  readonly caseId: string;
  readonly family: StoreFamily;
  readonly target: string;
  readonly value: string;
  readonly met: boolean;
  /** Load average (1 min) while the figures were measured: "1.51 → 2.22". */
  readonly load?: string;
}

type Load = Figure['load'];
/** "1.51 → 2.22": the load average (1 min) when a figure's runs started and ended. */
export const loadRange = (load: Load): string | undefined => (load ? `${load.start.toFixed(2)} → ${load.end.toFixed(2)}` : undefined);

const median = (figure: Figure) => summarize(figure.samples).median;
const familyOf = (figure: Figure): StoreFamily => (figure.family === 'postgres' ? 'postgres' : 'sqlite');

/** The verdict on every figure outside cases 1–6 with a ceiling of its own (hashing, cases 9, 7's lag, 11, 12). */
export function ceilingVerdicts(figures: readonly Figure[]): TargetVerdict[] {
  return figures
    .filter((f) => f.target && f.samples.length > 0 && !STORE_CASE.test(f.caseId))
    .map((f) => {
      const value = median(f);
      return {
        caseId: f.caseId,
        family: familyOf(f),
        target: `${f.title}: median ≤ ${formatNumber(f.target!.max)} ${f.unit} (${f.target!.source})`,
        value: `${formatNumber(value)} ${f.unit}`,
        met: value <= f.target!.max,
        load: loadRange(f.load),
      };
    });
}

// A share below 1 reads as a percentage (≥ 50 %), a multiple as times (≥ 3×).
const asBound = (value: number, share: boolean) => (share ? `${(value * 100).toFixed(0)}%` : `${value.toFixed(2).replace(/\.?0+$/, '')}×`);

/**
 * The verdict on every figure held against another of the same family (`relative`): the ratio of
 * their medians against the bound. A figure whose counterpart was not measured has no verdict.
 */
export function relativeVerdicts(figures: readonly Figure[]): TargetVerdict[] {
  const verdicts: TargetVerdict[] = [];
  for (const ours of figures) {
    const rel = ours.relative;
    if (!rel || ours.samples.length === 0) continue;
    const base = figures.find((f) => f.key === rel.to && f.family === ours.family && f.samples.length > 0);
    if (!base) continue;
    const ratio = median(ours) / median(base);
    const share = (rel.atLeast ?? rel.atMost ?? 1) < 1;
    const bounds = [rel.atLeast !== undefined ? `≥ ${asBound(rel.atLeast, share)}` : '', rel.atMost !== undefined ? `≤ ${asBound(rel.atMost, share)}` : ''];
    verdicts.push({
      caseId: ours.caseId,
      family: familyOf(ours),
      target: `${rel.what} ${bounds.filter((b) => b !== '').join(' and ')} (${rel.source})`,
      value: `${share ? `${(ratio * 100).toFixed(0)}%` : `${ratio.toFixed(2)}×`} (${formatNumber(median(ours))} ÷ ${formatNumber(median(base))} ${ours.unit})`,
      met: (rel.atLeast === undefined || ratio >= rel.atLeast) && (rel.atMost === undefined || ratio <= rel.atMost),
      load: bothLoads(ours.load, base.load),
    });
  }
  return verdicts;
}

// Figures measured in the same runs share one load range; others get one each.
function bothLoads(ours: Load, base: Load): string | undefined {
  const [a, b] = [loadRange(ours), loadRange(base)];
  return a === b || !b ? a : !a ? b : `${a}; the other figure ${b}`;
}

/** One line of the report's target list. */
export function verdictLine(v: TargetVerdict): string {
  const load = v.load ? ` (load ${v.load})` : '';
  return `- case ${v.caseId} ${v.family}: ${v.target} → ${v.value}: ${v.met ? 'met' : 'MISSED'}${load}`;
}
