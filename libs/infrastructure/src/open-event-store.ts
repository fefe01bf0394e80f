import type { EventStore } from '@schakel/event-store';
import type { AppConfig } from './config/app-config';

/** Opens the configured adapter. Adapters load lazily, so a SQLite user never loads the gRPC client. */
export async function openEventStore(config: AppConfig): Promise<EventStore> {
  switch (config.store) {
    case 'sqlite': {
      const { SqliteEventStore } = await import('@schakel/event-store/sqlite');
      return SqliteEventStore.open({ path: config.sqlitePath });
    }
    case 'postgres': {
      const { PostgresEventStore } = await import('@schakel/event-store/postgres');
      // No waiting for held-back transactions inside readAll: the projection runner polls again, and a
      // mutation waits for its own write (WriteSide), so a slow writer elsewhere never stalls a batch.
      return PostgresEventStore.open({ connectionString: config.databaseUrl!, heldBackWaitMs: 0 });
    }
    case 'kurrentdb': {
      const { KurrentDbEventStore } = await import('@schakel/event-store/kurrentdb');
      return KurrentDbEventStore.connect(config.kurrentdbUrl!, { categories: ['chain', 'party', 'logcheckpoint'] });
    }
  }
}
