import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { accessStreamId } from '@schakel/domain';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import request from 'supertest';
import { ChainQueries } from '@schakel/read-models';
import { ReplayQueries } from '../../apps/api/src/inspector/replay-queries';
import { RequestBudget } from '../../apps/api/src/limits/request-budget';
import { buildStory1, daysAgo, ok, registerCast, type Cast, type ChainOfStory1 } from './chain-story';

// Bounded requests: what one request may ask (aliases, depth, cost, tokens, string length), how
// often a caller may ask, and that work stops when its client leaves. Limits are counts, never
// timings: each refusal is asserted by its code and by the log not growing.

const TIMELINE = (alias: string, filter = '') => `${alias}: timeline(chainId: $chainId, clock: RECORDED${filter}) { total entries { eventId type } }`;
const aliased = (n: number, field: (i: number) => string, vars = '$chainId: ID!') =>
  `query Many${vars ? `(${vars})` : ''} { ${Array.from({ length: n }, (_, i) => field(i)).join(' ')} }`;

describe('bounded requests', () => {
  let api: ApiHarness;
  let cast: Cast;
  let chain: ChainOfStory1;
  let inspector: string;

  beforeAll(async () => {
    api = await startApi();
    cast = await registerCast(api);
    chain = await buildStory1(api, cast);
    const admin = api.token({ user: 'admin' });
    const nla = (await ok(api, 'registerParty', { kind: 'ORGANISATION', name: 'Nederlandse Arbeidsinspectie', kvkNumber: null }, admin)).partyId as string;
    const grant = { chainId: chain.chainId, inspectorPartyId: nla, validFrom: daysAgo(1), validUntil: new Date(Date.now() + 30 * 86400_000).toISOString() };
    await ok(api, 'grantInspectorAccess', grant, cast.principal.token);
    inspector = api.token({ party: nla, role: 'INSPECTOR', user: 'inspecteur-de-boer' });
  }, 60_000);
  afterAll(() => api?.close());

  /** Sends the query and expects a refusal with this code and reason that appended nothing to the log. */
  async function refusedWithoutWriting(query: string, variables: Record<string, unknown>, token: string, reason: string) {
    const before = await api.eventCount();
    const res = await api.gql(query, variables, token);
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(res.errors?.[0].message).not.toMatch(/internal/i);
    expect(await api.eventCount()).toBe(before);
    return res;
  }

  it('refuses 1,000 aliases of chains before running anything', async () => {
    await refusedWithoutWriting(aliased(1000, (i) => `c${i}: chains { id name }`, ''), {}, cast.principal.token, 'QUERY_TOO_LONG');
  });

  it('refuses 1,000 aliases of an inspector timeline and records no read at all', async () => {
    const reads = (await api.store.readStream(accessStreamId(chain.chainId))).length;
    await refusedWithoutWriting(aliased(1000, (i) => TIMELINE(`t${i}`)), { chainId: chain.chainId }, inspector, 'QUERY_TOO_LONG');
    expect(await api.store.readStream(accessStreamId(chain.chainId))).toHaveLength(reads);
  });

  it('refuses more aliases than the limit even when the document is short', async () => {
    const max = api.config.limits.maxAliases;
    const res = await refusedWithoutWriting(aliased(max + 1, (i) => `p${i}: myParty { id }`, ''), {}, cast.principal.token, 'QUERY_TOO_MANY_ALIASES');
    expect(res.errors?.[0].message).toContain(`at most ${max}`);
    const allowed = await api.gql(aliased(max, (i) => `p${i}: myParty { id }`, ''), {}, cast.principal.token);
    expect(allowed.errors).toBeUndefined();
  });

  it('refuses a query over the cost limit: a few aliases of a fold, or a page too large for what it selects', async () => {
    await refusedWithoutWriting(aliased(12, (i) => TIMELINE(`t${i}`)), { chainId: chain.chainId }, inspector, 'QUERY_TOO_COSTLY');
    const wide = `{ chains(first: 500) { id links { id } instructions { id versions { version acknowledgements { partyId workerId } } } } }`;
    const res = await refusedWithoutWriting(wide, {}, cast.principal.token, 'QUERY_TOO_COSTLY');
    expect(res.errors?.[0].message).toContain(`at most ${api.config.limits.maxCost}`);
  });

  it('refuses an 80 KB filter (inline or as a variable) before recording a read', async () => {
    const long = 'x'.repeat(80_000);
    const reads = (await api.store.readStream(accessStreamId(chain.chainId))).length;
    const inline = (text: string) => `query T($chainId: ID!) { timeline(chainId: $chainId, clock: RECORDED, filter: { types: ["${text}"] }) { total } }`;
    // inline, 80 KB makes the document itself too long; a string over maxStringLength in a short document is refused by name
    await refusedWithoutWriting(inline(long), { chainId: chain.chainId }, inspector, 'QUERY_TOO_LONG');
    const res = await refusedWithoutWriting(inline('y'.repeat(api.config.limits.maxStringLength + 1)), { chainId: chain.chainId }, inspector, 'INPUT_TOO_LONG');
    expect(res.errors?.[0].message).toContain('timeline.filter.types[0]');
    await refusedWithoutWriting(
      `query T($chainId: ID!, $filter: TimelineFilterInput) { timeline(chainId: $chainId, clock: RECORDED, filter: $filter) { total } }`,
      { chainId: chain.chainId, filter: { types: [long] } },
      inspector,
      'INPUT_TOO_LONG',
    );
    expect(await api.store.readStream(accessStreamId(chain.chainId))).toHaveLength(reads);
  });

  it('records an inspector\'s aliased reads of one chain in one request as ONE event, saying what each asked', async () => {
    const before = await api.store.readStream(accessStreamId(chain.chainId));
    const query = aliased(3, (i) => TIMELINE(`t${i}`, `, filter: { types: ["Type${i}"] }`));
    const res = await api.gql(query, { chainId: chain.chainId }, inspector);
    expect(res.errors).toBeUndefined();
    const after = await api.store.readStream(accessStreamId(chain.chainId));
    const added = after.slice(before.length);
    expect(added.map((e) => e.type)).toEqual(['InspectorReadRecorded']);
    const data = added[0].data as { query: string; subject: string };
    expect(data.query).toBe('timeline');
    expect(JSON.parse(data.subject)).toMatchObject({ reads: 3 });
    for (const i of [0, 1, 2]) expect(data.subject).toContain(`Type${i}`);
  });

  it('pages the chains list: first and after', async () => {
    const second = await ok(api, 'openChain', { name: 'Tweede project', description: 'Nieuwbouw', siteAddress: 'Kade 1, Utrecht', principalPartyId: cast.principal.id }, cast.principal.token);
    const ids = [chain.chainId, second.chainId as string].sort();
    const page1 = await api.gql(`{ chains(first: 1) { id } }`, {}, cast.principal.token);
    expect(page1.data!.chains).toEqual([{ id: ids[0] }]);
    const page2 = await api.gql(`query P($after: ID) { chains(first: 1, after: $after) { id } }`, { after: ids[0] }, cast.principal.token);
    expect(page2.data!.chains).toEqual([{ id: ids[1] }]);
    const tooMany = await api.gql(`{ chains(first: 501) { id } }`, {}, cast.principal.token);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE_SIZE_INVALID' });
  });

  it('stops a read whose client disconnected: the fold sees the abort', async () => {
    const server = api.app.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;

    // Hold the log read until the client has gone, and watch what the timeline fold throws.
    let readStarted!: () => void;
    const started = new Promise<void>((resolve) => (readStarted = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const readStream = api.store.readStream.bind(api.store);
    const hold = jest.spyOn(api.store, 'readStream').mockImplementationOnce(async (...args) => {
      readStarted();
      await released;
      return readStream(...args);
    });
    const abandon = jest.spyOn(RequestBudget.prototype, 'abandon');
    const replay = api.app.get(ReplayQueries);
    const timeline = replay.timeline.bind(replay);
    let stoppedWith: unknown = null;
    let stopped!: () => void;
    const foldStopped = new Promise<void>((resolve) => (stopped = resolve));
    const spy = jest.spyOn(replay, 'timeline').mockImplementation(async (...args) => {
      try {
        return await timeline(...args);
      } catch (error) {
        stoppedWith = error;
        stopped();
        throw error;
      }
    });
    try {
      const body = JSON.stringify({ query: 'query T($chainId: ID!) { timeline(chainId: $chainId, clock: RECORDED) { total } }', variables: { chainId: chain.chainId } });
      const client = httpRequest({ port, host: '127.0.0.1', path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${cast.principal.token}` } });
      client.on('error', () => undefined); // we hang up ourselves
      client.end(body);
      await started;
      client.destroy();
      while (abandon.mock.calls.length === 0) await new Promise((resolve) => setImmediate(resolve));
      release();
      await foldStopped;
      expect(stoppedWith).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'REQUEST_ABANDONED' });
    } finally {
      release();
      hold.mockRestore();
      abandon.mockRestore();
      spy.mockRestore();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('bounded requests under tighter limits', () => {
  let api: ApiHarness;
  let cast: Cast;

  beforeAll(async () => {
    api = await startApi({ SCHAKEL_RATE_LIMIT: '10', SCHAKEL_RATE_WINDOW_SECONDS: '3600', SCHAKEL_MAX_DEPTH: '3', SCHAKEL_MAX_TOKENS: '200', SCHAKEL_MAX_CONCURRENT_PER_CALLER: '1' });
    cast = await registerCast(api);
  }, 60_000);
  afterAll(() => api?.close());

  it('refuses a query nested deeper than the limit, and one with too many tokens', async () => {
    const deep = await api.gql(`query P($id: ID!) { party(id: $id) { workers { name } } }`, { id: cast.steel.id }, cast.steel.token);
    expect(deep.errors).toBeUndefined();
    const deeper = await api.gql(`{ chains { links { id } principal { workers { name } } } }`, {}, cast.steel.token);
    expect(deeper.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' });
    const long = await api.gql(`{ ${Array.from({ length: 70 }, () => 'myParty { id }').join(' ')} }`, {}, cast.steel.token);
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_LONG' });
  });

  it('answers a caller over its rate with TOO_MANY_REQUESTS and Retry-After; another caller is still served', async () => {
    // registerCast never used the outsider's token
    const server = api.app.getHttpServer();
    const ask = (token: string) =>
      request(server).post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${token}`).send({ query: '{ myParty { id } }' });
    const outsider = cast.outsider.token;
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push(await ask(outsider));
    expect(answers.slice(0, 10).map((r) => r.status)).toEqual(Array(10).fill(200));
    const limited = answers[10];
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.errors[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'RATE_LIMITED' });
    expect(limited.body.errors[0].message).toContain('at most 10');
    expect((await ask(cast.agency.token)).status).toBe(200);
    // health is never rate limited
    expect((await request(server).get('/health')).status).toBe(200);
  });

  it('refuses a caller\'s second request while its first is still in progress, and serves it again after', async () => {
    const server = api.app.getHttpServer();
    const { chainId } = await ok(api, 'openChain', { name: 'Project', description: 'Nieuwbouw', siteAddress: 'Kade 1, Utrecht', principalPartyId: cast.principal.id }, cast.principal.token);
    const query = { query: 'query T($c: ID!) { timeline(chainId: $c, clock: RECORDED) { total } }', variables: { c: chainId } };
    const ask = () => request(server).post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${cast.principal.token}`).send(query);
    let readStarted!: () => void;
    const started = new Promise<void>((resolve) => (readStarted = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const readStream = api.store.readStream.bind(api.store);
    const hold = jest.spyOn(api.store, 'readStream').mockImplementationOnce(async (...args) => {
      readStarted();
      await released;
      return readStream(...args);
    });
    try {
      const first = ask().then((r) => r);
      await started;
      const second = await ask();
      expect(second.status).toBe(429);
      expect(second.body.errors[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_IN_PROGRESS' });
      expect(second.headers['retry-after']).toBe('1');
      release();
      expect((await first).status).toBe(200);
      expect((await ask()).body.data.timeline.total).toBe(1);
    } finally {
      release();
      hold.mockRestore();
    }
  });
});

describe('a request over its time budget', () => {
  let api: ApiHarness;
  let cast: Cast;

  beforeAll(async () => {
    api = await startApi({ SCHAKEL_REQUEST_BUDGET_MS: '100' });
    cast = await registerCast(api);
  }, 60_000);
  afterAll(() => api?.close());

  it('stops its fold once the budget has passed and answers SERVICE_UNAVAILABLE saying why, never INTERNAL', async () => {
    const { chainId } = await ok(api, 'openChain', { name: 'Project', description: 'Nieuwbouw', siteAddress: 'Kade 1, Utrecht', principalPartyId: cast.principal.id }, cast.principal.token);
    // the log read outlasts the budget (no timing is asserted: the read waits for the budget to pass)
    const readStream = api.store.readStream.bind(api.store);
    const hold = jest.spyOn(api.store, 'readStream').mockImplementationOnce(async (...args) => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      return readStream(...args);
    });
    try {
      const res = await api.gql('query T($c: ID!) { timeline(chainId: $c, clock: RECORDED) { total } }', { c: chainId }, cast.principal.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'REQUEST_BUDGET_EXCEEDED', budgetMs: 100 });
      expect(res.errors?.[0].message).toContain('budget of 100 ms');
    } finally {
      hold.mockRestore();
    }
  });

  it('stops before the next SQL read of the read models once the budget has passed', async () => {
    const { chainId } = await ok(api, 'openChain', { name: 'Project leesmodel', principalPartyId: cast.principal.id }, cast.principal.token);
    // the chain's row is read, then the request waits past its budget: the links are never asked for
    const chains = ChainQueries.prototype.chains;
    const hold = jest.spyOn(ChainQueries.prototype, 'chains').mockImplementationOnce(async function (this: ChainQueries, ids) {
      const rows = await chains.call(this, ids);
      await new Promise((resolve) => setTimeout(resolve, 150));
      return rows;
    });
    const links = jest.spyOn(ChainQueries.prototype, 'links');
    try {
      const res = await api.gql('query C($c: ID!) { chain(id: $c) { name links { id } } }', { c: chainId }, cast.principal.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'REQUEST_BUDGET_EXCEEDED', budgetMs: 100 });
      expect(res.errors?.[0].message).toContain('budget of 100 ms');
      // the links read was asked for and stopped before its SQL
      expect(links).toHaveBeenCalledTimes(1);
      await expect(links.mock.results[0].value).rejects.toMatchObject({ reason: 'REQUEST_BUDGET_EXCEEDED' });
    } finally {
      hold.mockRestore();
      links.mockRestore();
    }
  });

  it.each([
    ['findings', 'query F($c: ID!) { findings(chainId: $c) { ruleId } }'],
    ['openFindings', 'query F { openFindings { total } }'],
    ['accidentRegister', 'query F($p: ID!) { accidentRegister(partyId: $p) { incidentId } }'],
    ['accidentRegisterCsv', 'query F($p: ID!) { accidentRegisterCsv(partyId: $p) }'],
  ])('stops the compliance fold of %s too once the budget has passed', async (_name, query) => {
    const { chainId } = await ok(api, 'openChain', { name: `Project ${_name}`, principalPartyId: cast.principal.id }, cast.principal.token);
    const readStream = api.store.readStream.bind(api.store);
    const hold = jest.spyOn(api.store, 'readStream').mockImplementation(async (...args) => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      return readStream(...args);
    });
    try {
      const variables = { ...(query.includes('$c') ? { c: chainId } : {}), ...(query.includes('$p') ? { p: cast.principal.id } : {}) };
      const res = await api.gql(query, variables, cast.principal.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'REQUEST_BUDGET_EXCEEDED' });
    } finally {
      hold.mockRestore();
    }
  });
});
