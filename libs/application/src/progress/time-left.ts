/**
 * How long the rest of a long read will take, at the rate so far: `done` of about `total` events after
 * `elapsedMs`. Null when it cannot be said (no total, nothing done yet); 0 once the count reaches the
 * total (an estimated total can be a little low: never a negative time). One answer for the CLI's
 * progress line and the app's downloads.
 */
export function timeLeftMs(done: number, total: number | null, elapsedMs: number): number | null {
  if (total === null || total <= 0) return null;
  if (done >= total) return 0;
  if (done <= 0 || elapsedMs <= 0) return null;
  return ((total - done) * elapsedMs) / done;
}

/** The share done in whole percent, at most 100 (null without a total). */
export function percentDone(done: number, total: number | null): number | null {
  if (total === null || total <= 0) return null;
  return Math.min(100, Math.floor((done / total) * 100));
}
