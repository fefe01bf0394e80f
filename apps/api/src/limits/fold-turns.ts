/**
 * Synchronous folds (a timeline, an as-of replay, the rules engine) hold the event loop while they
 * run. Run through here, they go one at a time, each in a turn of the event loop of its own that is
 * scheduled only after the fold before it has finished: between two folds Node polls for I/O, so a
 * request that arrived meanwhile (another client's) is read and started between them rather than
 * after every fold queued before it. (Folds queued in one turn with setImmediate would all run in
 * the same check phase, back to back.) Process-wide: the folds of every request share the line.
 */
let tail: Promise<unknown> = Promise.resolve();

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs `fold` in a turn of its own, after every fold queued before it; its result or error. */
export function inTurn<T>(fold: () => T): Promise<T> {
  const result = tail.then(nextTurn).then(fold);
  tail = result.catch(() => undefined);
  return result;
}
