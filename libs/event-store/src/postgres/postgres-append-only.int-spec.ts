import { Client } from 'pg';
import { GENESIS_HASH, InvalidAppendError, NO_STREAM, hashEvent, verifyEventStore, type EventStore, type VerifyReport } from '@schakel/event-store';
import { aStreamId, someNewEvents } from '@schakel/event-store/testing';
import { createTestDatabase, describePostgres, type TestDatabase } from '../../../testing/src/postgres';
import { PostgresEventStore } from './postgres-event-store';

/**
 * verifyEventStore reads the global log, which shows a committed event only once every older
 * transaction in the cluster has ended; wait until it has reached `events` events or a failure.
 */
async function verifySettled(store: EventStore, events: number): Promise<VerifyReport> {
  const until = Date.now() + 10_000;
  for (;;) {
    const report = await verifyEventStore(store);
    if (!report.ok || report.eventsChecked >= events || Date.now() > until) return report;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describePostgres('PostgresEventStore storage', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let sql: Client;

  beforeAll(async () => {
    database = await createTestDatabase('schakel_append_only');
    store = await PostgresEventStore.open({ connectionString: database.url });
    sql = new Client({ connectionString: database.url });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await store?.close();
    await database?.drop();
  });

  describe('schema', () => {
    it('migrates idempotently, also from several processes at once', async () => {
      const others = await Promise.all(
        Array.from({ length: 4 }, () => PostgresEventStore.open({ connectionString: database.url, poolSize: 1 })),
      );
      try {
        const applied = await Promise.all([store.migrate(), ...others.map((o) => o.migrate())]);
        expect(applied.flat()).toEqual([]);
      } finally {
        await Promise.all(others.map((o) => o.close()));
      }
      const { rows } = await sql.query('SELECT version FROM schakel_event_store_migrations ORDER BY version');
      expect(rows).toEqual([{ version: 1 }, { version: 2 }]);
    });

    it('migrates a fresh database once when several stores open it at the same moment', async () => {
      const fresh = await createTestDatabase('schakel_migrate_race');
      try {
        const stores = await Promise.all(
          Array.from({ length: 5 }, () => PostgresEventStore.open({ connectionString: fresh.url, poolSize: 1, migrate: false })),
        );
        const applied = await Promise.all(stores.map((s) => s.migrate()));
        await Promise.all(stores.map((s) => s.close()));
        expect(applied.flat()).toEqual([1, 2]);
      } finally {
        await fresh.drop();
      }
    });

    it('indexes the reads: unique (stream, version), unique event id, and (transaction id, position) for the global log', async () => {
      const { rows } = await sql.query<{ indexdef: string }>("SELECT indexdef FROM pg_indexes WHERE tablename = 'schakel_events'");
      const defs = rows.map((r) => r.indexdef);
      expect(defs).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/UNIQUE INDEX schakel_events_stream_version_key .*\(stream_id, stream_version\)/),
          expect.stringMatching(/UNIQUE INDEX schakel_events_event_id_key .*\(event_id\)/),
          expect.stringMatching(/INDEX schakel_events_global_order_idx .*\(transaction_id, global_position\)/),
        ]),
      );
    });

    it('stamps the real transaction id even when an insert names another one', async () => {
      const streamId = aStreamId('Stamp');
      const [stored] = (await store.append(streamId, someNewEvents(1), NO_STREAM)).events;
      await sql.query('BEGIN');
      try {
        const { rows } = await sql.query<{ xid: string; stamped: string }>(
          `INSERT INTO schakel_events (transaction_id, stream_id, stream_version, event_id, type, schema_version, data,
             occurred_at, recorded_at, actor, correlation_id, causation_id, prev_hash, hash)
           SELECT '3'::xid8, stream_id, 1, gen_random_uuid(), type, schema_version, data, occurred_at, recorded_at,
             actor, correlation_id, causation_id, hash, hash
           FROM schakel_events WHERE event_id = $1
           RETURNING pg_current_xact_id()::text AS xid, transaction_id::text AS stamped`,
          [stored.eventId],
        );
        expect(rows[0].stamped).toBe(rows[0].xid);
        expect(rows[0].stamped).not.toBe('3');
      } finally {
        await sql.query('ROLLBACK');
      }
    });
  });

  describe('two stores on one database (two API processes)', () => {
    it('a stale cached head costs a retry or a ConcurrencyError, never a broken chain', async () => {
      const other = await PostgresEventStore.open({ connectionString: database.url, poolSize: 2, migrate: false });
      try {
        const streamId = aStreamId('TwoProcesses');
        await store.append(streamId, someNewEvents(1), NO_STREAM); // store caches head 0
        await other.append(streamId, someNewEvents(2), 0); // now at 2, unknown to store's cache

        await expect(store.append(streamId, someNewEvents(1), 0)).rejects.toMatchObject({ name: 'ConcurrencyError', actualVersion: 2 });
        const any = await store.append(streamId, someNewEvents(1), 'any');
        expect(any.events[0].streamVersion).toBe(3);
        await other.append(streamId, someNewEvents(1), 'any'); // other's cache (2) is stale too
        const stream = await store.readStream(streamId);
        expect(stream.map((e) => e.streamVersion)).toEqual([0, 1, 2, 3, 4]);
        stream.forEach((e, i) => expect(e.prevHash).toBe(i === 0 ? GENESIS_HASH : stream[i - 1].hash));
      } finally {
        await other.close();
      }
    });
  });

  describe('payloads', () => {
    it('stores what jsonb could not (U+0000, lone surrogates, long numbers) exactly as hashed', async () => {
      const streamId = aStreamId('Payload');
      const data = {
        nul: 'before\u0000after',
        lone: 'half \ud800 pair',
        numbers: [0.1, -0, 1e21, 5e-324, 1.7976931348623157e308, 123456789.123456789],
        when: new Date('2024-05-01T12:00:00.000Z'),
        gone: undefined,
      };
      const [event] = someNewEvents(1, { data });
      const result = await store.append(streamId, [event], NO_STREAM);
      const read = await store.readStream(streamId);

      expect(read).toEqual(result.events);
      expect(read[0].data).toEqual(JSON.parse(JSON.stringify(data)));
      expect(hashEvent(read[0])).toBe(read[0].hash);
    });

    it('refuses a NUL character in a text field with InvalidAppendError', async () => {
      const streamId = aStreamId('Nul');
      await expect(store.append(streamId, someNewEvents(1, { type: 'Bad\u0000Type' }), NO_STREAM)).rejects.toBeInstanceOf(InvalidAppendError);
      expect(await store.streamVersion(streamId)).toBe(-1);
    });
  });

  describe('recordedAt', () => {
    it('never goes backwards within a stream, even when this writer\'s clock is behind the last writer\'s', async () => {
      const streamId = aStreamId('Clock');
      const ahead = Date.now() + 60 * 60 * 1000;
      const clock = jest.spyOn(Date, 'now').mockReturnValue(ahead);
      let first;
      try {
        first = (await store.append(streamId, someNewEvents(1), NO_STREAM)).events[0];
      } finally {
        clock.mockRestore();
      }
      expect(first.recordedAt).toBe(new Date(ahead).toISOString());

      // Another process (no cached head) with the correct, earlier clock appends next.
      const other = await PostgresEventStore.open({ connectionString: database.url, poolSize: 1, migrate: false });
      try {
        const [second] = (await other.append(streamId, someNewEvents(1), 0)).events;
        expect(second.recordedAt).toBe(first.recordedAt);
        expect(await other.readStream(streamId, { recordedBefore: new Date().toISOString() })).toEqual([]);
      } finally {
        await other.close();
      }
    });
  });

  describe('append-only triggers', () => {
    it.each([
      ['UPDATE', "UPDATE schakel_events SET type = 'Tampered' WHERE event_id = $1"],
      ['DELETE', 'DELETE FROM schakel_events WHERE event_id = $1'],
    ])('reject %s', async (operation, statement) => {
      const streamId = aStreamId('Trigger');
      const [event] = (await store.append(streamId, someNewEvents(1), NO_STREAM)).events;
      await expect(sql.query(statement, [event.eventId])).rejects.toMatchObject({
        code: '23001',
        message: expect.stringContaining(`schakel events are append-only: ${operation}`),
      });
      expect(await store.readStream(streamId)).toEqual([event]);
    });

    it('reject TRUNCATE', async () => {
      const streamId = aStreamId('Trigger');
      await store.append(streamId, someNewEvents(2), NO_STREAM);
      await expect(sql.query('TRUNCATE schakel_events')).rejects.toMatchObject({
        message: expect.stringContaining('schakel events are append-only: TRUNCATE'),
      });
      expect(await store.streamVersion(streamId)).toBe(1);
    });
  });

  describe('tampering behind the store', () => {
    // Disables the guard trigger for one statement, as someone with table-owner rights could.
    async function tamper(url: string, statement: string, values: unknown[]): Promise<void> {
      const direct = new Client({ connectionString: url });
      await direct.connect();
      try {
        await direct.query('BEGIN');
        await direct.query('ALTER TABLE schakel_events DISABLE TRIGGER schakel_events_no_update_delete');
        await direct.query(statement, values);
        await direct.query('ALTER TABLE schakel_events ENABLE TRIGGER schakel_events_no_update_delete');
        await direct.query('COMMIT');
      } finally {
        await direct.end();
      }
    }

    // Each case uses a database of its own, so the first broken event of the log is the one altered here.
    async function withFreshStore(work: (s: PostgresEventStore, db: TestDatabase) => Promise<void>): Promise<void> {
      const db = await createTestDatabase('schakel_tamper');
      const s = await PostgresEventStore.open({ connectionString: db.url, poolSize: 2 });
      try {
        await work(s, db);
      } finally {
        await s.close();
        await db.drop();
      }
    }

    it('verify names the altered event (HASH_MISMATCH) when one value of its data changed', async () => {
      await withFreshStore(async (s, db) => {
        const streamId = aStreamId('Tamper');
        const events = (await s.append(streamId, someNewEvents(4), NO_STREAM)).events;
        await s.append(aStreamId('Other'), someNewEvents(2), NO_STREAM);
        expect(await verifySettled(s, 6)).toMatchObject({ ok: true, eventsChecked: 6 });

        const victim = events[2];
        await tamper(db.url, `UPDATE schakel_events SET data = json_build_object('title', 'Alles veilig') WHERE event_id = $1`, [victim.eventId]);

        const report = await verifySettled(s, 6);
        expect(report.ok).toBe(false);
        expect(report.firstFailure).toMatchObject({
          globalPosition: victim.globalPosition,
          eventId: victim.eventId,
          streamId,
          reason: 'HASH_MISMATCH',
        });
      });
    });

    it('verify reports PREV_HASH_MISMATCH when a prev_hash is rewritten', async () => {
      await withFreshStore(async (s, db) => {
        const streamId = aStreamId('Relink');
        const events = (await s.append(streamId, someNewEvents(3), NO_STREAM)).events;
        await tamper(db.url, 'UPDATE schakel_events SET prev_hash = $2 WHERE event_id = $1', [events[1].eventId, 'f'.repeat(64)]);

        const report = await verifySettled(s, 3);
        expect(report.firstFailure).toMatchObject({ globalPosition: events[1].globalPosition, reason: 'PREV_HASH_MISMATCH' });
      });
    });

    it('re-enables the trigger afterwards: the next UPDATE is rejected again', async () => {
      await withFreshStore(async (s, db) => {
        const [event] = (await s.append(aStreamId('Again'), someNewEvents(1), NO_STREAM)).events;
        await tamper(db.url, "UPDATE schakel_events SET type = 'Changed' WHERE event_id = $1", [event.eventId]);
        const direct = new Client({ connectionString: db.url });
        await direct.connect();
        try {
          await expect(direct.query("UPDATE schakel_events SET type = 'X' WHERE event_id = $1", [event.eventId])).rejects.toMatchObject({ code: '23001' });
        } finally {
          await direct.end();
        }
      });
    });
  });
});
