// A second process writing the same SQLite file as a test (the CLI next to the API). Run with
//   node -r ts-node/register/transpile-only -r tsconfig-paths/register sqlite-writer-process.ts <file> <streamId> <count>
// It opens the store, prints "ready", waits for a line on stdin, then appends <count> single events
// to <streamId> (read version, append, retry on conflict) and prints one JSON line with what it wrote.
import { createInterface } from 'node:readline';
import { ConcurrencyError } from '../src/errors';
import { SqliteEventStore } from '../src/sqlite';
import { aNewEvent } from './event-builders';

async function main(): Promise<void> {
  const [path, streamId, countText] = process.argv.slice(2);
  const store = SqliteEventStore.open({ path });
  const lines = createInterface({ input: process.stdin });
  const go = new Promise<void>((resolve) => lines.once('line', () => resolve()));
  process.stdout.write('ready\n');
  await go;
  lines.close();

  const written: string[] = [];
  let conflicts = 0;
  for (let i = 0; i < Number(countText); i++) {
    const event = aNewEvent({ type: 'ChildWrote', data: { pid: process.pid, i } });
    for (let attempt = 1; ; attempt++) {
      try {
        await store.append(streamId, [event], await store.streamVersion(streamId));
        written.push(event.eventId);
        break;
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || attempt === 200) throw error;
        conflicts++;
      }
    }
  }
  await store.close();
  process.stdout.write(JSON.stringify({ written, conflicts }) + '\n');
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error) + '\n');
  process.exit(1);
});
