import { basename, dirname, extname, join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import type { SubjectKeyStore } from './subject-key-store';

/**
 * The key store of the configured installation: a table in the PostgreSQL database when there is
 * one, else a SQLite file of its own beside the log (`schakel.db` → `schakel.keys.db`).
 */
export async function openSubjectKeyStore(config: AppConfig): Promise<SubjectKeyStore> {
  if (config.databaseUrl) {
    const { PostgresSubjectKeyStore } = await import('./postgres-subject-key-store');
    return PostgresSubjectKeyStore.open(config.databaseUrl);
  }
  const { SqliteSubjectKeyStore } = await import('./sqlite-subject-key-store');
  return SqliteSubjectKeyStore.open(config.keyStorePath ?? join(dirname(config.sqlitePath), `${basename(config.sqlitePath, extname(config.sqlitePath))}.keys.db`));
}
