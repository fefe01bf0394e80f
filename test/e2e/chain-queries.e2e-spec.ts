import { startApi, type ApiHarness } from '@schakel/api-harness';
import { buildStory1, ok, registerCast, type Cast, type ChainOfStory1 } from './chain-story';

const CHAIN = `query Chain($id: ID!) {
  chain(id: $id) {
    id name version viewerIsPrincipal
    principal { id name }
    tree { depth partyId partyName kind active }
    links { id fromPartyId toPartyId kind }
    parties { id }
    incidents { id reporterPartyId }
  }
}`;

describe('reading a chain: who sees what', () => {
  let api: ApiHarness;
  let cast: Cast;
  let chain: ChainOfStory1;
  let incidentId: string;

  beforeAll(async () => {
    api = await startApi();
    cast = await registerCast(api);
    chain = await buildStory1(api, cast);
    const reported = await ok(
      api,
      'reportIncident',
      { chainId: chain.chainId, kind: 'NEAR_MISS', happenedAt: new Date(Date.now() - 3600_000).toISOString(), location: 'Steiger blok B', description: 'Losse steigerplank', topics: ['SCAFFOLDING'] },
      cast.agency.token,
    );
    incidentId = reported.incidentId as string;
  });
  afterAll(() => api.close());

  const read = async (token: string) => api.gql(CHAIN, { id: chain.chainId }, token);

  it('the principal sees every tier, depth first', async () => {
    const { data, errors } = await read(cast.principal.token);
    expect(errors).toBeUndefined();
    expect(data!.chain.viewerIsPrincipal).toBe(true);
    expect(data!.chain.principal).toEqual({ id: cast.principal.id, name: 'Woonstichting De Linie' });
    expect(data!.chain.tree.map((n: { depth: number; partyName: string; kind: string | null }) => [n.depth, n.partyName, n.kind])).toEqual([
      [0, 'Woonstichting De Linie', null],
      [1, 'Bouwbedrijf Van Dijk', 'SUBCONTRACT'],
      [2, 'Staalbouw Noord', 'SUBCONTRACT'],
      [3, 'Jan de Vries', 'SELF_EMPLOYED'],
      [3, 'Piotr Nowak', 'SELF_EMPLOYED'],
      [3, 'Flex Uitzendbureau', 'LENDING'],
    ]);
    expect(data!.chain.links).toHaveLength(5);
    expect(data!.chain.incidents.map((i: { id: string }) => i.id)).toEqual([incidentId]);
  });

  it('a subcontractor sees its own link and everything below it, not the tiers above its engager', async () => {
    const { data, errors } = await read(cast.steel.token);
    expect(errors).toBeUndefined();
    expect(data!.chain.viewerIsPrincipal).toBe(false);
    expect(data!.chain.tree.map((n: { depth: number; partyName: string }) => [n.depth, n.partyName])).toEqual([
      [0, 'Bouwbedrijf Van Dijk'],
      [1, 'Staalbouw Noord'],
      [2, 'Jan de Vries'],
      [2, 'Piotr Nowak'],
      [2, 'Flex Uitzendbureau'],
    ]);
    const linkIds = data!.chain.links.map((l: { id: string }) => l.id).sort();
    expect(linkIds).toEqual([chain.links.steel, chain.links.jan, chain.links.piotr, chain.links.agency].sort());
    expect(data!.chain.parties.map((p: { id: string }) => p.id)).not.toContain(cast.principal.id);
    expect(data!.chain.incidents).toHaveLength(1);
  });

  it('a zzp\'er sees its own link only, and not an incident reported by another party below the same subcontractor', async () => {
    const { data, errors } = await read(cast.jan.token);
    expect(errors).toBeUndefined();
    expect(data!.chain.links.map((l: { id: string }) => l.id)).toEqual([chain.links.jan]);
    expect(data!.chain.incidents).toEqual([]);
  });

  it('an outsider is refused with FORBIDDEN, and a refused read writes nothing', async () => {
    const before = await api.eventCount();
    const { data, errors } = await read(cast.outsider.token);
    expect(data).toBeNull();
    expect(errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CHAIN_NOT_VISIBLE' });
    expect(await api.eventCount()).toBe(before);
    const chains = await api.gql(`{ chains { id } }`, {}, cast.outsider.token);
    expect(chains.data!.chains).toEqual([]);
  });

  it('an administrator registers parties but reads no chains', async () => {
    const { errors } = await read(cast.admin);
    expect(errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
  });

  it('an unknown chain is NOT_FOUND; a malformed token is UNAUTHENTICATED', async () => {
    const unknown = await api.gql(CHAIN, { id: '0190b8a0-0000-7000-8000-00000000dead' }, cast.principal.token);
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CHAIN_NOT_FOUND' });
    const forged = await read(cast.principal.token.slice(0, -4) + 'AAAA');
    expect(forged.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH_TOKEN_INVALID' });
  });

  it('lists the chains of the caller\'s party, and shows a party only to those who may see it', async () => {
    const mine = await api.gql(`{ chains { id } }`, {}, cast.agency.token);
    expect(mine.data!.chains).toEqual([{ id: chain.chainId }]);
    const seen = await api.gql(`query P($id: ID!) { party(id: $id) { name workers { name } } }`, { id: cast.agency.id }, cast.steel.token);
    expect(seen.data!.party).toEqual({ name: 'Flex Uitzendbureau', workers: [{ name: 'Marek Kowalski' }, { name: 'Tomasz Zielinski' }] });
    const hidden = await api.gql(`query P($id: ID!) { party(id: $id) { name } }`, { id: cast.principal.id }, cast.outsider.token);
    expect(hidden.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PARTY_NOT_VISIBLE' });
  });
});
