/**
 * What a long fold asks, every few hundred events, whether to stop: it throws to stop. An
 * AbortSignal fits (it throws its reason), and so does the API's request budget, which also
 * checks the clock (a synchronous fold never lets a timer abort a signal).
 */
export type Interruption = { throwIfAborted(): void };

const EVERY = 256;

/** Calls `interrupt` on every EVERY-th step; cheap enough for the inner loop of a fold. */
export function checkEvery(interrupt: Interruption | undefined, step: number): void {
  if (interrupt !== undefined && step % EVERY === 0) interrupt.throwIfAborted();
}
