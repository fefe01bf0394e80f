import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { KEY_BYTES } from './field-cipher';
import type { SubjectKey, SubjectKeyStore } from './subject-key-store';

type KeyRow = { key: Buffer | null; erased_as: number | null };

const SCHEMA = `
CREATE TABLE IF NOT EXISTS subject_keys (
  subject_id TEXT PRIMARY KEY,
  key        BYTEA,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  erased_at  TIMESTAMPTZ,
  erased_as  INTEGER UNIQUE
)`;

// CREATE TABLE IF NOT EXISTS is not safe against itself: two processes starting on a new database at
// once can both find no table and one fails on the catalogue's unique index. They take turns instead.
const SCHEMA_LOCK = [0x5343484b /* 'SCHK' */, 2] as const;

/** The key store as a table of its own in the PostgreSQL database (never in the events table). */
export class PostgresSubjectKeyStore implements SubjectKeyStore {
  private constructor(private readonly pool: Pool) {}

  static async open(connectionString: string): Promise<PostgresSubjectKeyStore> {
    const pool = new Pool({ connectionString, max: 4 });
    // an idle pooled connection that dies (server restart, pg_terminate_backend) is dropped by the
    // pool; without a listener the 'error' event would crash the process
    pool.on('error', () => undefined);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1, $2)', [...SCHEMA_LOCK]);
      await client.query(SCHEMA);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      await pool.end();
      throw error;
    } finally {
      client.release();
    }
    return new PostgresSubjectKeyStore(pool);
  }

  async find(subjectId: string): Promise<SubjectKey | null> {
    const { rows } = await this.pool.query<KeyRow>('SELECT key, erased_as FROM subject_keys WHERE subject_id = $1', [subjectId]);
    return rows[0] ? toSubjectKey(rows[0]) : null;
  }

  async keyFor(subjectId: string): Promise<SubjectKey> {
    await this.pool.query('INSERT INTO subject_keys (subject_id, key) VALUES ($1, $2) ON CONFLICT (subject_id) DO NOTHING', [
      subjectId,
      randomBytes(KEY_BYTES),
    ]);
    return (await this.find(subjectId))!;
  }

  async destroy(subjectId: string, at: string): Promise<number> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // one erasure at a time hands out the numbers
      await client.query('LOCK TABLE subject_keys IN SHARE ROW EXCLUSIVE MODE');
      const { rows } = await client.query<KeyRow>('SELECT erased_as FROM subject_keys WHERE subject_id = $1', [subjectId]);
      let erasedAs = rows[0]?.erased_as ?? null;
      if (!erasedAs) {
        const next = await client.query<{ n: number }>('SELECT COALESCE(MAX(erased_as), 0) + 1 AS n FROM subject_keys');
        erasedAs = Number(next.rows[0].n);
        await client.query(
          `INSERT INTO subject_keys (subject_id, key, erased_at, erased_as) VALUES ($1, NULL, $2, $3)
           ON CONFLICT (subject_id) DO UPDATE SET key = NULL, erased_at = excluded.erased_at, erased_as = excluded.erased_as`,
          [subjectId, at, erasedAs],
        );
      }
      await client.query('COMMIT');
      // the row version that held the key stays on its page until the table is rewritten; the erasure
      // is committed already, so a failed rewrite leaves it to autovacuum rather than report a failure
      await client.query('VACUUM FULL subject_keys').catch(() => undefined);
      return erasedAs;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

function toSubjectKey(row: KeyRow): SubjectKey {
  return row.key ? { key: Buffer.from(row.key) } : { erasedAs: row.erased_as ?? 0 };
}
