import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { NO_STREAM, StoreUnavailableError } from '@schakel/event-store';
import { aStreamId, someNewEvents, startSubscription, waitUntil } from '@schakel/event-store/testing';
import { createTestDatabase, describePostgres, type TestDatabase } from '../../../testing/src/postgres';
import { PostgresEventStore } from './postgres-event-store';

jest.setTimeout(60_000);

const appName = (): string => `schakel-loss-${randomBytes(4).toString('hex')}`;

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describePostgres('PostgresEventStore when the database goes away', () => {
  let database: TestDatabase;
  let admin: Client;

  beforeAll(async () => {
    database = await createTestDatabase('schakel_conn_loss');
    admin = new Client({ connectionString: database.url });
    await admin.connect();
    // Creates the schema once, so the stores below open without DDL.
    await (await PostgresEventStore.open({ connectionString: database.url, poolSize: 1 })).close();
  });

  afterAll(async () => {
    await admin?.end();
    await database?.drop();
  });

  /** Holds an ACCESS EXCLUSIVE lock on the events table until the returned release is called. */
  async function lockEvents(): Promise<() => Promise<void>> {
    const locker = new Client({ connectionString: database.url });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE schakel_events IN ACCESS EXCLUSIVE MODE');
    return async () => {
      await locker.query('ROLLBACK');
      await locker.end();
    };
  }

  async function backendsOf(application: string, where = 'true'): Promise<number[]> {
    const { rows } = await admin.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 AND ${where}`,
      [application],
    );
    return rows.map((r) => r.pid);
  }

  it('an append whose connection is terminated mid-statement fails fast with StoreUnavailableError; the retry succeeds', async () => {
    const application = appName();
    const store = await PostgresEventStore.open({ connectionString: database.url, applicationName: application, migrate: false });
    const release = await lockEvents();
    try {
      const streamId = aStreamId('Terminated');
      const events = someNewEvents(2);
      const pending = rejectionOf(store.append(streamId, events, NO_STREAM));
      let blocked: number[] = [];
      const until = Date.now() + 5000;
      while (blocked.length === 0 && Date.now() < until) blocked = await backendsOf(application, "wait_event_type = 'Lock'");
      expect(blocked).toHaveLength(1);

      const started = Date.now();
      await admin.query('SELECT pg_terminate_backend($1)', [blocked[0]]);
      const error = await pending;
      expect(Date.now() - started).toBeLessThan(2000);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE' });
      expect((error as Error).message).toMatch(/57P01|terminat/);

      await release();
      const retried = await store.append(streamId, events, NO_STREAM);
      expect(retried).toMatchObject({ duplicate: false, nextExpectedVersion: 1 });
    } finally {
      await release().catch(() => undefined);
      await store.close();
    }
  });

  it('recovers by itself after every connection of the pool and the LISTEN connection is terminated', async () => {
    const application = appName();
    const store = await PostgresEventStore.open({ connectionString: database.url, applicationName: application, poolSize: 4, migrate: false });
    const subscription = startSubscription(store, { after: await lastCheckpoint(store) });
    try {
      const streamId = aStreamId('Recover');
      await store.append(streamId, someNewEvents(1), NO_STREAM);
      await waitUntil(() => subscription.received.length === 1, () => `received ${subscription.received.length}`);
      const listening = await backendsOf(`${application}:listen`);
      expect(listening).toHaveLength(1);

      const pooled = await backendsOf(application);
      expect(pooled.length).toBeGreaterThan(0);
      await admin.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [[...pooled, ...listening]]);
      // The pool drops the dead connections as their sockets close; give it that moment.
      await new Promise((resolve) => setTimeout(resolve, 200));

      const after = await store.append(streamId, someNewEvents(1), 0);
      expect(after.nextExpectedVersion).toBe(1);
      await waitUntil(() => subscription.received.length === 2, () => `received ${subscription.received.length}`);

      // The LISTEN connection comes back on a new backend.
      let relistening: number[] = [];
      const until = Date.now() + 5000;
      while (Date.now() < until) {
        relistening = await backendsOf(`${application}:listen`);
        if (relistening.length === 1 && relistening[0] !== listening[0]) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(relistening).toHaveLength(1);
      expect(relistening[0]).not.toBe(listening[0]);
    } finally {
      await subscription.stop();
      await store.close();
    }
  });

  it('a statement stuck behind a lock ends at statement_timeout with StoreUnavailableError, not a hang', async () => {
    const store = await PostgresEventStore.open({ connectionString: database.url, statementTimeoutMs: 300, migrate: false });
    const release = await lockEvents();
    try {
      const started = Date.now();
      const error = await rejectionOf(store.readStream(aStreamId('Stuck')));
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as Error).message).toContain('57014');
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await release();
    }
    try {
      expect(await store.readStream(aStreamId('Stuck'))).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('an unreachable server gives StoreUnavailableError on open and on every call, quickly', async () => {
    const unreachable = 'postgres://postgres@127.0.0.1:1/schakel_nowhere';
    const started = Date.now();
    const error = await rejectionOf(PostgresEventStore.open({ connectionString: unreachable, connectionTimeoutMs: 1000 }));
    expect(error).toBeInstanceOf(StoreUnavailableError);

    const store = await PostgresEventStore.open({ connectionString: unreachable, connectionTimeoutMs: 1000, migrate: false });
    try {
      await expect(store.append(aStreamId('Nowhere'), someNewEvents(1), NO_STREAM)).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.readAll()).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.streamVersion(aStreamId('Nowhere'))).rejects.toBeInstanceOf(StoreUnavailableError);
    } finally {
      await store.close();
    }
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a closed store refuses calls with StoreUnavailableError and ends its subscriptions', async () => {
    const store = await PostgresEventStore.open({ connectionString: database.url, migrate: false });
    const subscription = startSubscription(store, { after: await lastCheckpoint(store) });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await store.close();
    await expect(subscription.ended).resolves.toBeUndefined();
    await expect(store.readStream(aStreamId('Closed'))).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});

async function lastCheckpoint(store: PostgresEventStore): Promise<string> {
  let after = '';
  for (;;) {
    const page = await store.readAll({ after, limit: 1000 });
    if (page.length === 0) return after;
    after = page[page.length - 1].checkpoint;
  }
}
