import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { partyDecider, partyStreamId, type PartyCommand } from '@schakel/domain';
import { ConcurrencyError, type EventStore, type ReadStreamOptions, uuidv7 } from '@schakel/event-store';
import { SqliteEventStore } from '@schakel/event-store/sqlite';
import type { Caller } from '@schakel/infrastructure';
import { CommandRunner } from './command-runner';
import { StreamStateCache } from './stream-state-cache';

/** A real store that counts how many events commands read back. */
function counting(store: EventStore): EventStore & { eventsRead: number } {
  const counted = Object.create(store) as EventStore & { eventsRead: number };
  counted.eventsRead = 0;
  counted.readStream = async (streamId: string, options?: ReadStreamOptions) => {
    const events = await store.readStream(streamId, options);
    counted.eventsRead += events.length;
    return events;
  };
  return counted;
}

const manager = (partyId: string): Caller => ({ userId: 'u1', partyId, role: 'MANAGER', workerId: null });
const context = (partyId: string) => ({ caller: manager(partyId), correlationId: uuidv7() });

describe('CommandRunner on a real SQLite store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'schakel-runner-'));
  let store: SqliteEventStore;
  beforeAll(() => {
    store = SqliteEventStore.open({ path: join(dir, 'log.db'), synchronous: 'NORMAL' });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function partyWithWorkers(runner: CommandRunner, workers: number): Promise<string> {
    const partyId = uuidv7();
    const register = (metadata: { now: string; actor: Caller }): PartyCommand => ({
      type: 'RegisterParty',
      data: { partyId, kind: 'ORGANISATION', name: 'Staalbouw Noord', kvkNumber: null, country: 'NL' },
      metadata: { ...metadata, actor: { ...metadata.actor, partyId } },
    });
    await runner.run(partyDecider, partyStreamId(partyId), register, context(partyId));
    for (let i = 0; i < workers; i++) await addWorker(runner, partyId);
    return partyId;
  }

  const addWorker = (runner: CommandRunner, partyId: string, expectedVersion?: number) =>
    runner.run(
      partyDecider,
      partyStreamId(partyId),
      (metadata): PartyCommand => ({
        type: 'RegisterWorker',
        data: { partyId, workerId: uuidv7(), name: 'Sanne Bakker', languages: ['nl'], relation: 'EMPLOYEE' },
        metadata,
      }),
      { ...context(partyId), expectedVersion },
    );

  it('reads only the events it has not folded yet: one more command costs the same after 10 or 300 events', async () => {
    const counted = counting(store);
    const runner = new CommandRunner(counted, new StreamStateCache());
    for (const history of [10, 300]) {
      const partyId = await partyWithWorkers(runner, history);
      counted.eventsRead = 0;
      const result = await addWorker(runner, partyId);
      expect(result.version).toBe(history + 1);
      expect(counted.eventsRead).toBe(0);
    }
  });

  it('folds only the tail another process appended, and a cold runner reads the stream once', async () => {
    const countedA = counting(store);
    const runnerA = new CommandRunner(countedA, new StreamStateCache());
    const partyId = await partyWithWorkers(runnerA, 20);
    const runnerB = new CommandRunner(store, new StreamStateCache());
    await addWorker(runnerB, partyId);
    await addWorker(runnerB, partyId);
    countedA.eventsRead = 0;
    await addWorker(runnerA, partyId);
    expect(countedA.eventsRead).toBe(2);

    const countedCold = counting(store);
    await addWorker(new CommandRunner(countedCold, new StreamStateCache()), partyId);
    expect(countedCold.eventsRead).toBe(24);
  });

  it('queues concurrent commands on one stream within a process: 20 at once all succeed, in order', async () => {
    const runner = new CommandRunner(store, new StreamStateCache());
    const partyId = await partyWithWorkers(runner, 0);
    const results = await Promise.all(Array.from({ length: 20 }, () => addWorker(runner, partyId)));
    expect(results.map((r) => r.version)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('retries a race lost to another process by deciding again on the new state, unless the client pinned expectedVersion', async () => {
    const runner = new CommandRunner(store, new StreamStateCache());
    const partyId = await partyWithWorkers(runner, 1);
    const processes = Array.from({ length: 4 }, () => new CommandRunner(store, new StreamStateCache()));
    const results = await Promise.all(processes.map((other) => addWorker(other, partyId)));
    expect(results.map((r) => r.version).sort((a, b) => a - b)).toEqual([2, 3, 4, 5]);
    await expect(addWorker(runner, partyId, 1)).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await store.streamVersion(partyStreamId(partyId))).toBe(5);
  });
});
