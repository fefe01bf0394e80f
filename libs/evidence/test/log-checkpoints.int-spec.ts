import Database from 'better-sqlite3';
import { Client } from 'pg';
import { GENESIS_HASH, NO_STREAM, hashEvent, verifyEventStore, type EventStore, type LoggedEvent, type StoredEvent } from '@schakel/event-store';
import { SqliteEventStore } from '@schakel/event-store/sqlite';
import { PostgresEventStore } from '@schakel/event-store/postgres';
import { aNewEvent, aStreamId, aTempFolder, someNewEvents } from '@schakel/event-store/testing';
import {
  CheckpointStreamError,
  LOG_CHECKPOINT_SIGNED,
  LOG_CHECKPOINT_STREAM,
  MerkleTree,
  createConsistencyProof,
  publicKeyOf,
  verifyConsistencyBetween,
  fileWitness,
  generateSigningKey,
  readWitnessFile,
  signLogCheckpoint,
  verifyLog,
  writeLogCheckpoint,
  type SignedLogCheckpoint,
  type SigningKey,
} from '@schakel/evidence';
import { createTestDatabase, describePostgres, type TestDatabase } from '../../testing/src/postgres';

/** What someone with write access to the database files can do behind the store. */
interface Behind {
  deleteEvent(eventId: string): Promise<void>;
  rewrite(eventId: string, fields: { data: unknown; prevHash: string; hash: string }): Promise<void>;
}

interface Subject {
  readonly store: EventStore;
  readonly behind: Behind;
  close(): Promise<void>;
}

// Plain JSON, as a file or a witness line is read back.
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const folder = aTempFolder('schakel-log-checkpoints-');
afterAll(() => folder.remove());

let n = 0;
async function aSqliteSubject(): Promise<Subject> {
  const path = folder.file(`log-${n++}.db`);
  const store = SqliteEventStore.open({ path });
  // The file opened a second time with the triggers dropped, as someone with the sqlite3 shell would.
  const run = async (sql: string, ...params: unknown[]) => {
    const db = new Database(path);
    try {
      db.exec('DROP TRIGGER IF EXISTS events_no_update; DROP TRIGGER IF EXISTS events_no_delete;');
      expect(db.prepare(sql).run(...params).changes).toBe(1);
    } finally {
      db.close();
    }
  };
  return {
    store,
    behind: {
      deleteEvent: (eventId) => run('DELETE FROM events WHERE event_id = ?', eventId),
      rewrite: (eventId, f) => run('UPDATE events SET data = ?, prev_hash = ?, hash = ? WHERE event_id = ?', JSON.stringify(f.data), f.prevHash, f.hash, eventId),
    },
    close: () => store.close(),
  };
}

async function aPostgresSubject(): Promise<Subject> {
  const database: TestDatabase = await createTestDatabase('schakel_log_checkpoints');
  const store = await PostgresEventStore.open({ connectionString: database.url, poolSize: 2 });
  // Disables the guard trigger for one statement, as someone with table-owner rights could.
  const run = async (sql: string, values: unknown[]) => {
    const direct = new Client({ connectionString: database.url });
    await direct.connect();
    try {
      await direct.query('BEGIN');
      await direct.query('ALTER TABLE schakel_events DISABLE TRIGGER schakel_events_no_update_delete');
      expect((await direct.query(sql, values)).rowCount).toBe(1);
      await direct.query('ALTER TABLE schakel_events ENABLE TRIGGER schakel_events_no_update_delete');
      await direct.query('COMMIT');
    } finally {
      await direct.end();
    }
  };
  return {
    store,
    behind: {
      deleteEvent: (eventId) => run('DELETE FROM schakel_events WHERE event_id = $1', [eventId]),
      rewrite: (eventId, f) => run('UPDATE schakel_events SET data = $2::json, prev_hash = $3, hash = $4 WHERE event_id = $1', [eventId, JSON.stringify(f.data), f.prevHash, f.hash]),
    },
    close: async () => {
      await store.close();
      await database.drop();
    },
  };
}

// PostgreSQL shows a commit to readers once every older transaction in the cluster has ended.
async function readEverything(store: EventStore, count: number): Promise<LoggedEvent[]> {
  const until = Date.now() + 10_000;
  for (;;) {
    const events = await store.readAll({ limit: 100_000 });
    if (events.length >= count || Date.now() > until) return events;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * The full forgery by someone who also holds the signing key: change one event's data, recompute
 * every hash after it in global order, and re-sign every checkpoint over the rewritten log.
 */
async function forgeHistory(subject: Subject, events: readonly LoggedEvent[], victim: StoredEvent, key: SigningKey): Promise<void> {
  const heads = new Map<string, string>();
  const leaves: Buffer[] = [];
  let previous: SignedLogCheckpoint | null = null;
  for (const event of events) {
    let data = event.data;
    if (event.eventId === victim.eventId) data = { ...(event.data as object), title: 'Geen instructie nodig' };
    if (event.streamId === LOG_CHECKPOINT_STREAM) {
      const { checkpoint } = event.data as SignedLogCheckpoint;
      const root = MerkleTree.fromLeafHashes(leaves.slice(0, checkpoint.treeSize)).root().toString('hex');
      previous = signLogCheckpoint({ ...checkpoint, rootHash: root }, previous, key);
      data = { checkpoint: previous.checkpoint, signature: previous.signature };
    }
    const prevHash = heads.get(event.streamId) ?? GENESIS_HASH;
    const hash = hashEvent({ ...event, data, prevHash });
    if (hash !== event.hash) await subject.behind.rewrite(event.eventId, { data, prevHash, hash });
    heads.set(event.streamId, hash);
    leaves.push(MerkleTree.fromLeaves([Buffer.from(hash, 'hex')]).leafHash(0));
  }
}

function describeLogCheckpoints(adapter: string, open: () => Promise<Subject>, gapFreePositions: boolean): void {
  describe(`log checkpoints on ${adapter}`, () => {
    const key = generateSigningKey();
    let subject: Subject;
    let chain: string;
    let party: string;
    let chainEvents: StoredEvent[];
    let other: StoredEvent;

    // Three streams, a checkpoint over their 8 events, then 2 more events nobody has signed yet.
    beforeEach(async () => {
      subject = await open();
      chain = aStreamId('chain');
      party = aStreamId('party');
      chainEvents = [...(await subject.store.append(chain, someNewEvents(3), NO_STREAM)).events];
      [other] = (await subject.store.append(aStreamId('chain'), someNewEvents(1), NO_STREAM)).events;
      await subject.store.append(party, someNewEvents(2), NO_STREAM);
      chainEvents.push(...(await subject.store.append(chain, someNewEvents(2), 2)).events);
      await readEverything(subject.store, 8);
      const first = await writeLogCheckpoint({ store: subject.store, signingKey: key, now: new Date('2026-12-01T10:00:00Z') });
      expect(first).toMatchObject({ written: true, signed: { checkpoint: { treeSize: 8, previous: null } } });
      await subject.store.append(party, someNewEvents(2), 1);
      await readEverything(subject.store, 11);
    });
    afterEach(() => subject.close());

    it('chains each checkpoint to the one before and verifies an untouched log against them', async () => {
      const second = await writeLogCheckpoint({ store: subject.store, signingKey: key, now: new Date('2026-12-01T11:00:00Z') });
      expect(second.written).toBe(true);
      expect(second.signed.checkpoint).toMatchObject({ treeSize: 11 });
      expect(second.signed.checkpoint.previous).toMatch(/^[0-9a-f]{64}$/);
      await readEverything(subject.store, 12);
      // Nothing new but the checkpoint itself: no third one.
      expect(await writeLogCheckpoint({ store: subject.store, signingKey: key, now: new Date('2026-12-01T12:00:00Z') })).toMatchObject({ written: false });

      const report = await verifyLog(subject.store, { publicKey: key.publicKey });
      expect(report).toMatchObject({ ok: true, eventsChecked: 12, checkpointsChecked: 2, problems: [] });
      expect(report.latestCheckpoint).toEqual(second.signed.checkpoint);

      // The holder of the first checkpoint gets a proof that the log of now extends it.
      const [first] = await subject.store.readStream(LOG_CHECKPOINT_STREAM);
      const proof = await createConsistencyProof({ store: subject.store, fromSize: 8, signingKey: key, now: new Date() });
      expect(verifyConsistencyBetween(asJson(first.data), asJson(proof), null, { publicKeyPem: publicKeyOf(key).pem })).toMatchObject({ ok: true, to: { treeSize: 12 } });
    });

    it('names the checkpoint when the last event of a stream it covered is deleted', async () => {
      // That stream's only event sits in the middle of the log: every hash chain still holds.
      await subject.behind.deleteEvent(other.eventId);
      // What verify checked before checkpoints: every hash chain, and those still hold.
      expect(await verifyEventStore(subject.store)).toMatchObject({ ok: true });

      const report = await verifyLog(subject.store, { publicKey: key.publicKey });
      expect(report.ok).toBe(false);
      expect(report.firstFailure).toBeNull();
      expect(report.problems).toContainEqual(
        expect.objectContaining({ reason: 'CHECKPOINT_ROOT_MISMATCH', source: 'log', detail: expect.stringContaining('checkpoint #1 of size 8') }),
      );
      if (gapFreePositions) expect(report.problems).toContainEqual(expect.objectContaining({ reason: 'POSITION_GAP' }));
    });

    it('names the checkpoint when the last event it covered, the last of the log then, is deleted', async () => {
      await subject.behind.deleteEvent(chainEvents[4].eventId);
      const events = await readEverything(subject.store, 10);
      expect(events).toHaveLength(10);

      const report = await verifyLog(subject.store, { publicKey: key.publicKey });
      expect(report.problems[0]).toMatchObject({ reason: 'CHECKPOINT_ROOT_MISMATCH', checkpoint: { treeSize: 8 } });
    });

    it('catches the removal of the whole tail, checkpoint included, by the witness (and on SQLite by the sequence)', async () => {
      const witnessFile = folder.file(`witness-${adapter}-${n++}.jsonl`);
      const second = await writeLogCheckpoint({ store: subject.store, signingKey: key, now: new Date('2026-12-01T11:00:00Z'), witnesses: [fileWitness(witnessFile)] });
      expect(second.published).toEqual([{ witness: `file:${witnessFile}`, error: null }]);
      const events = await readEverything(subject.store, 12);
      // The last checkpoint and the two events it covered: what remains is a log that agrees with itself.
      for (const event of events.slice(9).reverse()) await subject.behind.deleteEvent(event.eventId);

      const alone = await verifyLog(subject.store, { publicKey: key.publicKey });
      expect(alone.firstFailure).toBeNull();
      expect(alone.problems.map((p) => p.reason)).toEqual(gapFreePositions ? ['SEQUENCE_AHEAD'] : []);

      const witnessed = await verifyLog(subject.store, { publicKey: key.publicKey, witness: readWitnessFile(witnessFile) });
      expect(witnessed.ok).toBe(false);
      expect(witnessed.problems).toContainEqual(
        expect.objectContaining({ reason: 'LOG_SHORTER_THAN_CHECKPOINT', source: 'witness', detail: expect.stringContaining('covered 11 events; the log now has 9') }),
      );
    });

    it('catches a rewritten and rehashed event by the checkpoints signed before', async () => {
      const events = await readEverything(subject.store, 11);
      // Rehash without the key: every hash chain holds again, the signed roots do not.
      const heads = new Map<string, string>();
      for (const event of events) {
        const data = event.eventId === chainEvents[1].eventId ? { ...(event.data as object), title: 'Geen instructie nodig' } : event.data;
        const prevHash = heads.get(event.streamId) ?? GENESIS_HASH;
        const hash = event.streamId === LOG_CHECKPOINT_STREAM ? event.hash : hashEvent({ ...event, data, prevHash });
        if (hash !== event.hash) await subject.behind.rewrite(event.eventId, { data, prevHash, hash });
        heads.set(event.streamId, hash);
      }
      const report = await verifyLog(subject.store, { publicKey: key.publicKey });
      expect(report.firstFailure).toBeNull();
      expect(report.problems).toEqual([expect.objectContaining({ reason: 'CHECKPOINT_ROOT_MISMATCH', detail: expect.stringContaining('checkpoint #1 of size 8') })]);
    });

    it('catches a rewrite re-signed with the stolen key only against the witness', async () => {
      const witnessFile = folder.file(`witness-forged-${adapter}-${n++}.jsonl`);
      await writeLogCheckpoint({ store: subject.store, signingKey: key, now: new Date('2026-12-01T11:00:00Z'), witnesses: [fileWitness(witnessFile)] });
      const events = await readEverything(subject.store, 12);
      await forgeHistory(subject, events, chainEvents[1], key);

      // The log alone now agrees with itself: this is what a witness is for.
      expect(await verifyLog(subject.store, { publicKey: key.publicKey })).toMatchObject({ ok: true, problems: [] });
      const witnessed = await verifyLog(subject.store, { publicKey: key.publicKey, witness: readWitnessFile(witnessFile) });
      expect(witnessed.ok).toBe(false);
      expect(witnessed.problems[0]).toMatchObject({ reason: 'CHECKPOINT_ROOT_MISMATCH', source: 'witness', checkpoint: { treeSize: 11 } });

      // No consistency proof from the witness's checkpoint to the forged log holds either.
      const [kept] = readWitnessFile(witnessFile);
      const proof = asJson(await createConsistencyProof({ store: subject.store, fromSize: 11, signingKey: key, now: new Date() })) as { from: { rootHash: string } };
      expect(verifyConsistencyBetween(asJson(kept), proof, null, { publicKeyPem: publicKeyOf(key).pem })).toMatchObject({ ok: false, reason: 'PROOF_MISMATCH' });
      proof.from.rootHash = kept.checkpoint.rootHash;
      expect(verifyConsistencyBetween(asJson(kept), proof, null, { publicKeyPem: publicKeyOf(key).pem })).toMatchObject({ ok: false, reason: 'NOT_CONSISTENT' });
    });

    it('names a checkpoint that does not chain onto the one before, and an event in the stream that is none', async () => {
      const [first] = await subject.store.readStream(LOG_CHECKPOINT_STREAM);
      // Validly signed, but starting the chain afresh: as if earlier checkpoints were to be disowned.
      const restart = signLogCheckpoint({ treeSize: 11, rootHash: 'c'.repeat(64), issuedAt: '2026-12-01T11:00:00.000Z', store: 'x' }, null, key);
      await subject.store.append(LOG_CHECKPOINT_STREAM, [aNewEvent({ type: LOG_CHECKPOINT_SIGNED, data: restart })], first.streamVersion);
      await subject.store.append(LOG_CHECKPOINT_STREAM, [aNewEvent({ type: 'SomethingElse', data: {} })], first.streamVersion + 1);
      await readEverything(subject.store, 13);

      const report = await verifyLog(subject.store, { publicKey: key.publicKey });
      expect(report.problems.map((p) => p.reason)).toEqual(['CHECKPOINT_ROOT_MISMATCH', 'CHECKPOINT_CHAIN_BROKEN', 'CHECKPOINT_MALFORMED']);
      expect(report.problems[1].detail).toMatch(/^checkpoint #2 of size 11 .* names no previous checkpoint, the one before it hashes to [0-9a-f]{12}…$/);
      await expect(writeLogCheckpoint({ store: subject.store, signingKey: key, now: new Date() })).rejects.toThrow(CheckpointStreamError);
    });

    it('refuses a checkpoint signed by another key', async () => {
      const report = await verifyLog(subject.store, { publicKey: generateSigningKey().publicKey });
      expect(report.problems).toEqual([expect.objectContaining({ reason: 'CHECKPOINT_SIGNATURE_INVALID', source: 'log' })]);
    });
  });
}

describeLogCheckpoints('SQLite', aSqliteSubject, true);

describePostgres('PostgreSQL', () => {
  describeLogCheckpoints('PostgreSQL', aPostgresSubject, false);
});

describe('global positions on SQLite', () => {
  it('reports a missing position even where no checkpoint covers it', async () => {
    const subject = await aSqliteSubject();
    try {
      const stream = aStreamId('chain');
      const [, last] = (await subject.store.append(stream, someNewEvents(2), NO_STREAM)).events;
      await subject.store.append(aStreamId('party'), someNewEvents(1), NO_STREAM);
      await subject.behind.deleteEvent(last.eventId);
      const report = await verifyLog(subject.store, { publicKey: generateSigningKey().publicKey });
      expect(report.problems).toEqual([expect.objectContaining({ reason: 'POSITION_GAP', detail: 'global position 2 is missing: the log goes from position 1 to 3' })]);
    } finally {
      await subject.close();
    }
  });

  it('reports positions handed out past the end when the last event is deleted', async () => {
    const subject = await aSqliteSubject();
    try {
      const [, last] = (await subject.store.append(aStreamId('chain'), someNewEvents(2), NO_STREAM)).events;
      await subject.behind.deleteEvent(last.eventId);
      const report = await verifyLog(subject.store, { publicKey: generateSigningKey().publicKey });
      expect(report.problems).toEqual([expect.objectContaining({ reason: 'SEQUENCE_AHEAD' })]);
    } finally {
      await subject.close();
    }
  });
});
