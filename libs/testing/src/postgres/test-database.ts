import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  /** Connection string of the new database. */
  readonly url: string;
  readonly name: string;
  /** Terminates every connection to the database and drops it. */
  drop(): Promise<void>;
}

/** The maintenance database a test run connects to: env SCHAKEL_TEST_PG_ADMIN_URL or the local server. */
export function adminUrl(): string {
  return process.env.SCHAKEL_TEST_PG_ADMIN_URL || DEFAULT_ADMIN_URL;
}

/** The admin URL with another database name, keeping host, port, user and options. */
export function databaseUrl(name: string, base: string = adminUrl()): string {
  const url = new URL(base);
  url.pathname = '/' + encodeURIComponent(name);
  return url.toString();
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl(), connectionTimeoutMillis: 5000 });
  // An idle admin connection killed by the server must not crash the test process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const quoteIdent = (name: string): string => '"' + name.replace(/"/g, '""') + '"';

/**
 * Creates a database that only this test run uses. The name carries the prefix, the process id
 * and random bits, so parallel jest workers and parallel engineers never share one.
 */
export async function createTestDatabase(prefix = 'schakel_test'): Promise<TestDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(prefix)) throw new TypeError(`database prefix "${prefix}" must be a lower-case identifier`);
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
  let dropped = false;
  return {
    name,
    url: databaseUrl(name),
    async drop() {
      if (dropped) return;
      dropped = true;
      await withAdmin(async (client) => {
        // WITH (FORCE) terminates the remaining sessions (PostgreSQL 13+), e.g. a pool a failed test left open.
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      });
    },
  };
}

/** True when the admin database accepts a connection and answers a query within the timeout. */
export async function postgresAvailable(timeoutMs = 3000): Promise<boolean> {
  const client = new Client({ connectionString: adminUrl(), connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
