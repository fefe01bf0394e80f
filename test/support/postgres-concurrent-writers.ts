import type { Pool } from 'pg';
import { ConcurrencyError, GENESIS_HASH, sealEvents, uuidv7, type NewEvent } from '@schakel/event-store';
import type { PostgresEventStore } from '@schakel/event-store/postgres';
import { appendStatement, headStatement, type AppendRow, type HeadRow } from '../../libs/event-store/src/postgres/postgres-statements';

/** What a group of writers does; the same code runs in the test process and in the child process. */
export interface WriterPlan {
  /** Names the process in event data, so a failure shows who wrote what. */
  readonly label: string;
  readonly writers: number;
  readonly appendsPerWriter: number;
  /** Streams shared by every writer of every process. */
  readonly streamIds: readonly string[];
  /** Share of appends made inside a transaction held open after the insert. */
  readonly slowShare: number;
  /** How long a slow transaction stays open after its insert. */
  readonly slowHoldMs: readonly [number, number];
}

export interface WriterReport {
  readonly eventIds: string[];
  readonly appends: number;
  readonly slowAppends: number;
  readonly conflicts: number;
}

const MAX_ATTEMPTS = 200;
const between = (min: number, max: number): number => min + Math.random() * (max - min);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function eventsFor(plan: WriterPlan, writer: number, append: number): NewEvent[] {
  const count = 1 + Math.floor(Math.random() * 3);
  return Array.from({ length: count }, (_, i) => ({
    eventId: uuidv7(),
    type: 'ConcurrentWriteRecorded',
    schemaVersion: 1,
    data: { process: plan.label, writer, append, index: i, note: 'gap-free order under concurrent writers' },
    occurredAt: new Date().toISOString(),
    actor: { userId: `writer-${plan.label}-${writer}`, partyId: null, role: 'TEST' },
    correlationId: uuidv7(),
    causationId: null,
  }));
}

/**
 * The adapter's own append statement, inside a transaction that stays open (pg_sleep) after the
 * insert: its global_position is taken early and committed late, after rows with higher positions.
 * Returns false when another writer moved the head first.
 */
async function slowAppend(slowPool: Pool, streamId: string, events: NewEvent[], holdMs: number): Promise<boolean> {
  const client = await slowPool.connect();
  try {
    const head = (await client.query<HeadRow>(headStatement(streamId, events[0].eventId))).rows[0];
    const version = head.head_version ?? -1;
    const sealed = sealEvents(streamId, { version, hash: head.head_hash ?? GENESIS_HASH }, events, new Date().toISOString());
    await client.query('BEGIN');
    try {
      const row = (await client.query<AppendRow>(appendStatement(streamId, { version, hash: head.head_hash }, sealed))).rows[0];
      if (!row.positions) {
        await client.query('ROLLBACK');
        return false;
      }
      await client.query('SELECT pg_sleep($1)', [holdMs / 1000]);
      await client.query('COMMIT');
      return true;
    } catch (error) {
      await client.query('ROLLBACK');
      if ((error as { code?: string }).code === '23505') return false;
      throw error;
    }
  } finally {
    client.release();
  }
}

/**
 * `plan.writers` concurrent writers, each appending `appendsPerWriter` batches of 1-3 events to
 * random shared streams: half with 'any', half reading the version and retrying on conflict, and a
 * share inside slow transactions. Every writer has a pool connection of its own (pool size >= writers).
 */
export async function runConcurrentWriters(store: PostgresEventStore, slowPool: Pool, plan: WriterPlan): Promise<WriterReport> {
  const eventIds: string[] = [];
  let slowAppends = 0;
  let conflicts = 0;

  const writer = async (n: number): Promise<void> => {
    for (let a = 0; a < plan.appendsPerWriter; a++) {
      const streamId = plan.streamIds[Math.floor(Math.random() * plan.streamIds.length)];
      const events = eventsFor(plan, n, a);
      const mode = Math.random() < plan.slowShare ? 'slow' : Math.random() < 0.5 ? 'any' : 'expected';
      let done = false;
      for (let attempt = 1; !done && attempt <= MAX_ATTEMPTS; attempt++) {
        if (mode === 'slow') {
          done = await slowAppend(slowPool, streamId, events, between(...plan.slowHoldMs));
          if (done) slowAppends++;
        } else if (mode === 'any') {
          await store.append(streamId, events, 'any');
          done = true;
        } else {
          try {
            await store.append(streamId, events, await store.streamVersion(streamId));
            done = true;
          } catch (error) {
            if (!(error instanceof ConcurrencyError)) throw error;
          }
        }
        if (!done) {
          conflicts++;
          await sleep(Math.random() * Math.min(attempt, 10));
        }
      }
      if (!done) throw new ConcurrencyError(streamId, 'any', -1);
      eventIds.push(...events.map((e) => e.eventId));
    }
  };

  await Promise.all(Array.from({ length: plan.writers }, (_, n) => writer(n)));
  return { eventIds, appends: plan.writers * plan.appendsPerWriter, slowAppends, conflicts };
}
