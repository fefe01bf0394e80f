import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { uuidv7, verifyEventStore, type EventStore } from '@schakel/event-store';
import { aNewEvent } from '@schakel/event-store/testing';
import { PostgresEventStore } from '@schakel/event-store/postgres';
import { SqliteEventStore } from '@schakel/event-store/sqlite';
import { createTestDatabase, describePostgres } from '@schakel/testing';
import { PersonalDataEventStore } from './personal-data-event-store';
import { PostgresSubjectKeyStore } from './postgres-subject-key-store';
import { SqliteSubjectKeyStore } from './sqlite-subject-key-store';

type Opened = {
  store: PersonalDataEventStore;
  /** The same log and key store as another process opens them. */
  another(): Promise<PersonalDataEventStore>;
  keyRows(): Promise<{ subject_id: string; key: Buffer | null; erased_as: number | null }[]>;
  close(): Promise<void>;
};

const worker = (workerId: string, name: string) =>
  aNewEvent({ type: 'WorkerRegistered', data: { partyId: 'p1', workerId, name, languages: ['pl'], relation: 'LENT_WORKER' } });
const injury = (workerId: string, description: string) =>
  aNewEvent({
    type: 'IncidentReported',
    data: { incidentId: uuidv7(), description, location: 'Blok B', victim: { partyId: 'p1', workerId, linkId: 'l1' }, victimRelation: 'LENT_WORKER' },
  });

function describeStore(name: string, open: () => Promise<Opened>): void {
  describe(name, () => {
    let opened: Opened;
    beforeEach(async () => {
      opened = await open();
    });
    afterEach(() => opened.close());

    it('encrypts declared personal fields before the store hashes them, and opens them on read', async () => {
      const { store } = opened;
      const appended = await store.append('party-p1', [worker('w1', 'Marek Kowalski')], -1);
      expect(appended.events[0].data).toMatchObject({ name: 'Marek Kowalski' });
      await store.append('chain-c1', [injury('w1', 'Gebroken pols')], -1);

      const sealed = [...(await store.sealed.readStream('party-p1')), ...(await store.sealed.readStream('chain-c1'))];
      expect(sealed.map((e) => (e.data as Record<string, string>).name ?? (e.data as Record<string, string>).description)).toEqual([
        expect.stringMatching(/^pd1:w1:/),
        expect.stringMatching(/^pd1:w1:/),
      ]);
      expect((sealed[1].data as Record<string, string>).location).toBe('Blok B');
      expect((await store.readStream('chain-c1'))[0].data).toMatchObject({ description: 'Gebroken pols' });
      expect((await verifyEventStore(store.sealed)).ok).toBe(true);
    });

    it('reads fields written in the clear (an older log) as they are', async () => {
      await opened.store.sealed.append('party-p1', [worker('w1', 'Sanne Bakker')], -1);
      expect((await opened.store.readStream('party-p1'))[0].data).toMatchObject({ name: 'Sanne Bakker' });
    });

    it('does not open a ciphertext moved into another event', async () => {
      const { store } = opened;
      await store.append('party-p1', [worker('w1', 'Marek Kowalski')], -1);
      const ciphertext = ((await store.sealed.readStream('party-p1'))[0].data as Record<string, string>).name;
      await store.sealed.append('party-p2', [aNewEvent({ type: 'WorkerRegistered', data: { partyId: 'p2', workerId: 'w1', name: ciphertext } })], -1);
      expect((await store.readStream('party-p2'))[0].data).toMatchObject({ name: 'unreadable' });
    });

    it('destroying a key erases the subject everywhere, numbers the erased, and the log still verifies', async () => {
      const { store } = opened;
      await store.append('party-p1', [worker('w1', 'Marek Kowalski'), worker('w2', 'Tomasz Zielinski')], -1);
      await store.append('chain-c1', [injury('w1', 'Gebroken pols')], -1);
      expect(await store.destroyKey('w1', new Date().toISOString())).toBe(1);
      expect(await store.destroyKey('w1', new Date().toISOString())).toBe(1);

      expect((await store.readStream('party-p1')).map((e) => (e.data as Record<string, string>).name)).toEqual(['erased person #1', 'Tomasz Zielinski']);
      expect((await store.readAll()).find((e) => e.streamId === 'chain-c1')!.data).toMatchObject({ description: 'erased', location: 'Blok B' });
      expect(await store.erasedAs('w1')).toBe(1);
      expect(await store.erasedAs('w2')).toBeNull();
      // new data about an erased person is not kept
      await store.append('chain-c1', [injury('w1', 'Nog een wond')], 0);
      expect(JSON.stringify((await store.sealed.readStream('chain-c1'))[1].data)).not.toContain('Nog een wond');
      expect((await verifyEventStore(store.sealed)).ok).toBe(true);

      expect(await store.destroyKey('w2', new Date().toISOString())).toBe(2);
      const rows = await opened.keyRows();
      expect(rows.map((r) => ({ subject: r.subject_id, hasKey: r.key !== null, erasedAs: r.erased_as }))).toEqual([
        { subject: 'w1', hasKey: false, erasedAs: 1 },
        { subject: 'w2', hasKey: false, erasedAs: 2 },
      ]);
    });

    it('a key another process destroyed is forgotten once its erasure is read: the fields read "erased" here too', async () => {
      const { store } = opened;
      await store.append('party-p1', [worker('w1', 'Marek Kowalski')], -1);
      expect((await store.readStream('party-p1'))[0].data).toMatchObject({ name: 'Marek Kowalski' });
      const cli = await opened.another();
      try {
        const erasedAs = await cli.destroyKey('w1', new Date().toISOString());
        await cli.append('party-p1', [aNewEvent({ type: 'PersonalDataErased', data: { partyId: 'p1', subjectId: 'w1', erasedAs, reason: 'retention', erasedBy: 'schakel-retention' } })], 0);
      } finally {
        await cli.close();
      }
      let forgotten = 0;
      store.onErased(() => (forgotten += 1));
      // this process reads the erasure (its projections follow the log) and forgets the key it held
      expect((await store.readAll()).map((e) => e.type)).toEqual(['WorkerRegistered', 'PersonalDataErased']);
      expect(forgotten).toBe(1);
      expect((await store.readStream('party-p1'))[0].data).toMatchObject({ name: 'erased person #1' });
    });
  });
}

describe('PersonalDataEventStore', () => {
  describeStore('on SQLite, keys in a file of their own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schakel-keys-'));
    const sealed: EventStore = SqliteEventStore.open({ path: join(dir, 'log.db') });
    const keys = SqliteSubjectKeyStore.open(join(dir, 'keys.db'));
    const store = new PersonalDataEventStore(sealed, keys);
    return {
      store,
      another: async () => new PersonalDataEventStore(SqliteEventStore.open({ path: join(dir, 'log.db') }), SqliteSubjectKeyStore.open(join(dir, 'keys.db'))),
      keyRows: async () => {
        const { default: Database } = await import('better-sqlite3');
        const db = new Database(join(dir, 'keys.db'), { readonly: true });
        try {
          return db.prepare('SELECT subject_id, key, erased_as FROM subject_keys ORDER BY subject_id').all() as never;
        } finally {
          db.close();
        }
      },
      close: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  });
});

describePostgres('PersonalDataEventStore on PostgreSQL', () => {
  describeStore('keys in a table of the same database', async () => {
    const database = await createTestDatabase('schakel_keys');
    const sealed = await PostgresEventStore.open({ connectionString: database.url });
    const store = new PersonalDataEventStore(sealed, await PostgresSubjectKeyStore.open(database.url));
    return {
      store,
      another: async () => new PersonalDataEventStore(await PostgresEventStore.open({ connectionString: database.url }), await PostgresSubjectKeyStore.open(database.url)),
      keyRows: async () => {
        const client = new Client({ connectionString: database.url });
        await client.connect();
        try {
          return (await client.query('SELECT subject_id, key, erased_as FROM subject_keys ORDER BY subject_id')).rows;
        } finally {
          await client.end();
        }
      },
      close: async () => {
        await store.close();
        await database.drop();
      },
    };
  });

  it('several processes opening the key store of a new database at once all start (the table is made once)', async () => {
    for (let round = 0; round < 3; round++) {
      const database = await createTestDatabase('schakel_keys_race');
      try {
        const stores = await Promise.all(Array.from({ length: 6 }, () => PostgresSubjectKeyStore.open(database.url)));
        const keys = await Promise.all(stores.map((keys) => keys.keyFor('worker-1')));
        expect(new Set(keys.map((k) => ('key' in k ? k.key.toString('hex') : 'erased'))).size).toBe(1);
        await Promise.all(stores.map((keys) => keys.close()));
      } finally {
        await database.drop();
      }
    }
  });
});
