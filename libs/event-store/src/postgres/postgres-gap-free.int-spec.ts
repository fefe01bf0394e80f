import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Client, Pool } from 'pg';
import { GENESIS_HASH, NO_STREAM, START, sealEvents, uuidv7, verifyEventStore, type LoggedEvent } from '@schakel/event-store';
import { aNewEvent, readOurs, startSubscription, waitUntil } from '@schakel/event-store/testing';
import { createTestDatabase, describePostgres, type TestDatabase } from '../../../testing/src/postgres';
import { runConcurrentWriters, type WriterPlan, type WriterReport } from '../../../../test/support/postgres-concurrent-writers';
import { PostgresEventStore } from './postgres-event-store';
import { decodeCheckpoint, encodeCheckpoint } from './postgres-checkpoint';
import { appendStatement, readAllStatement, type AppendRow, type EventRow } from './postgres-statements';

jest.setTimeout(120_000);

const REPO_ROOT = path.resolve(__dirname, '../../../..');
const CHILD_SCRIPT = path.join(REPO_ROOT, 'test/support/postgres-gap-free-writer.ts');

/** The reader this adapter must not be: everything after the last global_position it saw. */
class NaivePositionReader {
  private last = 0;
  readonly seen = new Set<string>();

  constructor(private readonly client: Client) {}

  async poll(): Promise<void> {
    for (;;) {
      const { rows } = await this.client.query<{ event_id: string; global_position: string }>(
        'SELECT event_id, global_position FROM schakel_events WHERE global_position > $1 ORDER BY global_position LIMIT 1000',
        [this.last],
      );
      for (const row of rows) {
        this.seen.add(row.event_id);
        this.last = Number(row.global_position);
      }
      if (rows.length < 1000) return;
    }
  }
}

/** Starts the second writer process and resolves once it has opened its store. */
async function startChildWriters(url: string, plan: WriterPlan): Promise<{ go(): void; report: Promise<WriterReport> }> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', CHILD_SCRIPT], {
    cwd: REPO_ROOT,
    env: { ...process.env, TS_NODE_PROJECT: path.join(REPO_ROOT, 'tsconfig.json'), GAP_FREE_DATABASE_URL: url, GAP_FREE_PLAN: JSON.stringify(plan) },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const lines = createInterface({ input: child.stdout });
  let onReady!: () => void;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  const report = new Promise<WriterReport>((resolve, reject) => {
    lines.on('line', (line) => {
      if (line === 'ready') onReady();
      else if (line.startsWith('{')) resolve(JSON.parse(line) as WriterReport);
    });
    child.on('exit', (code) => reject(new Error(`child writer exited with ${code} before reporting:\n${stderr}`)));
  });
  report.catch(() => undefined);
  await Promise.race([ready, report]);
  return { go: () => child.stdin.end('go\n'), report };
}

/**
 * Makes every transaction id up to `xid` a finished one: burns ids (one short committed transaction
 * each, without waiting for the disk) until the counter is past it, then waits until no transaction
 * anywhere in the cluster that is older than it is still running.
 */
async function advanceTransactionIdsPast(client: Client, xid: number): Promise<void> {
  const current = async (): Promise<{ next: bigint; xmin: bigint }> => {
    const { rows } = await client.query<{ next: string; xmin: string }>(
      'SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS next, pg_snapshot_xmin(pg_current_snapshot())::text AS xmin',
    );
    return { next: BigInt(rows[0].next), xmin: BigInt(rows[0].xmin) };
  };
  const { next } = await current();
  const missing = BigInt(xid) + 1n - next;
  if (missing > 0n) {
    // A DO block at top level may COMMIT (PostgreSQL 11+): each turn takes a new transaction id.
    await client.query(`SET synchronous_commit = off`);
    await client.query(`DO $$ BEGIN FOR i IN 1..${missing.toString()} LOOP PERFORM pg_current_xact_id(); COMMIT; END LOOP; END $$`);
    await client.query(`RESET synchronous_commit`);
  }
  const until = Date.now() + 30_000;
  while ((await current()).xmin <= BigInt(xid)) {
    if (Date.now() > until) throw new Error(`a transaction older than ${xid} is still running in the cluster after 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function lastCheckpoint(store: PostgresEventStore): Promise<string> {
  let after = START;
  for (let page = await store.readAll({ after }); page.length > 0; page = await store.readAll({ after })) {
    after = page[page.length - 1].checkpoint;
  }
  return after;
}

describePostgres('PostgresEventStore global order', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase('schakel_gap_free');
    store = await PostgresEventStore.open({ connectionString: database.url, poolSize: 17, pollIntervalMs: 100 });
  });

  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it('a naive "position > last" reader skips a row that commits late; the (transaction id, position) reader does not', async () => {
    const late = { streamId: `late-${uuidv7()}`, event: aNewEvent({ type: 'LateCommitted' }) };
    const early = { streamId: `early-${uuidv7()}`, event: aNewEvent({ type: 'EarlyCommitted' }) };
    const impatient = await PostgresEventStore.open({ connectionString: database.url, migrate: false, poolSize: 1, heldBackWaitMs: 0 });
    const slow = new Client({ connectionString: database.url });
    const naiveClient = new Client({ connectionString: database.url });
    await Promise.all([slow.connect(), naiveClient.connect()]);
    const naive = new NaivePositionReader(naiveClient);
    const subscription = startSubscription(store, { after: START });
    try {
      // The late row takes its global_position first, inside a transaction that stays open.
      const sealed = sealEvents(late.streamId, { version: -1, hash: GENESIS_HASH }, [late.event], new Date().toISOString());
      await slow.query('BEGIN');
      const inserted = (await slow.query<AppendRow>(appendStatement(late.streamId, { version: -1, hash: null }, sealed))).rows[0];
      expect(inserted.positions).toHaveLength(1);
      const latePosition = Number(inserted.positions![0]);

      // A later append takes a higher position and commits first.
      const committed = await store.append(early.streamId, [early.event], NO_STREAM);
      expect(committed.events[0].globalPosition).toBeGreaterThan(latePosition);

      await naive.poll();
      expect(naive.seen.has(early.event.eventId)).toBe(true);
      // Ours holds the committed row back while an older transaction may still add rows before it.
      // (Read without waiting: the open transaction holds back every reader in the cluster, and other
      // test files run alongside.)
      const whileOpen = await impatient.readAll({ after: START });
      expect(whileOpen.map((e) => e.eventId)).not.toContain(early.event.eventId);

      await slow.query('COMMIT');

      await naive.poll();
      expect(naive.seen.has(late.event.eventId)).toBe(false); // skipped for good: the naive reader is past it

      const ours = await readOurs(store, START, [late.event.eventId, early.event.eventId]);
      expect(ours.map((e) => e.eventId)).toEqual([late.event.eventId, early.event.eventId]);
      await waitUntil(() => subscription.received.length >= 2, () => `subscription received ${subscription.received.length} of 2`);
      expect(subscription.received.map((e) => e.eventId)).toEqual([late.event.eventId, early.event.eventId]);
    } finally {
      await subscription.stop();
      await Promise.all([slow.end(), naiveClient.end(), impatient.close()]);
    }
  });

  it('readAll waits a bounded time for an event held back by an older open transaction, and never hangs', async () => {
    const impatient = await PostgresEventStore.open({ connectionString: database.url, migrate: false, poolSize: 2, heldBackWaitMs: 150 });
    const older = new Client({ connectionString: database.url });
    await older.connect();
    try {
      const end = await lastCheckpoint(store);
      // An unrelated write transaction that started first: it holds the horizon, and never notifies.
      await older.query('BEGIN');
      await older.query('SELECT pg_current_xact_id()');
      const [event] = (await store.append(`held-${uuidv7()}`, [aNewEvent()], NO_STREAM)).events;

      let started = Date.now();
      expect((await impatient.readAll({ after: end })).map((e) => e.eventId)).not.toContain(event.eventId);
      expect(Date.now() - started).toBeLessThan(1000);

      setTimeout(() => void older.query('COMMIT'), 300);
      started = Date.now();
      const page = await store.readAll({ after: end });
      expect(page.map((e) => e.eventId)).toContain(event.eventId);
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    } finally {
      await older.end();
      await impatient.close();
    }
  });

  it('orders and pages the log by transaction id as a number, also where its digit count changes', async () => {
    // A session-local table of the same shape shadows the real one (pg_temp comes first in the
    // search path), so the adapter's own statement runs over transaction ids chosen here.
    const session = new Client({ connectionString: database.url });
    await session.connect();
    try {
      // The reader only returns transactions older than the cluster's xmin, and a young cluster's
      // counter may not have reached the ids below yet: move it past them first, so that the test
      // holds on a cluster created minutes ago as well as on one that has run for years.
      await advanceTransactionIdsPast(session, 10_000);
      await session.query('CREATE TEMP TABLE schakel_events (LIKE public.schakel_events INCLUDING DEFAULTS)');
      const keys: Array<[string, number]> = [['1001', 1], ['1000', 3], ['999', 6], ['98', 7], ['1000', 2], ['999', 5], ['10000', 4]];
      for (const [xid, position] of keys) {
        await session.query(
          `INSERT INTO schakel_events (global_position, transaction_id, stream_id, stream_version, event_id, type, schema_version,
             data, occurred_at, recorded_at, actor, correlation_id, prev_hash, hash)
           VALUES ($2::bigint, $1::xid8, 'order-' || $2::text, 0, gen_random_uuid(), 'Ordered', 1, '{}', 'now', now(), '{}', 'c', 'p', 'h')`,
          [xid, position],
        );
      }
      const expected = ['98:7', '999:5', '999:6', '1000:2', '1000:3', '1001:1', '10000:4'];

      const page = async (after: string, limit: number): Promise<string[]> =>
        (await session.query<EventRow>(readAllStatement(decodeCheckpoint(after), limit))).rows.map((r) =>
          encodeCheckpoint(r.transaction_text, r.global_position),
        );
      expect(await page(START, 100)).toEqual(expected);
      const paged: string[] = [];
      for (let after = START, next = await page(after, 2); next.length > 0; after = next[next.length - 1], next = await page(after, 2)) {
        paged.push(...next);
      }
      expect(paged).toEqual(expected);
    } finally {
      await session.end();
    }
  });

  it('32 writers in 2 processes with slow transactions: a subscriber running throughout gets every event exactly once, in stream order', async () => {
    const streamIds = Array.from({ length: 24 }, () => `gapfree-${uuidv7()}`);
    const plan = (label: string): WriterPlan => ({
      label,
      writers: 16,
      appendsPerWriter: 30,
      streamIds,
      slowShare: 0.1,
      slowHoldMs: [20, 150],
    });

    const subscriber = await PostgresEventStore.open({
      connectionString: database.url,
      migrate: false,
      poolSize: 2,
      pollIntervalMs: 100,
      applicationName: 'schakel-gap-free-subscriber',
    });
    const subscription = startSubscription(subscriber, { after: START, batchSize: 100 });
    const naiveClient = new Client({ connectionString: database.url });
    await naiveClient.connect();
    const naive = new NaivePositionReader(naiveClient);
    const slowPool = new Pool({ connectionString: database.url, max: 4 });
    let naiveRunning = true;
    const naiveLoop = (async () => {
      while (naiveRunning) {
        await naive.poll();
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();

    try {
      const child = await startChildWriters(database.url, plan('child'));
      const started = Date.now();
      child.go();
      const [mine, theirs] = await Promise.all([runConcurrentWriters(store, slowPool, plan('test')), child.report]);
      const writeMs = Date.now() - started;

      const all = (await naiveClient.query<{ event_id: string; stream_id: string; stream_version: number }>(
        'SELECT event_id, stream_id, stream_version FROM schakel_events',
      )).rows;
      const written = [...mine.eventIds, ...theirs.eventIds];
      const stored = new Set(all.map((r) => r.event_id));
      expect(written.filter((id) => !stored.has(id))).toEqual([]);

      await waitUntil(
        () => subscription.received.length >= all.length,
        () => `subscriber received ${subscription.received.length} of ${all.length}`,
        30_000,
      );
      await new Promise((resolve) => setTimeout(resolve, 300)); // room for a duplicate to show up
      naiveRunning = false;
      await naiveLoop;
      await naive.poll();
      await subscription.stop();

      const received = subscription.received;
      const receivedIds = received.map((e) => e.eventId);
      expect(new Set(receivedIds).size).toBe(received.length); // exactly once
      expect([...receivedIds].sort()).toEqual(all.map((r) => r.event_id).sort()); // every event

      // Consistent with each stream: versions arrive as 0, 1, 2, ... per stream.
      const nextVersion = new Map<string, number>();
      const outOfStreamOrder: LoggedEvent[] = [];
      for (const event of received) {
        const expected = nextVersion.get(event.streamId) ?? 0;
        if (event.streamVersion !== expected) outOfStreamOrder.push(event);
        nextVersion.set(event.streamId, event.streamVersion + 1);
      }
      expect(outOfStreamOrder).toEqual([]);
      for (const stream of streamIds) {
        expect(nextVersion.get(stream)).toBe(all.filter((r) => r.stream_id === stream).length);
      }

      // Evidence that positions really committed out of order during the run.
      let positionInversions = 0;
      for (let i = 1; i < received.length; i++) if (received[i].globalPosition < received[i - 1].globalPosition) positionInversions++;
      const naiveMissed = all.filter((r) => !naive.seen.has(r.event_id)).length;
      const verify = await verifyEventStore(store);
      expect(verify).toMatchObject({ ok: true, eventsChecked: all.length });

      const figures = {
        processes: 2,
        writers: 32,
        appends: mine.appends + theirs.appends,
        slowTransactions: mine.slowAppends + theirs.slowAppends,
        conflictsRetried: mine.conflicts + theirs.conflicts,
        eventsWritten: written.length,
        eventsInTable: all.length,
        eventsReceivedBySubscriber: received.length,
        duplicatesReceived: received.length - new Set(receivedIds).size,
        streams: streamIds.length,
        positionInversionsInSubscriberOrder: positionInversions,
        eventsANaivePositionReaderMissed: naiveMissed,
        writeMs,
      };
      console.log(`gap-free subscriber figures: ${JSON.stringify(figures, null, 2)}`);
      // The run really committed positions out of order: otherwise it would prove nothing.
      expect(figures.slowTransactions).toBeGreaterThan(0);
      expect(figures.eventsANaivePositionReaderMissed).toBeGreaterThan(0);
    } finally {
      naiveRunning = false;
      await naiveLoop.catch(() => undefined);
      await subscription.stop().catch(() => undefined);
      await Promise.all([subscriber.close(), naiveClient.end(), slowPool.end()]);
    }
  });
});
