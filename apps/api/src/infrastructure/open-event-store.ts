import type { EventStore } from '@schakel/event-store';
import type { AppConfig } from '../config/app-config';

/** Opens the configured adapter. Adapters load lazily, so a SQLite user never loads the gRPC client. */
export async function openEventStore(config: AppConfig): Promise<EventStore> {
  switch (config.store) {
    case 'sqlite': {
      const { SqliteEventStore } = await import('@schakel/event-store/sqlite');
      return SqliteEventStore.open({ path: config.sqlitePath });
    }
    case 'postgres': {
      const { PostgresEventStore } = await import('@schakel/event-store/postgres');
      return PostgresEventStore.open({ connectionString: config.databaseUrl! });
    }
    case 'kurrentdb': {
      const { KurrentDbEventStore } = await import('@schakel/event-store/kurrentdb');
      return KurrentDbEventStore.connect(config.kurrentdbUrl!, { categories: ['chain', 'party'] });
    }
  }
}
