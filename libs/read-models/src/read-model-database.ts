import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource } from 'typeorm';
import { readModelEntities } from './read-model-entities';
import { sqliteMigrations, postgresMigrations } from './migrations';
import { LocalLease, type ProjectionLease } from './runner/projection-lease';
import { PostgresAdvisoryLease } from './runner/postgres-advisory-lease';

export type ReadModelLocation = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/** The path of a SQLite file, created 0600 in a 0700 folder when new (its -wal and -shm follow the file). */
function privateFile(path: string): string {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  closeSync(openSync(path, 'a', 0o600));
  return path;
}

/** Opens the read-model database and runs its migrations (never `synchronize`). */
export async function openReadModels(location: ReadModelLocation, options: { migrate?: boolean } = {}): Promise<DataSource> {
  const dataSource =
    location.kind === 'sqlite'
      ? new DataSource({
          type: 'better-sqlite3',
          database: privateFile(location.path),
          enableWAL: true,
          prepareDatabase: (db: { pragma(s: string): unknown }) => {
            db.pragma('busy_timeout = 5000');
            db.pragma('synchronous = FULL');
            // a blanked (erased) value is overwritten in the file, not left in a page's free space
            db.pragma('secure_delete = ON');
          },
          entities: readModelEntities,
          migrations: sqliteMigrations,
          migrationsTableName: 'read_model_migrations',
        })
      : new DataSource({
          type: 'postgres',
          url: location.url,
          entities: readModelEntities,
          migrations: postgresMigrations,
          migrationsTableName: 'read_model_migrations',
          extra: { max: 10, connectionTimeoutMillis: 5000 },
        });
  await dataSource.initialize();
  if (options.migrate ?? true) await migrateReadModels(dataSource);
  return dataSource;
}

/** Runs pending migrations; on PostgreSQL serialized across processes by an advisory lock. */
async function migrateReadModels(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type !== 'postgres') {
    await dataSource.runMigrations({ transaction: 'each' });
    return;
  }
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query(`SELECT pg_advisory_lock(hashtextextended('schakel-read-model-migrations', 0))`);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(hashtextextended('schakel-read-model-migrations', 0))`).catch(() => undefined);
    await runner.release();
  }
}

/** Only one process runs the projections of a shared PostgreSQL database. */
export function leaseFor(location: ReadModelLocation, group = 'read-models'): ProjectionLease {
  return location.kind === 'postgres' ? new PostgresAdvisoryLease(location.url, group) : new LocalLease();
}
