import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ConcurrencyError, NO_STREAM, verifyEventStore, type LoggedEvent } from '@schakel/event-store';
import { SqliteEventStore } from '@schakel/event-store/sqlite';
import {
  aNewEvent,
  aStreamId,
  aTempFolder,
  readAllPages,
  sleep,
  someNewEvents,
  startSubscription,
  waitUntil,
  withoutCheckpoint,
} from '@schakel/event-store/testing';

const REPO_ROOT = join(__dirname, '..', '..', '..', '..');
const WRITER = join(REPO_ROOT, 'libs', 'event-store', 'testing', 'sqlite-writer-process.ts');

const duplicatesIn = (events: readonly LoggedEvent[]): number => events.length - new Set(events.map((e) => e.eventId)).size;

describe('SqliteEventStore on a file shared by two writers (API and CLI)', () => {
  const folder = aTempFolder('schakel-sqlite-shared-');
  afterAll(() => folder.remove());

  it('two store instances: both append, conflicts are detected across them, a subscription in one sees the other by polling', async () => {
    const path = folder.file('two-instances.db');
    const api = SqliteEventStore.open({ path, pollIntervalMs: 50 });
    const cli = SqliteEventStore.open({ path, pollIntervalMs: 50 });
    const streamId = aStreamId('Shared');
    const subscription = startSubscription(api);
    try {
      await api.append(streamId, someNewEvents(2), NO_STREAM);
      const fromCli = await cli.append(streamId, someNewEvents(2), 1);
      expect(fromCli.events.map((e) => e.streamVersion)).toEqual([2, 3]);
      expect(fromCli.events[0].prevHash).toBe((await api.readStream(streamId, { fromVersion: 1, toVersion: 1 }))[0].hash);

      const stale = await api.append(streamId, [aNewEvent()], 1).catch((error: unknown) => error);
      expect(stale).toBeInstanceOf(ConcurrencyError);
      expect(stale).toMatchObject({ actualVersion: 3 });

      // Only the cli instance writes now: the api's subscription can learn of it by polling alone.
      const onlyCli = await cli.append(aStreamId('Shared'), someNewEvents(3), NO_STREAM);
      await waitUntil(
        () => onlyCli.events.every((e) => subscription.received.some((r) => r.eventId === e.eventId)),
        () => `the api subscription has ${subscription.received.length} events, not the cli's last three`,
        2000,
      );
    } finally {
      await subscription.stop();
    }

    expect(duplicatesIn(subscription.received)).toBe(0);
    const { events } = await readAllPages(cli, '');
    expect(subscription.received).toEqual(events);
    expect(await verifyEventStore(api)).toMatchObject({ ok: true, eventsChecked: 7 });
    expect(await verifyEventStore(cli)).toMatchObject({ ok: true, eventsChecked: 7 });
    await api.close();
    await cli.close();
  });

  it('two processes appending to one stream at once: none lost, gap-free, seen once by a live subscription', async () => {
    const path = folder.file('two-processes.db');
    const store = SqliteEventStore.open({ path, pollIntervalMs: 50 });
    const streamId = aStreamId('Processes');
    const PER_WRITER = 60;
    const subscription = startSubscription(store);

    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', WRITER, path, streamId, String(PER_WRITER)],
      { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const lines = createInterface({ input: child.stdout });
    const output: string[] = [];
    lines.on('line', (line) => output.push(line));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    try {
      await waitUntil(() => output.includes('ready'), () => `the writer process did not start: ${stderr}`, 20_000);
      child.stdin.write('go\n');

      const written: string[] = [];
      let conflicts = 0;
      for (let i = 0; i < PER_WRITER; i++) {
        const event = aNewEvent({ type: 'ParentWrote', data: { i } });
        for (let attempt = 1; ; attempt++) {
          try {
            await store.append(streamId, [event], await store.streamVersion(streamId));
            written.push(event.eventId);
            break;
          } catch (error) {
            if (!(error instanceof ConcurrencyError) || attempt === 200) throw error;
            conflicts++;
          }
          await sleep(0);
        }
        await sleep(0);
      }

      expect(await exited).toBe(0);
      const fromChild = JSON.parse(output[output.length - 1]) as { written: string[]; conflicts: number };
      console.info(`two processes: ${conflicts} conflicts in this process, ${fromChild.conflicts} in the writer process`);

      const stream = await store.readStream(streamId);
      expect(stream.map((e) => e.streamVersion)).toEqual(Array.from({ length: 2 * PER_WRITER }, (_, i) => i));
      expect(stream.map((e) => e.eventId).sort()).toEqual([...written, ...fromChild.written].sort());
      expect(await verifyEventStore(store)).toMatchObject({ ok: true, eventsChecked: 2 * PER_WRITER });

      await waitUntil(() => subscription.received.length >= 2 * PER_WRITER, () => `subscription has ${subscription.received.length}`, 2000);
      await sleep(100);
    } finally {
      child.kill();
      await subscription.stop();
    }
    expect(duplicatesIn(subscription.received)).toBe(0);
    expect(subscription.received.map(withoutCheckpoint)).toEqual(await store.readStream(streamId));
    await store.close();
  });
});
