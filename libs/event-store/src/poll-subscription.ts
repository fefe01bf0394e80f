import { START, type Checkpoint, type LoggedEvent } from './envelope';

/** Reads the page of the global log after `after` (exclusive), at most `limit` events, in subscriber order. */
export type ReadPage = (after: Checkpoint, limit: number) => Promise<LoggedEvent[]>;

export interface PollSubscriptionOptions {
  /** Start after this checkpoint (exclusive); START for the beginning of the log. */
  readonly after?: Checkpoint;
  /** Ends the subscription: the iteration finishes (without an error) as soon as it sees the abort. */
  readonly signal?: AbortSignal;
  /** Events per read. Default 500. */
  readonly batchSize?: number;
  /**
   * Resolves when new events may have been written (an in-process append, a PostgreSQL NOTIFY). Optional
   * and never trusted for correctness: the subscription also reads again every `pollIntervalMs`, and a
   * rejected wait only means it falls back to polling. It must settle (or ignore) when `signal` aborts.
   */
  readonly waitForChange?: (signal: AbortSignal) => Promise<void>;
  /** Read again after this long without a wake-up: writers the adapter cannot hear (another process). Default 500. */
  readonly pollIntervalMs?: number;
}

const DEFAULT_POLL_BATCH_SIZE = 500;
const DEFAULT_POLL_INTERVAL_MS = 500;

/**
 * Catch-up then live over any store that can page its global log: reads pages until one comes back
 * short, then waits for a change (or the poll interval) and reads again from the last checkpoint.
 * Delivers each event once, in page order. A failing read ends the iteration with that error; the
 * consumer resumes from the checkpoint of the last event it handled.
 */
export function pollSubscription(readPage: ReadPage, options: PollSubscriptionOptions = {}): AsyncIterable<LoggedEvent> {
  const batchSize = options.batchSize ?? DEFAULT_POLL_BATCH_SIZE;
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  if (!(pollIntervalMs > 0)) throw new RangeError(`pollIntervalMs must be positive, got ${pollIntervalMs}`);
  return poll(readPage, options.after ?? START, batchSize, pollIntervalMs, options.waitForChange, options.signal);
}

async function* poll(
  readPage: ReadPage,
  after: Checkpoint,
  batchSize: number,
  pollIntervalMs: number,
  waitForChange: PollSubscriptionOptions['waitForChange'],
  signal: AbortSignal | undefined,
): AsyncGenerator<LoggedEvent> {
  while (!signal?.aborted) {
    // Start listening before reading: a write that commits while the read runs must still wake us,
    // or it would wait a whole poll interval.
    const change = changeOrTimeout(waitForChange, pollIntervalMs, signal);
    try {
      const page = await readPage(after, batchSize);
      for (const event of page) {
        if (signal?.aborted) return;
        yield event;
        after = event.checkpoint;
      }
      // A full page means more may be waiting: read on at once. A short one means we are live.
      if (page.length < batchSize) await change.settled;
    } finally {
      change.cancel();
    }
  }
}

function changeOrTimeout(
  waitForChange: PollSubscriptionOptions['waitForChange'],
  pollIntervalMs: number,
  signal: AbortSignal | undefined,
): { settled: Promise<void>; cancel(): void } {
  const controller = new AbortController();
  const stop = () => controller.abort();
  signal?.addEventListener('abort', stop, { once: true });
  let timer: NodeJS.Timeout | undefined;
  const settled = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, pollIntervalMs);
    controller.signal.addEventListener('abort', () => resolve(), { once: true });
    // A failing wake-up source leaves the timer in charge: polling alone is correct.
    waitForChange?.(controller.signal).then(() => resolve(), () => undefined);
  });
  return {
    settled,
    cancel: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
      controller.abort();
    },
  };
}

/**
 * Wakes every subscription waiting on it. An adapter calls `notify()` after each append it commits
 * (or on a database notification) and passes `wait` as `waitForChange`.
 */
export class ChangeNotifier {
  private waiters = new Set<() => void>();

  notify(): void {
    const waiting = this.waiters;
    this.waiters = new Set();
    for (const wake of waiting) wake();
  }

  /** Resolves on the next notify() or when `signal` aborts. Bound, so it can be passed as `waitForChange`. */
  readonly wait = (signal: AbortSignal): Promise<void> =>
    new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const wake = () => {
        this.waiters.delete(wake);
        signal.removeEventListener('abort', wake);
        resolve();
      };
      this.waiters.add(wake);
      signal.addEventListener('abort', wake, { once: true });
    });

  /** How many waits are pending (for tests: a finished subscription leaves none behind). */
  get waiting(): number {
    return this.waiters.size;
  }
}
