import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresEventStore } from '@schakel/event-store/postgres';
import { SqliteEventStore } from '@schakel/event-store/sqlite';
import { createTestDatabase, describePostgres } from '@schakel/testing';
import { describeReadModelStories } from '../test/describe-read-model-stories';

describePostgres('read models on PostgreSQL', () => {
  describeReadModelStories('log and read models in one PostgreSQL database', async () => {
    const database = await createTestDatabase('schakel_read_models');
    const store = await PostgresEventStore.open({ connectionString: database.url });
    return {
      store,
      location: { kind: 'postgres', url: database.url },
      appendsWhileProjecting: true,
      async dispose() {
        await store.close();
        await database.drop();
      },
    };
  });

  // As with KurrentDB: the log lives elsewhere, the read models in PostgreSQL.
  describeReadModelStories('log in SQLite, read models in PostgreSQL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schakel-read-models-'));
    const store = SqliteEventStore.open({ path: join(dir, 'events.db') });
    const database = await createTestDatabase('schakel_read_models');
    return {
      store,
      location: { kind: 'postgres', url: database.url },
      appendsWhileProjecting: true,
      async dispose() {
        await store.close();
        await database.drop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  });
});
