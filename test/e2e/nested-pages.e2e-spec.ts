import { accessStreamId } from '@schakel/domain';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import { buildStory1, daysAgo, ok, registerCast, type Cast, type ChainOfStory1 } from './chain-story';

// Every list of objects that grows with the data is paged: `first` (default 100, at most 500) and
// `offset`. Pages of a nested list put together give the whole list; a page out of range is
// refused before anything runs, with nothing written (not even an inspector's read).

describe('nested lists are paged', () => {
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

  /** Pages of `size` until a short one, through a query taking $first and $offset; returns them all. */
  async function allPages(query: string, pick: (data: any) => unknown[], token: string, size: number) {
    const pages: unknown[][] = [];
    for (let offset = 0; ; offset += size) {
      const res = await api.gql(query, { chainId: chain.chainId, first: size, offset, asOf: new Date().toISOString() }, token);
      expect(res.errors).toBeUndefined();
      const page = pick(res.data);
      expect(page.length).toBeLessThanOrEqual(size);
      pages.push(page);
      if (page.length < size) return pages;
    }
  }

  async function refused(query: string, variables: Record<string, unknown>, token: string, reason: string) {
    const events = await api.eventCount();
    const res = await api.gql(query, { chainId: chain.chainId, asOf: new Date().toISOString(), ...variables }, token);
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(res.errors?.[0].message).toMatch(reason === 'PAGE_SIZE_INVALID' ? /first must be from 1 to 500/ : /offset must be 0 or more/);
    expect(await api.eventCount()).toBe(events);
  }

  const cases = [
    {
      list: 'Chain.links',
      query: 'query Q($chainId: ID!, $first: Int!, $offset: Int!) { chain(id: $chainId) { links(first: $first, offset: $offset) { id } } }',
      whole: '{ chain(id: $chainId) { links { id } } }',
      pick: (d: any) => d.chain.links,
      token: () => cast.principal.token,
    },
    {
      list: 'Chain.tree',
      query: 'query Q($chainId: ID!, $first: Int!, $offset: Int!) { chain(id: $chainId) { tree(first: $first, offset: $offset) { partyName depth } } }',
      whole: '{ chain(id: $chainId) { tree { partyName depth } } }',
      pick: (d: any) => d.chain.tree,
      token: () => cast.principal.token,
    },
    {
      list: 'ChainAsOf.activeLinks (an inspector replay)',
      query:
        'query Q($chainId: ID!, $asOf: DateTime!, $first: Int!, $offset: Int!) { chainAsOf(chainId: $chainId, asOf: $asOf, clock: RECORDED) { activeLinks(first: $first, offset: $offset) { id } } }',
      whole: '{ chainAsOf(chainId: $chainId, asOf: $asOf, clock: RECORDED) { activeLinks { id } } }',
      pick: (d: any) => d.chainAsOf.activeLinks,
      token: () => inspector,
    },
  ];

  describe.each(cases)('$list', ({ query, whole, pick, token }) => {
    it('gives the whole list in pages of `first` from `offset`', async () => {
      const vars = whole.includes('$asOf') ? '($chainId: ID!, $asOf: DateTime!)' : '($chainId: ID!)';
      const all = await api.gql(`query W${vars} ${whole}`, { chainId: chain.chainId, asOf: new Date().toISOString() }, token());
      expect(all.errors).toBeUndefined();
      const expected = pick(all.data);
      expect(expected.length).toBeGreaterThanOrEqual(5);
      const pages = await allPages(query, pick, token(), 2);
      expect(pages.length).toBe(Math.floor(expected.length / 2) + 1);
      expect(pages.flat()).toEqual(expected);
    });

    it('refuses `first` over 500, under 1, and a negative offset, writing nothing', async () => {
      const reads = (await api.store.readStream(accessStreamId(chain.chainId))).length;
      await refused(query, { first: 501, offset: 0 }, token(), 'PAGE_SIZE_INVALID');
      await refused(query, { first: 0, offset: 0 }, token(), 'PAGE_SIZE_INVALID');
      await refused(query, { first: 10, offset: -1 }, token(), 'PAGE_OFFSET_INVALID');
      expect(await api.store.readStream(accessStreamId(chain.chainId))).toHaveLength(reads);
    });
  });

  it('counts a nested page in the cost: the same list is allowed at its default and refused at first: 500 under 100 chains', async () => {
    const allowed = await api.gql('{ chains(first: 100) { id links { id kind } } }', {}, cast.principal.token);
    expect(allowed.errors).toBeUndefined();
    const costly = await api.gql('{ chains(first: 100) { id links(first: 500) { id kind } } }', {}, cast.principal.token);
    expect(costly.data).toBeNull();
    expect(costly.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY' });
  });
});
