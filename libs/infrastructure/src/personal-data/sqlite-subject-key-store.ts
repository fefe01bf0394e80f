import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { KEY_BYTES } from './field-cipher';
import type { SubjectKey, SubjectKeyStore } from './subject-key-store';

type KeyRow = { key: Buffer | null; erased_as: number | null };

// secure_delete: a destroyed key's bytes are overwritten in the file, not left on a free page.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS subject_keys (
  subject_id TEXT PRIMARY KEY,
  key        BLOB,
  created_at TEXT NOT NULL,
  erased_at  TEXT,
  erased_as  INTEGER UNIQUE
);`;

/** The key store in a SQLite file of its own beside the log (`schakel.db` → `schakel.keys.db`). */
export class SqliteSubjectKeyStore implements SubjectKeyStore {
  private constructor(private readonly db: Database.Database) {}

  static open(path: string): SqliteSubjectKeyStore {
    if (path !== ':memory:') {
      // keys are read by this process only: the folder 0700, the file 0600 (SQLite gives its WAL the same)
      mkdirSync(dirname(resolve(path)), { recursive: true, mode: 0o700 });
      closeSync(openSync(path, 'a', 0o600));
    }
    const db = new Database(path, { timeout: 5000 });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('secure_delete = ON');
    db.exec(SCHEMA);
    return new SqliteSubjectKeyStore(db);
  }

  async find(subjectId: string): Promise<SubjectKey | null> {
    const row = this.db.prepare('SELECT key, erased_as FROM subject_keys WHERE subject_id = ?').get(subjectId) as KeyRow | undefined;
    return row ? toSubjectKey(row) : null;
  }

  async keyFor(subjectId: string): Promise<SubjectKey> {
    this.db
      .prepare('INSERT INTO subject_keys (subject_id, key, created_at) VALUES (?, ?, ?) ON CONFLICT (subject_id) DO NOTHING')
      .run(subjectId, randomBytes(KEY_BYTES), new Date().toISOString());
    return (await this.find(subjectId))!;
  }

  async destroy(subjectId: string, at: string): Promise<number> {
    const erase = this.db.transaction(() => {
      const row = this.db.prepare('SELECT erased_as FROM subject_keys WHERE subject_id = ?').get(subjectId) as KeyRow | undefined;
      if (row?.erased_as) return row.erased_as;
      const next = (this.db.prepare('SELECT COALESCE(MAX(erased_as), 0) + 1 AS n FROM subject_keys').get() as { n: number }).n;
      this.db
        .prepare(
          `INSERT INTO subject_keys (subject_id, key, created_at, erased_at, erased_as) VALUES (?, NULL, ?, ?, ?)
           ON CONFLICT (subject_id) DO UPDATE SET key = NULL, erased_at = excluded.erased_at, erased_as = excluded.erased_as`,
        )
        .run(subjectId, at, at, next);
      return next;
    });
    const erasedAs = erase.immediate();
    // the write-ahead log held the page with the key: fold it into the file (overwritten there) and empty it
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    return erasedAs;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

function toSubjectKey(row: KeyRow): SubjectKey {
  return row.key ? { key: Buffer.from(row.key) } : { erasedAs: row.erased_as ?? 0 };
}
