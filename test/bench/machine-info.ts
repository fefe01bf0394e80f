import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { postgresVersion } from './pg-databases';

const PACKAGES = [
  '@event-driven-io/emmett',
  '@event-driven-io/emmett-sqlite',
  '@event-driven-io/emmett-postgresql',
  '@event-driven-io/dumbo',
  'better-sqlite3',
  'sqlite3',
  'pg',
  'autocannon',
];

// node_modules at the repository root, from test/bench or dist/test/bench.
function packageVersion(name: string): string {
  for (const up of [['..', '..'], ['..', '..', '..']]) {
    try {
      return (JSON.parse(readFileSync(join(__dirname, ...up, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      // try the next level up
    }
  }
  return 'not found';
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) return line.split(':')[1].trim();
  } catch {
    // not Linux
  }
  return cpus()[0]?.model ?? 'unknown';
}

/** The machine and versions a result was measured with, as markdown lines. */
export async function machineInfo(): Promise<string[]> {
  const pg = await postgresVersion().catch((error: unknown) => `unreachable (${String(error)})`);
  return [
    `- date: ${new Date().toISOString()}`,
    `- CPU: ${cpuModel()}, ${cpus().length} cores (nproc)`,
    `- memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- load average at start (1/5/15 min): ${loadavg().map((l) => l.toFixed(2)).join(' / ')}`,
    `- Node ${process.version}, PostgreSQL ${pg}`,
    `- packages: ${PACKAGES.map((p) => `${p} ${packageVersion(p)}`).join(', ')}`,
  ];
}
