import { describePostgres } from '@schakel/testing';
import { buildWorld, operationsOf, WHO, type Who, type World } from './authz/authz-world';
import { subscriptionRows, type Heard } from './authz/subscription-rows';
import { listening, liveClient, liveUrl, settle, subscribe, until, type LiveClient, type LiveSubscription } from './live-client';

// The subscription matrix: every subscription × every identity on the four-tier chain with a
// sibling, an agency with lent workers, zzp'ers, an outsider with its own chain and two inspectors,
// each over a real WebSocket → what it heard while something happened, or the error it got when it
// subscribed. A subscription added to the schema without a row here fails the first test.

function subscriptionMatrix(store: 'sqlite' | 'postgres'): void {
  let world: World;
  let url: string;
  beforeAll(async () => {
    world = await buildWorld(store);
    url = await liveUrl(world.api);
  }, 120_000);
  afterAll(() => world?.close(), 60_000);

  it('has a row for every subscription of the schema, and no row for a subscription that is gone', () => {
    expect([...new Set(subscriptionRows.map((row) => row.subscription))].sort()).toEqual(operationsOf(world, 'subscription'));
  });

  it.each(subscriptionRows.map((row) => [`${row.subscription}: ${row.what}`, row] as const))('%s', async (_, row) => {
    const clients: LiveClient[] = [];
    const subscriptions = {} as Record<Who, LiveSubscription>;
    try {
      for (const who of WHO) {
        const live = liveClient(url, { token: world.token(who) });
        clients.push(live);
        subscriptions[who] = subscribe(live, row.query, row.variables(world));
      }
      // every identity subscribed: it listens, or it was refused
      const refused = (expected: unknown) => typeof expected === 'string';
      const listeners = WHO.filter((who) => !refused(row.expect[who])).length;
      await until(() => WHO.every((who) => !refused(row.expect[who]) || subscriptions[who].errors.length > 0));
      await listening(world.api, listeners);
      await row.happen(world);
      const hearers = WHO.filter((who) => Array.isArray(row.expect[who]) && (row.expect[who] as string[]).length > 0);
      await until(() => hearers.every((who) => subscriptions[who].received.length >= (row.expect[who] as string[]).length));
      // and a while longer for what should not come
      await settle(1000);
      const heard = {} as Record<Who, Heard>;
      for (const who of WHO) {
        const { errors, received } = subscriptions[who];
        heard[who] = errors.length > 0 ? errors[0] : received.map((update) => world.label(row.label(update)));
      }
      if (process.env.AUTHZ_PRINT) console.log(row.subscription, row.what, JSON.stringify(heard, null, 1));
      expect(heard).toEqual(row.expect);
    } finally {
      for (const live of clients) await live.dispose();
    }
  });
}

describe('who hears what (SQLite)', () => subscriptionMatrix('sqlite'));
describePostgres('who hears what (PostgreSQL)', () => subscriptionMatrix('postgres'));
