import { graphqlRequest } from '../graphql-request';

/** The GraphQL calls case 7 makes to set up its chains and to check what its load stored. */
export const REGISTER_PARTY = 'mutation RegisterParty($input: RegisterPartyInput!) { registerParty(input: $input) { partyId } }';
const OPEN_CHAIN = 'mutation OpenChain($input: OpenChainInput!) { openChain(input: $input) { chainId version } }';
const ENGAGE = 'mutation EngageParty($input: EngagePartyInput!) { engageParty(input: $input) { linkId } }';
export const REPORT = 'mutation ReportIncident($input: ReportIncidentInput!) { reportIncident(input: $input) { incidentId version } }';
export const INCIDENTS = 'query ChainIncidents($id: ID!) { chain(id: $id) { version incidents { id } } }';

/** A typed failure of the end-to-end setup or of a request the bench relies on. */
export class HttpBenchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HttpBenchError';
  }
}

export class Api {
  constructor(readonly url: string) {}

  request<T = any>(token: string, query: string, variables: Record<string, unknown>): Promise<T> {
    return graphqlRequest<T>(this.url, token, query, variables, (message) => new HttpBenchError(message));
  }
}

/** A chain opened through the API, and its principal's manager (a token), who may report on it. */
export interface BenchHttpChain {
  readonly manager: string;
  readonly principalPartyId: string;
  readonly chainId: string;
}

/** Registers a principal and a main contractor, opens a chain and engages the contractor, as a manager does. */
export async function aChain(api: Api, admin: string, mint: (partyId: string) => string): Promise<BenchHttpChain> {
  // no KvK number: one number is one party, and the case opens many chains with parties of their own
  const party = async (name: string) =>
    (await api.request(admin, REGISTER_PARTY, { input: { name, kind: 'ORGANISATION', kvkNumber: null } })).registerParty.partyId as string;
  const principal = await party('Woonstichting De Linde');
  const main = await party('Bouwbedrijf Van Dijk BV');
  const manager = mint(principal);
  const { openChain } = await api.request(manager, OPEN_CHAIN, {
    input: { name: 'Renovatie Zuiderpark', description: 'Dakrenovatie blok A–D', siteAddress: 'Zuiderparklaan 12, Den Haag', principalPartyId: principal },
  });
  await api.request(manager, ENGAGE, {
    input: { chainId: openChain.chainId, partyId: main, kind: 'SUBCONTRACT', scope: 'Hoofdaanneming', underAuthority: false, startDate: new Date().toISOString().slice(0, 10) },
  });
  return { manager, principalPartyId: principal, chainId: openChain.chainId };
}

/** reportIncident's variables for a near miss: repeatable, as the incident's id is generated. */
export const nearMiss = (chainId: string) => ({
  input: {
    chainId,
    kind: 'NEAR_MISS',
    happenedAt: new Date(Date.now() - 3_600_000).toISOString(),
    location: 'Steiger blok B, 3e verdieping',
    description: 'Losse steigerplank opgemerkt voordat iemand erop stapte; direct vastgezet.',
    topics: ['WORK_AT_HEIGHT'],
  },
});

/** Waits until a count stops moving (requests autocannon left in flight finish after it exits), and returns it. */
export async function settled(count: () => Promise<number>): Promise<number> {
  let last = await count();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const now = await count();
    if (now === last) return now;
    last = now;
  }
}
