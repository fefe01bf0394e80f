import { spawnSync } from 'node:child_process';
import { adminUrl } from './test-database';

let probed: { available: boolean; detail: string } | undefined;

// jest collects `describe` blocks synchronously, so the probe runs in a short-lived child process.
function probe(): { available: boolean; detail: string } {
  if (probed) return probed;
  const script = `
    const { Client } = require(${JSON.stringify(require.resolve('pg'))});
    const client = new Client({ connectionString: process.env.PROBE_URL, connectionTimeoutMillis: 3000, query_timeout: 3000 });
    client.on('error', () => undefined);
    client.connect().then(() => client.query('SELECT 1')).then(
      () => client.end().then(() => process.exit(0)),
      (err) => { process.stderr.write(String(err && err.message)); process.exit(1); });`;
  const result = spawnSync(process.execPath, ['-e', script], {
    env: { ...process.env, PROBE_URL: adminUrl() },
    encoding: 'utf8',
    timeout: 10_000,
  });
  probed = { available: result.status === 0, detail: (result.stderr || result.error?.message || '').trim() };
  return probed;
}

const redacted = (url: string): string => {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
};

/**
 * Why PostgreSQL tests cannot run here, or undefined when they must run. With CI=true they always
 * run (and fail if the server is down); elsewhere they skip only when the server is unreachable.
 */
export function postgresSkipReason(): string | undefined {
  if (process.env.CI === 'true') return undefined;
  const { available, detail } = probe();
  if (available) return undefined;
  return `PostgreSQL at ${redacted(adminUrl())} is unreachable (${detail || 'no answer'}); set SCHAKEL_TEST_PG_ADMIN_URL or start the server (CI=true turns this skip into a failure)`;
}

/** `describe` for tests that need a real PostgreSQL server; skipped with a printed reason only outside CI. */
export function describePostgres(name: string, fn: () => void): void {
  const reason = postgresSkipReason();
  if (reason) {
    console.warn(`skipping "${name}": ${reason}`);
    describe.skip(name, fn);
    return;
  }
  describe(name, fn);
}
