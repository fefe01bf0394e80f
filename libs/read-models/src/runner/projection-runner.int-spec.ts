import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import type { LoggedEvent } from '@schakel/event-store';
import { SqliteEventStore } from '@schakel/event-store/sqlite';
import { createTestDatabase, describePostgres, type TestDatabase } from '@schakel/testing';
import { openReadModels } from '../read-model-database';
import { readModelProjections } from '../read-model-projections';
import { PartyQueries } from '../read-model-queries';
import { registerParties } from '../../test/party-log';
import { dumpReadModels } from '../../test/read-model-dump';
import { PostgresAdvisoryLease } from './postgres-advisory-lease';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { ProjectionHaltedError } from './projection-halted.error';
import { ProjectionFailureRow } from './projection-failure.entity';
import { NoPoisonEventError, skipPoisonEvent } from './skip-poison-event';

class PoisonedEventError extends Error {
  readonly code = 'TEST_POISONED_EVENT';
  constructor(readonly eventId: string) {
    super(`projection refused event ${eventId}`);
    this.name = 'PoisonedEventError';
  }
}

/** Throws on one event while `armed`; runs after the real projections, so that event's rows were already written. */
function poisonedAt(eventId: string) {
  const projection = {
    armed: true,
    name: 'poisoned',
    handles: new Set(['PartyRegistered']),
    owns: [] as Function[],
    async apply(event: LoggedEvent) {
      if (projection.armed && event.eventId === eventId) throw new PoisonedEventError(eventId);
    },
  };
  return projection;
}

/** Counts applications in a table of its own: an event applied twice shows. */
const tally: Projection = {
  name: 'tally',
  handles: new Set(['PartyRegistered']),
  owns: [],
  async apply(_event: LoggedEvent, manager: EntityManager) {
    await manager.query('UPDATE event_tally SET applied = applied + 1 WHERE id = 1');
  },
};

async function tallied(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query('SELECT applied FROM event_tally WHERE id = 1');
  return Number(row.applied);
}

describe('ProjectionRunner on SQLite files', () => {
  let dir: string;
  let store: SqliteEventStore;
  let dataSource: DataSource;
  let runners: ProjectionRunner[];
  const runner = (projections: readonly Projection[] = readModelProjections(), options = {}) => {
    const created = new ProjectionRunner(dataSource, store, projections, options);
    runners.push(created);
    return created;
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'schakel-runner-'));
    store = SqliteEventStore.open({ path: join(dir, 'events.db') });
    dataSource = await openReadModels({ kind: 'sqlite', path: join(dir, 'read-models.db') });
    runners = [];
  });

  afterEach(async () => {
    await Promise.all(runners.map((r) => r.stop()));
    await dataSource.destroy();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies every event before one a projection refuses, records that one with its position, and stops in front of it', async () => {
    await registerParties(store, 5);
    const poisoned = (await registerParties(store, 6))[3];
    const poison = poisonedAt(poisoned.eventId);
    const first = runner([...readModelProjections(), poison], { batchSize: 5, retryIntervalMs: 60_000 });

    // the first batch (5 events) commits; the next holds the poisoned event, fails, and is applied
    // one event at a time up to the poisoned one
    const halted = await first.catchUp().catch((error: unknown) => error);
    expect(halted).toBeInstanceOf(ProjectionHaltedError);
    expect((halted as ProjectionHaltedError).cause).toBeInstanceOf(PoisonedEventError);
    const expected = { eventId: poisoned.eventId, position: String(poisoned.globalPosition), eventType: 'PartyRegistered', streamId: poisoned.streamId };
    expect((halted as ProjectionHaltedError).poison).toMatchObject({ ...expected, attempts: 1, error: expect.stringContaining('projection refused event') });
    const before = await first.status();
    expect(before.eventsApplied).toBe(8);
    expect(before.failure).toMatchObject({ ...expected, attempts: 1 });
    const viewRows = async (): Promise<Record<string, unknown[]>> => ({ ...(await dumpReadModels(dataSource)), projection_failure: [] });
    const rows = await viewRows();
    expect(rows.party).toHaveLength(8);
    expect(await new PartyQueries(dataSource).party((poisoned.data as { partyId: string }).partyId)).toBeNull();

    // within the retry interval it reports without trying again (no hot loop); a new process tries once
    await expect(first.catchUp()).rejects.toMatchObject({ attempted: false, poison: { attempts: 1 } });
    await expect(runner([...readModelProjections(), poison], { batchSize: 100 }).catchUp()).rejects.toMatchObject({ attempted: true, poison: { attempts: 2 } });
    expect(await viewRows()).toEqual(rows);
    expect((await first.status()).eventsApplied).toBe(8);

    // once it accepts the event (a fix deployed), the next attempt applies the rest and closes the failure
    poison.armed = false;
    expect(await runner([...readModelProjections(), poison]).catchUp()).toBe(3);
    expect(await first.status()).toMatchObject({ eventsApplied: 11, failure: null });
    expect((await dumpReadModels(dataSource)).party).toHaveLength(11);
    expect(await dataSource.getRepository(ProjectionFailureRow).findBy({})).toEqual([
      expect.objectContaining({ eventId: poisoned.eventId, resolution: 'APPLIED', attempts: 2 }),
    ]);
  });

  it('reports a failing event in the background and keeps its checkpoint until the event applies', async () => {
    const [poisoned] = await registerParties(store, 1);
    const poison = poisonedAt(poisoned.eventId);
    const errors: unknown[] = [];
    const background = runner([...readModelProjections(), poison], { pollIntervalMs: 5, retryIntervalMs: 0, onError: (error: unknown) => errors.push(error) });
    background.start();
    while (errors.length < 3) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(errors.every((error) => error instanceof ProjectionHaltedError && error.cause instanceof PoisonedEventError)).toBe(true);
    expect((await background.status()).eventsApplied).toBe(0);
    poison.armed = false;
    while ((await background.status()).eventsApplied < 1) await new Promise((resolve) => setTimeout(resolve, 5));
    await background.stop();
    expect((await dumpReadModels(dataSource)).party).toHaveLength(1);
  });

  it('moves past a poison event only when an operator skips it, and a rebuild leaves it out again', async () => {
    const [first, poisoned, last] = await registerParties(store, 3);
    const poison = poisonedAt(poisoned.eventId);
    const halted = runner([...readModelProjections(), poison], { retryIntervalMs: 60_000 });
    await expect(halted.catchUp()).rejects.toBeInstanceOf(ProjectionHaltedError);

    // only the open failure's position can be skipped
    await expect(skipPoisonEvent(dataSource, { position: String(last.globalPosition), by: 'ops', reason: 'wrong one' })).rejects.toThrow(
      `no open projection failure at position ${last.globalPosition}; open: position ${poisoned.globalPosition} (PartyRegistered)`,
    );
    const skipped = await skipPoisonEvent(dataSource, { position: String(poisoned.globalPosition), by: 'ops', reason: 'name holds a NUL' });
    expect(skipped.eventId).toBe(poisoned.eventId);
    await expect(skipPoisonEvent(dataSource, { position: String(poisoned.globalPosition), by: 'ops', reason: 'twice' })).rejects.toBeInstanceOf(NoPoisonEventError);

    // the same runner picks the decision up at once, still refusing the event itself
    expect(await halted.catchUp()).toBe(2);
    const partyIds = async () => (await dumpReadModels(dataSource)).party.length;
    expect(await partyIds()).toBe(2);
    expect(await halted.status()).toMatchObject({ eventsApplied: 3, failure: null });
    expect(await new PartyQueries(dataSource).party((first.data as { partyId: string }).partyId)).not.toBeNull();
    expect(await new PartyQueries(dataSource).party((poisoned.data as { partyId: string }).partyId)).toBeNull();
    expect(await dataSource.getRepository(ProjectionFailureRow).findOneBy({ eventId: poisoned.eventId })).toMatchObject({
      resolution: 'SKIPPED',
      resolvedBy: 'ops',
      resolutionNote: 'name holds a NUL',
    });

    await halted.rebuild();
    expect(await partyIds()).toBe(2);
    expect(await halted.status()).toMatchObject({ eventsApplied: 3, failure: null });
  });

  it('shares drains between concurrent catch-ups and applies every event once', async () => {
    await registerParties(store, 30);
    const shared = runner(readModelProjections(), { batchSize: 4 });
    const applied = await Promise.all([shared.catchUp(), shared.catchUp(), shared.catchUp(), shared.catchUp()]);
    expect(applied.reduce((a, b) => a + b, 0)).toBe(30);
    expect((await shared.status()).eventsApplied).toBe(30);
  });

  it('includes events stored while a drain is under way in a catch-up called after them', async () => {
    await registerParties(store, 40);
    const following = runner(readModelProjections(), { batchSize: 2 });
    const first = following.catchUp();
    const [late] = await registerParties(store, 1, () => 'Laatkomer B.V.');
    await following.catchUp();
    expect(await new PartyQueries(dataSource).party((late.data as { partyId: string }).partyId)).toMatchObject({ name: 'Laatkomer B.V.' });
    await first;
    expect((await following.status()).eventsApplied).toBe(41);
  });

  it('rebuilds while following the log in the background, ending where a fresh replay ends', async () => {
    const background = runner(readModelProjections(), { pollIntervalMs: 1, batchSize: 3 });
    background.start();
    for (let round = 0; round < 4; round++) {
      await registerParties(store, 8);
      await background.rebuild();
    }
    await background.stop();
    await background.catchUp();
    const live = await dumpReadModels(dataSource);
    expect(live.party).toHaveLength(32);

    const fresh = await openReadModels({ kind: 'sqlite', path: join(dir, 'fresh.db') });
    try {
      await new ProjectionRunner(fresh, store, readModelProjections()).catchUp();
      expect(await dumpReadModels(fresh)).toEqual(live);
    } finally {
      await fresh.destroy();
    }
  });
});

describePostgres('ProjectionRunner processes sharing one PostgreSQL read-model database', () => {
  let dir: string;
  let store: SqliteEventStore;
  let database: TestDatabase;
  const opened: DataSource[] = [];
  const runners: ProjectionRunner[] = [];

  const process = async (lease?: PostgresAdvisoryLease) => {
    const dataSource = await openReadModels({ kind: 'postgres', url: database.url });
    opened.push(dataSource);
    const created = new ProjectionRunner(dataSource, store, [...readModelProjections(), tally], { batchSize: 3, lease });
    runners.push(created);
    return { dataSource, runner: created };
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'schakel-runner-'));
    store = SqliteEventStore.open({ path: join(dir, 'events.db') });
    database = await createTestDatabase('schakel_runner');
    const setup = await openReadModels({ kind: 'postgres', url: database.url });
    await setup.query('CREATE TABLE event_tally (id integer PRIMARY KEY, applied integer NOT NULL)');
    await setup.query('INSERT INTO event_tally (id, applied) VALUES (1, 0)');
    await setup.destroy();
  });

  afterEach(async () => {
    await Promise.all(runners.splice(0).map((r) => r.stop()));
    await Promise.all(opened.splice(0).map((d) => d.destroy()));
    await store.close();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('never applies an event twice when two processes catch up at once without a lease', async () => {
    await registerParties(store, 60);
    const a = await process();
    const b = await process();
    await Promise.all([a.runner.catchUp(), b.runner.catchUp(), a.runner.catchUp(), b.runner.catchUp()]);
    expect(await tallied(a.dataSource)).toBe(60);
    expect((await a.runner.status()).eventsApplied).toBe(60);
  });

  it('lets only the lease holder project; another takes over when it stops', async () => {
    await registerParties(store, 9);
    const a = await process(new PostgresAdvisoryLease(database.url, 'read-models'));
    const b = await process(new PostgresAdvisoryLease(database.url, 'read-models'));
    expect(await a.runner.catchUp()).toBe(9);
    await registerParties(store, 4);
    expect(await b.runner.catchUp()).toBe(0);
    expect([(await a.runner.status()).leader, (await b.runner.status()).leader]).toEqual([true, false]);

    await a.runner.stop(); // releases the lease, as a dying process's closed connection would
    expect(await b.runner.catchUp()).toBe(4);
    expect((await b.runner.status()).leader).toBe(true);
    expect(await tallied(b.dataSource)).toBe(13);
  });
});
