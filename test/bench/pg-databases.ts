import { Client } from 'pg';

// The bench's own databases on the local server: `schakel_bench_<pid>_<n>`, dropped at the end.
const SERVER = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
let created = 0;

export function pgServerUrl(database: string): string {
  const url = new URL(SERVER);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: SERVER });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates a fresh, uniquely named database and returns its name. */
export async function createBenchDatabase(purpose: string): Promise<string> {
  const name = `schakel_bench_${process.pid}_${++created}_${purpose.replace(/[^a-z0-9]/g, '')}`;
  await onServer((client) => client.query(`CREATE DATABASE ${name}`));
  return name;
}

export async function dropBenchDatabase(name: string): Promise<void> {
  if (!/^schakel_bench_\d+_/.test(name)) throw new RangeError(`${name} is not a bench database`);
  await onServer((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

export async function postgresVersion(): Promise<string> {
  return onServer(async (client) => (await client.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version);
}
