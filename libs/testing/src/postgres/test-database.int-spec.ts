import { Client } from 'pg';
import { adminUrl, createTestDatabase, databaseUrl, describePostgres, postgresAvailable } from '.';

describePostgres('test databases', () => {
  it('creates a uniquely named database that accepts connections, and drop() removes it even with sessions open', async () => {
    const [a, b] = await Promise.all([createTestDatabase('schakel_helper'), createTestDatabase('schakel_helper')]);
    expect(a.name).not.toBe(b.name);
    expect(a.name).toMatch(/^schakel_helper_\d+_[0-9a-f]{8}$/);
    await b.drop();

    const lingering = new Client({ connectionString: a.url });
    lingering.on('error', () => undefined); // drop() terminates it
    await lingering.connect();
    expect((await lingering.query('SELECT current_database() AS name')).rows[0].name).toBe(a.name);

    await a.drop();
    await a.drop(); // idempotent

    const admin = new Client({ connectionString: adminUrl() });
    await admin.connect();
    try {
      const { rows } = await admin.query('SELECT datname FROM pg_database WHERE datname = ANY($1)', [[a.name, b.name]]);
      expect(rows).toEqual([]);
    } finally {
      await admin.end();
      await lingering.end().catch(() => undefined);
    }
  });

  it('reports the server as available', async () => {
    await expect(postgresAvailable()).resolves.toBe(true);
  });
});

describe('test database configuration', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('keeps host, port, user and options of the admin URL and swaps the database name', () => {
    expect(databaseUrl('schakel_x', 'postgres://u:p@db.example:6543/postgres?sslmode=disable')).toBe(
      'postgres://u:p@db.example:6543/schakel_x?sslmode=disable',
    );
  });

  it('skips with a reason outside CI when the server is unreachable, and never skips with CI=true', async () => {
    process.env.SCHAKEL_TEST_PG_ADMIN_URL = 'postgres://postgres@127.0.0.1:1/postgres';
    delete process.env.CI;
    let reason: string | undefined;
    jest.isolateModules(() => {
      reason = (require('./describe-postgres') as typeof import('./describe-postgres')).postgresSkipReason();
    });
    expect(reason).toMatch(/PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:1\/postgres is unreachable/);
    await expect(postgresAvailable(1000)).resolves.toBe(false);

    process.env.CI = 'true';
    jest.isolateModules(() => {
      reason = (require('./describe-postgres') as typeof import('./describe-postgres')).postgresSkipReason();
    });
    expect(reason).toBeUndefined();
  });
});
