import type { EventStore } from '@schakel/event-store';
import type { AppConfig } from './config/app-config';
import { openSubjectKeyStore } from './personal-data/open-subject-key-store';
import { PersonalDataEventStore } from './personal-data/personal-data-event-store';

/**
 * Opens the configured adapter: the log exactly as it is hashed (personal fields as ciphertext), for
 * evidence — verify, bundles, checkpoints. Adapters load lazily, so a SQLite user never loads the gRPC client.
 */
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

/** The store as the application writes and reads it: personal fields encrypted on append, opened on read (docs/personal-data.md). */
export async function openPersonalDataStore(config: AppConfig): Promise<PersonalDataEventStore> {
  const sealed = await openEventStore(config);
  try {
    return new PersonalDataEventStore(sealed, await openSubjectKeyStore(config));
  } catch (error) {
    await sealed.close();
    throw error;
  }
}
