// Given-steps for the chain e2e tests: the stories of docs/domain.md built through the real API.
import type { ApiHarness, GqlResponse } from '@schakel/api-harness';

/** Fields a mutation's payload adds to the CommandPayload ones. */
const PAYLOAD_FIELDS: Record<string, string> = {
  registerParty: 'partyId',
  registerWorker: 'workerId',
  openChain: 'chainId',
  engageParty: 'linkId',
  issueSafetyInstruction: 'instructionId instructionVersion',
  recordVergewisCheck: 'checkId',
  reportIncident: 'incidentId',
  assignCorrectiveAction: 'actionId',
  recordToolboxMeeting: 'meetingId',
  inviteMember: 'invitationId userId',
};

export interface Payload {
  streamId: string;
  version: number;
  eventIds: string[];
  recordedAt: string | null;
  replayed: boolean;
  [field: string]: unknown;
}

// Payloads that are not a CommandPayload: their whole selection.
const OWN_PAYLOADS: Record<string, string> = {
  importChainHistory: 'streamId version chainId importId entries sourceSha256',
};

export function mutationText(name: string): string {
  const type = name[0].toUpperCase() + name.slice(1);
  if (OWN_PAYLOADS[name]) return `mutation Run($input: ${type}Input!) { ${name}(input: $input) { ${OWN_PAYLOADS[name]} } }`;
  return `mutation Run($input: ${type}Input!) { ${name}(input: $input) { streamId version eventIds recordedAt replayed ${PAYLOAD_FIELDS[name] ?? ''} } }`;
}

/** Sends `name(input)`; the raw response. */
export function send(
  api: ApiHarness,
  name: string,
  input: Record<string, unknown>,
  token?: string,
  headers?: Record<string, string>,
): Promise<GqlResponse> {
  return api.gql(mutationText(name), { input }, token, headers);
}

/** Sends `name(input)` and expects it to succeed; the payload. */
export async function ok(api: ApiHarness, name: string, input: Record<string, unknown>, token: string): Promise<Payload> {
  const res = await send(api, name, input, token);
  expect({ mutation: name, errors: res.errors }).toEqual({ mutation: name, errors: undefined });
  return res.data![name] as Payload;
}

export interface Member {
  readonly id: string;
  /** A MANAGER token for the party. */
  readonly token: string;
}

export interface WorkerMember {
  readonly id: string;
  readonly partyId: string;
  /** A WORKER token for the worker. */
  readonly token: string;
}

/** The parties of stories 1–3 and their workers. */
export interface Cast {
  readonly admin: string;
  readonly principal: Member;
  readonly main: Member;
  readonly steel: Member;
  /** zzp'er under gezag of the steel subcontractor; reads Dutch. */
  readonly jan: Member;
  /** zzp'er, not under gezag; reads Polish. */
  readonly piotr: Member;
  readonly agency: Member;
  /** A party that is in no chain. */
  readonly outsider: Member;
  readonly workers: {
    readonly jan: WorkerMember;
    readonly piotr: WorkerMember;
    /** Lent workers of the agency: Polish and Dutch, Polish only. */
    readonly marek: WorkerMember;
    readonly tomasz: WorkerMember;
    /** A worker of the steel subcontractor itself. */
    readonly sanne: WorkerMember;
  };
}

export async function registerCast(api: ApiHarness): Promise<Cast> {
  const admin = api.token({ user: 'admin' });
  const party = async (name: string, kind: 'ORGANISATION' | 'PERSON', kvkNumber: string | null): Promise<Member> => {
    const { partyId } = await ok(api, 'registerParty', { kind, name, kvkNumber }, admin);
    return { id: partyId as string, token: api.token({ party: partyId as string, role: 'MANAGER' }) };
  };
  const worker = async (of: Member, name: string, languages: string[], relation: string): Promise<WorkerMember> => {
    const { workerId } = await ok(api, 'registerWorker', { partyId: of.id, name, languages, relation }, of.token);
    const id = workerId as string;
    return { id, partyId: of.id, token: api.token({ party: of.id, role: 'WORKER', worker: id }) };
  };
  const principal = await party('Woonstichting De Linie', 'ORGANISATION', '41012345');
  const main = await party('Bouwbedrijf Van Dijk', 'ORGANISATION', '52012345');
  const steel = await party('Staalbouw Noord', 'ORGANISATION', '63012345');
  const jan = await party('Jan de Vries', 'PERSON', '74012345');
  const piotr = await party('Piotr Nowak', 'PERSON', null);
  const agency = await party('Flex Uitzendbureau', 'ORGANISATION', '85012345');
  const outsider = await party('Elders BV', 'ORGANISATION', '96012345');
  return {
    admin,
    principal,
    main,
    steel,
    jan,
    piotr,
    agency,
    outsider,
    workers: {
      jan: await worker(jan, 'Jan de Vries', ['nl'], 'SELF'),
      piotr: await worker(piotr, 'Piotr Nowak', ['pl'], 'SELF'),
      marek: await worker(agency, 'Marek Kowalski', ['pl', 'nl'], 'LENT_WORKER'),
      tomasz: await worker(agency, 'Tomasz Zielinski', ['pl'], 'LENT_WORKER'),
      sanne: await worker(steel, 'Sanne Bakker', ['nl'], 'EMPLOYEE'),
    },
  };
}

/** Story 1: four tiers, with an agency and two zzp'ers below the steel subcontractor. */
export interface ChainOfStory1 {
  readonly chainId: string;
  readonly streamId: string;
  readonly links: { readonly main: string; readonly steel: string; readonly jan: string; readonly piotr: string; readonly agency: string };
}

export async function buildStory1(api: ApiHarness, cast: Cast): Promise<ChainOfStory1> {
  const opened = await ok(
    api,
    'openChain',
    { name: 'Renovatie Hoogstraat 12-40', description: '120 woningen', siteAddress: 'Hoogstraat 12, Utrecht', principalPartyId: cast.principal.id },
    cast.principal.token,
  );
  const chainId = opened.chainId as string;
  const engage = async (by: Member, to: Member, kind: string, scope: string, underAuthority = false) =>
    (await ok(api, 'engageParty', { chainId, partyId: to.id, kind, scope, underAuthority, startDate: '2026-09-01' }, by.token)).linkId as string;
  const main = await engage(cast.principal, cast.main, 'SUBCONTRACT', 'Hoofdaanneming renovatie');
  const steel = await engage(cast.main, cast.steel, 'SUBCONTRACT', 'Staalconstructie galerijen');
  const jan = await engage(cast.steel, cast.jan, 'SELF_EMPLOYED', 'Lassen', true);
  const piotr = await engage(cast.steel, cast.piotr, 'SELF_EMPLOYED', 'Montage leuningen');
  const agency = await engage(cast.steel, cast.agency, 'LENDING', 'Twee monteurs');
  return { chainId, streamId: opened.streamId, links: { main, steel, jan, piotr, agency } };
}

export const instructionV1 = {
  content: [
    { language: 'nl', title: 'Werken op hoogte', body: 'Boven 2,5 m altijd aanlijnen.' },
    { language: 'pl', title: 'Praca na wysokości', body: 'Powyżej 2,5 m zawsze się przypinaj.' },
  ],
  topics: ['WORK_AT_HEIGHT'],
};

export const instructionV2 = {
  content: [
    { language: 'nl', title: 'Werken op hoogte (v2)', body: 'Boven 2,5 m altijd aanlijnen; steigers dagelijks keuren.' },
    { language: 'pl', title: 'Praca na wysokości (v2)', body: 'Powyżej 2,5 m zawsze się przypinaj; rusztowania sprawdzaj codziennie.' },
  ],
  topics: ['WORK_AT_HEIGHT', 'SCAFFOLDING'],
};

/** An instant `days` before now, as ISO text. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 24 * 3600_000).toISOString();
}

/** Event types of the stream from `fromVersion` on, straight from the store. */
export async function typesFrom(api: ApiHarness, streamId: string, fromVersion: number): Promise<string[]> {
  return (await api.store.readStream(streamId, { fromVersion })).map((event) => event.type);
}
