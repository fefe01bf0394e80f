import type { Checkpoint, LoggedEvent, ReadAllOptions, SubscribeOptions } from '../envelope';
import { pollSubscription } from '../poll-subscription';
import type { PostgresChangeListener } from './postgres-change-listener';

export interface SubscriptionSource {
  readAll(options: ReadAllOptions): Promise<LoggedEvent[]>;
  // True when rows after `after` have committed but wait behind an older running transaction.
  heldBack(after: Checkpoint): Promise<boolean>;
  listener: PostgresChangeListener;
  pollIntervalMs: number;
}

const FIRST_RETRY_MS = 5;

// pollSubscription with two wake-ups: LISTEN/NOTIFY (and this process's own appends) for new rows,
// and a quick re-read when committed rows are held back behind an older open transaction. That
// transaction may write no events and so never notify; without the retry the subscriber would wait
// a whole poll interval after it ends. Both are hints: the poll interval alone is correct.
export function postgresSubscription(source: SubscriptionSource, options: SubscribeOptions): AsyncIterable<LoggedEvent> {
  let wake: (() => void) | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let retryMs = FIRST_RETRY_MS;

  const readPage = async (after: Checkpoint, limit: number): Promise<LoggedEvent[]> => {
    const page = await source.readAll({ after, limit });
    // After an abort (the store may be closing) the page is delivered or dropped; no more queries.
    if (options.signal?.aborted) return page;
    if (page.length < limit && (await source.heldBack(page.length > 0 ? page[page.length - 1].checkpoint : after))) {
      // The waiter for the next round was registered before this read; wake it after a short backoff.
      const waiting = wake;
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => waiting?.(), retryMs);
      retryMs = Math.min(retryMs * 2, source.pollIntervalMs);
    } else {
      retryMs = FIRST_RETRY_MS;
    }
    return page;
  };

  const waitForChange = (signal: AbortSignal): Promise<void> => {
    const seen = source.listener.changeCount;
    return new Promise<void>((resolve) => {
      const done = (): void => {
        if (wake === done) wake = undefined;
        resolve();
      };
      wake = done;
      signal.addEventListener('abort', () => clearTimeout(retryTimer), { once: true });
      source.listener.waitForChange(seen, signal).then(done);
    });
  };

  return pollSubscription(readPage, {
    after: options.after,
    signal: options.signal,
    batchSize: options.batchSize,
    pollIntervalMs: source.pollIntervalMs,
    waitForChange,
  });
}
