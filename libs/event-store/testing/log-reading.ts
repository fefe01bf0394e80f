import { START, type Checkpoint, type LoggedEvent, type StoredEvent, type SubscribeOptions } from '../src/envelope';
import type { EventStore } from '../src/event-store.port';

const PAGE = 1000;

/**
 * Remembers how far the suite has read the global log, so finding the current end stays cheap even
 * on a server (KurrentDB) whose log holds the history of earlier runs.
 */
export class LogCursor {
  private last: Checkpoint = START;

  constructor(private readonly store: EventStore) {}

  /** The checkpoint of the last event in the log now (START when empty). */
  async end(): Promise<Checkpoint> {
    for (;;) {
      const page = await this.store.readAll({ after: this.last, limit: PAGE });
      if (page.length === 0) return this.last;
      this.last = nextCheckpoint(this.last, page);
    }
  }
}

// A store that hands back the checkpoint it was given would keep a reader looping forever: fail instead.
function nextCheckpoint(after: Checkpoint, page: readonly LoggedEvent[]): Checkpoint {
  const next = page[page.length - 1].checkpoint;
  if (next === after) throw new Error(`readAll after "${after}" returned an event at that same checkpoint: a reader would never move on`);
  return next;
}

/** Every event after `after`, read in pages of `limit`, until the log ends. */
export async function readAllPages(store: EventStore, after: Checkpoint, limit = PAGE): Promise<{ events: LoggedEvent[]; pages: LoggedEvent[][] }> {
  const events: LoggedEvent[] = [];
  const pages: LoggedEvent[][] = [];
  for (;;) {
    const page = await store.readAll({ after, limit });
    if (page.length === 0) return { events, pages };
    pages.push(page);
    events.push(...page);
    after = nextCheckpoint(after, page);
  }
}

/**
 * The events with the given ids, in global-log order, read after `after`. A store may show a
 * committed event a moment late (PostgreSQL holds back rows behind an older open transaction), never
 * skip it, so this reads again until every id has appeared or the deadline passes.
 */
export async function readOurs(store: EventStore, after: Checkpoint, ids: readonly string[], deadlineMs = 3000): Promise<LoggedEvent[]> {
  const wanted = new Set(ids);
  const until = Date.now() + deadlineMs;
  for (;;) {
    const { events } = await readAllPages(store, after);
    const ours = events.filter((e) => wanted.has(e.eventId));
    if (ours.length >= wanted.size || Date.now() > until) return ours;
    await sleep(25);
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `condition` until it holds; fails with `describe()` when it does not within the deadline. */
export async function waitUntil(condition: () => boolean, describe: () => string, deadlineMs = 5000): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out after ${deadlineMs} ms: ${describe()}`);
    await sleep(10);
  }
}

/** A subscription consumed in the background, so a test can write while it runs. */
export interface RunningSubscription {
  readonly received: LoggedEvent[];
  /** Aborts the subscription and resolves when its iteration has ended (rejects if it threw). */
  stop(): Promise<void>;
  /** Resolves when the iteration ends by itself. */
  readonly ended: Promise<void>;
}

export function startSubscription(store: EventStore, options: Omit<SubscribeOptions, 'signal'> = {}, controller = new AbortController()): RunningSubscription {
  const received: LoggedEvent[] = [];
  const ended = (async () => {
    for await (const event of store.subscribe({ ...options, signal: controller.signal })) received.push(event);
  })();
  // Keep an early rejection from being reported as unhandled before the test awaits it.
  ended.catch(() => undefined);
  return {
    received,
    ended,
    stop: async () => {
      controller.abort();
      await ended;
    },
  };
}

/** A stored event without the log's checkpoint, for comparing readAll with readStream and append. */
export function withoutCheckpoint(event: LoggedEvent): StoredEvent {
  const { checkpoint: _checkpoint, ...stored } = event;
  return stored;
}
