import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@schakel/event-store/sqlite';
import { describeReadModelStories } from '../test/describe-read-model-stories';

describe('read models on SQLite', () => {
  // The default set-up: the event log and the read models share one database file.
  describeReadModelStories('log and read models in one SQLite file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schakel-read-models-'));
    const path = join(dir, 'schakel.db');
    const store = SqliteEventStore.open({ path });
    return {
      store,
      location: { kind: 'sqlite', path },
      appendsWhileProjecting: false,
      async dispose() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  });

  describeReadModelStories('log and read models in separate SQLite files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schakel-read-models-'));
    const store = SqliteEventStore.open({ path: join(dir, 'events.db') });
    return {
      store,
      location: { kind: 'sqlite', path: join(dir, 'read-models', 'read-models.db') },
      appendsWhileProjecting: true,
      async dispose() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  });
});
