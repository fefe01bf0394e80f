import { describePostgres } from '@schakel/testing';
import { buildWorld, operationsOf, WHO, type Who, type World } from './authz/authz-world';
import { readRows, type Seen } from './authz/read-rows';
import { downloadRows } from './authz/download-rows';

// The read matrix: every query × every identity on the four-tier chain with a sibling, an agency
// with lent workers, zzp'ers, an outsider with its own chain and two inspectors. A query added to
// the schema without a row here fails the first test.

function readMatrix(store: 'sqlite' | 'postgres'): void {
  let world: World;
  beforeAll(async () => {
    world = await buildWorld(store);
  }, 120_000);
  afterAll(() => world?.close(), 60_000);

  it('has a row for every query of the schema, and no row for a query that is gone', () => {
    expect([...new Set(readRows.map((row) => row.query))].sort()).toEqual(operationsOf(world, 'query'));
  });

  it.each(readRows.map((row) => [`${row.query}: ${row.what}`, row] as const))('%s', async (_, row) => {
    const seen = {} as Record<Who, Seen>;
    for (const who of WHO) seen[who] = await row.probe(world, who);
    if (process.env.AUTHZ_PRINT) console.log(row.query, row.what, JSON.stringify(seen, null, 1));
    expect(seen).toEqual(row.expect);
  });

  // the app's downloads with their progress: the same people as the queries they stand beside
  it.each(downloadRows.map((row) => [row.what, row] as const))('GET %s', async (_, row) => {
    const seen = {} as Record<Who, string>;
    for (const who of WHO) seen[who] = await row.probe(world, who);
    expect(seen).toEqual(row.expect);
  });
}

describe('who may see what (SQLite)', () => readMatrix('sqlite'));
describePostgres('who may see what (PostgreSQL)', () => readMatrix('postgres'));
