/** min / median / max of a figure measured over several runs. */
export interface Summary {
  readonly min: number;
  readonly median: number;
  readonly max: number;
  readonly runs: number;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new RangeError('summarize needs at least one sample');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { min: sorted[0], median, max: sorted[sorted.length - 1], runs: sorted.length };
}

/** The value below which `p` percent of the samples lie (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new RangeError('percentile needs at least one sample');
  if (!(p > 0 && p <= 100)) throw new RangeError(`p must be in (0, 100], got ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.ceil((p / 100) * sorted.length)) - 1];
}

/**
 * How many times better `ours` is than `theirs`, both medians: for throughput (higher is better)
 * ours / theirs, for durations (lower is better) theirs / ours. Undefined when either is missing.
 */
export function ratio(ours: number | undefined, theirs: number | undefined, higherIsBetter: boolean): number | undefined {
  if (ours === undefined || theirs === undefined || ours <= 0 || theirs <= 0) return undefined;
  return higherIsBetter ? ours / theirs : theirs / ours;
}

/** Events (or requests) per second from a count and a duration in milliseconds. */
export function perSecond(count: number, ms: number): number {
  return ms > 0 ? (count * 1000) / ms : Number.POSITIVE_INFINITY;
}

/** "12,345" for large numbers, three significant digits for small ones. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (Number.isInteger(value) || abs >= 1000) return Math.round(value).toLocaleString('en-US');
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toPrecision(2);
}

export function formatSummary(summary: Summary): string {
  return `${formatNumber(summary.min)} / ${formatNumber(summary.median)} / ${formatNumber(summary.max)}`;
}

export function formatRatio(value: number | undefined): string {
  return value === undefined ? '–' : `${value.toFixed(2)}×`;
}
