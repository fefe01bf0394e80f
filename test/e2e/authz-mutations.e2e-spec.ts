import { describePostgres } from '@schakel/testing';
import { send } from './chain-story';
import { buildWorld, errorOf, operationsOf, WHO, type Who, type World } from './authz/authz-world';
import { mutationRows, OK } from './authz/mutation-rows';

// The mutation matrix: every mutation × every identity on the four-tier chain with a sibling, an
// agency with lent workers, zzp'ers, an outsider with its own chain and two inspectors → allowed,
// or the stable error code and reason. A refused call writes nothing. A mutation added to the
// schema without a row here fails the first test.

function mutationMatrix(store: 'sqlite' | 'postgres'): void {
  let world: World;
  beforeAll(async () => {
    world = await buildWorld(store);
  }, 120_000);
  afterAll(() => world?.close(), 60_000);

  it('has a row for every mutation of the schema, and no row for a mutation that is gone', () => {
    expect([...new Set(mutationRows.map((row) => row.mutation))].sort()).toEqual(operationsOf(world, 'mutation'));
  });

  it.each(mutationRows.map((row) => [`${row.mutation}: ${row.what}`, row] as const))('%s', async (_, row) => {
    const outcome = {} as Record<Who, string>;
    for (const who of WHO) {
      const before = await world.api.eventCount();
      const res = row.send ? await row.send(world, who) : await send(world.api, row.mutation, row.input(world, who), world.token(who));
      const error = errorOf(res);
      outcome[who] = error ?? OK;
      if (error) expect({ who, written: (await world.api.eventCount()) - before }).toEqual({ who, written: 0 });
    }
    if (process.env.AUTHZ_PRINT) console.log(row.mutation, row.what, JSON.stringify(outcome, null, 1));
    expect(outcome).toEqual(row.expect);
  });
}

describe('who may do what (SQLite)', () => mutationMatrix('sqlite'));
describePostgres('who may do what (PostgreSQL)', () => mutationMatrix('postgres'));
