import { Client } from 'pg';
import { createTestDatabase, describePostgres, type TestDatabase } from '@schakel/testing';
import { PostgresAdvisoryLease } from './postgres-advisory-lease';

async function until(condition: () => Promise<boolean> | boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new RangeError(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describePostgres('PostgresAdvisoryLease', () => {
  let database: TestDatabase;
  let admin: Client;
  const leases: PostgresAdvisoryLease[] = [];
  const lease = (group = 'read-models') => {
    const created = new PostgresAdvisoryLease(database.url, group);
    leases.push(created);
    return created;
  };

  // The backends of this database holding an advisory lock.
  const holders = async (): Promise<number[]> => {
    const { rows } = await admin.query<{ pid: number }>(
      `SELECT l.pid FROM pg_locks l JOIN pg_database d ON d.oid = l.database
        WHERE l.locktype = 'advisory' AND l.granted AND d.datname = current_database()`,
    );
    return rows.map((row) => row.pid);
  };

  beforeAll(async () => {
    database = await createTestDatabase('schakel_lease');
    admin = new Client({ connectionString: database.url });
    admin.on('error', () => undefined);
    await admin.connect();
  });

  afterEach(async () => {
    await Promise.all(leases.splice(0).map((l) => l.release()));
  });

  afterAll(async () => {
    await admin?.end();
    await database?.drop();
  });

  it('lets only one of two processes hold the lease', async () => {
    const first = lease();
    const second = lease();
    expect(await first.acquire()).toBe(true);
    expect(await second.acquire()).toBe(false);
    expect([first.held, second.held]).toEqual([true, false]);
    // asking again changes nothing, on either side
    expect(await first.acquire()).toBe(true);
    expect(await second.acquire()).toBe(false);
    expect(await holders()).toHaveLength(1);
  });

  it('passes to the other process when the holder’s connection ends', async () => {
    const first = lease();
    const second = lease();
    expect(await first.acquire()).toBe(true);
    expect(await second.acquire()).toBe(false);

    const [pid] = await holders();
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);

    await until(() => !first.held);
    await until(() => second.acquire());
    expect(second.held).toBe(true);
    expect(await first.acquire()).toBe(false);
    expect(await holders()).toHaveLength(1);
  });

  it('passes on when the holder releases it', async () => {
    const first = lease();
    const second = lease();
    expect(await first.acquire()).toBe(true);
    await first.release();
    expect(first.held).toBe(false);
    expect(await second.acquire()).toBe(true);
    expect(await first.acquire()).toBe(false);
  });

  it('keeps groups apart', async () => {
    expect(await lease('read-models').acquire()).toBe(true);
    expect(await lease('audit').acquire()).toBe(true);
    expect(await lease('read-models').acquire()).toBe(false);
  });

  it('reports not holding when the database cannot be reached, without throwing', async () => {
    const unreachable = new PostgresAdvisoryLease('postgres://postgres@127.0.0.1:1/nowhere', 'read-models');
    leases.push(unreachable);
    expect(await unreachable.acquire()).toBe(false);
    expect(unreachable.held).toBe(false);
  });
});
