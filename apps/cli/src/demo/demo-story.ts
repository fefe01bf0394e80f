import type { GraphqlClient } from './graphql-client';

type Mint = (who: { party?: string; role: 'ADMIN' | 'MANAGER' | 'WORKER'; worker?: string }) => string;

export interface DemoParty {
  readonly key: string;
  readonly id: string;
  readonly name: string;
}

export interface DemoResult {
  readonly chainId: string;
  readonly parties: Record<string, DemoParty>;
  readonly workers: Record<string, { id: string; partyId: string; name: string }>;
  readonly instructionId: string;
}

const REGISTER_PARTY = `mutation RegisterParty($input: RegisterPartyInput!) { registerParty(input: $input) { partyId } }`;
const REGISTER_WORKER = `mutation RegisterWorker($input: RegisterWorkerInput!) { registerWorker(input: $input) { workerId } }`;
const OPEN_CHAIN = `mutation OpenChain($input: OpenChainInput!) { openChain(input: $input) { chainId version } }`;
const ENGAGE = `mutation EngageParty($input: EngagePartyInput!) { engageParty(input: $input) { linkId } }`;
const ISSUE = `mutation IssueSafetyInstruction($input: IssueSafetyInstructionInput!) { issueSafetyInstruction(input: $input) { instructionId version } }`;
const PASS_DOWN = `mutation PassDownInstruction($input: PassDownInstructionInput!) { passDownInstruction(input: $input) { version } }`;
const ACKNOWLEDGE = `mutation AcknowledgeInstruction($input: AcknowledgeInstructionInput!) { acknowledgeInstruction(input: $input) { version } }`;

const WORK_AT_HEIGHT = (version: number) => [
  {
    language: 'nl',
    title: `Werken op hoogte, versie ${version}`,
    body:
      'Boven 2,5 meter altijd collectieve valbeveiliging (steigerleuning, vangnet). Waar dat niet kan: harnas met valstopapparaat, aangelijnd aan een gekeurd ankerpunt.' +
      (version > 1 ? ' Nieuw in v2: steigers worden vóór elke dienst door een deskundige gecontroleerd en afgetekend op de steigerkaart.' : ''),
  },
  {
    language: 'pl',
    title: `Praca na wysokości, wersja ${version}`,
    body:
      'Powyżej 2,5 metra zawsze zabezpieczenie zbiorowe (poręcz rusztowania, siatka). Gdzie to niemożliwe: szelki z urządzeniem samohamownym, przypięte do sprawdzonego punktu kotwiczenia.' +
      (version > 1 ? ' Nowość w v2: rusztowania są sprawdzane przed każdą zmianą przez osobę kompetentną i podpisywane na karcie rusztowania.' : ''),
  },
];

/**
 * DOMAIN.md stories 1 and 2, through the GraphQL API: a housing association opens a project; the
 * main contractor engages a steel subcontractor, which engages two zzp'ers and hires two workers
 * from an agency. "Work at height" v1 and v2 flow down; one zzp'er acknowledged only v1.
 */
export async function runDemoStory(api: GraphqlClient, mint: Mint, today: string): Promise<DemoResult> {
  const admin = mint({ role: 'ADMIN' });
  const register = async (key: string, name: string, kind: 'ORGANISATION' | 'PERSON', kvkNumber: string | null): Promise<DemoParty> => {
    const { registerParty } = await api.request(admin, REGISTER_PARTY, { input: { name, kind, kvkNumber } });
    return { key, id: registerParty.partyId, name };
  };
  const parties = {
    principal: await register('principal', 'Woonstichting De Linde', 'ORGANISATION', '41056123'),
    main: await register('main', 'Bouwbedrijf Van Dijk BV', 'ORGANISATION', '27124589'),
    steel: await register('steel', 'Staalbouw Kowalski BV', 'ORGANISATION', '60231477'),
    zzpPiotr: await register('zzpPiotr', 'Piotr Nowak (zzp)', 'PERSON', '85012364'),
    zzpJan: await register('zzpJan', 'Jan de Vries (zzp)', 'PERSON', '74839201'),
    agency: await register('agency', 'FlexBouw Uitzendbureau BV', 'ORGANISATION', '34098871'),
  };
  const manager = (p: DemoParty) => mint({ party: p.id, role: 'MANAGER' });

  const worker = async (party: DemoParty, name: string, languages: string[], relation: string) => {
    const { registerWorker } = await api.request(manager(party), REGISTER_WORKER, { input: { partyId: party.id, name, languages, relation } });
    return { id: registerWorker.workerId as string, partyId: party.id, name };
  };
  const workers = {
    piotr: await worker(parties.zzpPiotr, 'Piotr Nowak', ['pl', 'nl'], 'SELF'),
    jan: await worker(parties.zzpJan, 'Jan de Vries', ['nl'], 'SELF'),
    marek: await worker(parties.agency, 'Marek Wiśniewski', ['pl'], 'LENT_WORKER'),
    tomasz: await worker(parties.agency, 'Tomasz Zieliński', ['pl', 'en'], 'LENT_WORKER'),
  };

  const { openChain } = await api.request(manager(parties.principal), OPEN_CHAIN, {
    input: {
      name: 'Renovatie 48 woningen Zuiderpark',
      description: 'Dakrenovatie en nieuwe stalen galerijen, blok A–D',
      siteAddress: 'Zuiderparklaan 12, Den Haag',
      principalPartyId: parties.principal.id,
    },
  });
  const chainId: string = openChain.chainId;
  const engage = async (from: DemoParty, to: DemoParty, kind: string, scope: string, underAuthority = false) => {
    const { engageParty } = await api.request(manager(from), ENGAGE, {
      input: { chainId, partyId: to.id, kind, scope, underAuthority, startDate: today },
    });
    return engageParty.linkId as string;
  };
  await engage(parties.principal, parties.main, 'SUBCONTRACT', 'Hoofdaanneming renovatie');
  const toSteel = await engage(parties.main, parties.steel, 'SUBCONTRACT', 'Stalen galerijen en trappen');
  const toPiotr = await engage(parties.steel, parties.zzpPiotr, 'SELF_EMPLOYED', 'Lassen galerijen', true);
  const toJan = await engage(parties.steel, parties.zzpJan, 'SELF_EMPLOYED', 'Montage leuningen');
  const toAgency = await engage(parties.steel, parties.agency, 'LENDING', 'Twee monteurs, 12 weken');

  const content = { chainId, topics: ['WORK_AT_HEIGHT'] };
  const { issueSafetyInstruction: v1 } = await api.request(manager(parties.main), ISSUE, { input: { ...content, content: WORK_AT_HEIGHT(1) } });
  const instructionId: string = v1.instructionId;
  const passDown = async (from: DemoParty, linkId: string, version: number) =>
    api.request(manager(from), PASS_DOWN, { input: { chainId, instructionId, version, linkId } });
  const acknowledge = async (token: string, version: number, language: string, workerId?: string) =>
    api.request(token, ACKNOWLEDGE, { input: { chainId, instructionId, version, language, workerId } });

  await passDown(parties.main, toSteel, 1);
  await passDown(parties.steel, toPiotr, 1);
  await acknowledge(mint({ party: parties.zzpPiotr.id, role: 'WORKER', worker: workers.piotr.id }), 1, 'pl', workers.piotr.id);

  await api.request(manager(parties.main), ISSUE, { input: { ...content, supersedesInstructionId: instructionId, content: WORK_AT_HEIGHT(2) } });
  await passDown(parties.main, toSteel, 2);
  await acknowledge(manager(parties.steel), 2, 'nl');
  await passDown(parties.steel, toPiotr, 2);
  await passDown(parties.steel, toJan, 2);
  await passDown(parties.steel, toAgency, 2);
  await acknowledge(manager(parties.zzpJan), 2, 'nl');
  await acknowledge(mint({ party: parties.zzpJan.id, role: 'WORKER', worker: workers.jan.id }), 2, 'nl', workers.jan.id);
  await acknowledge(manager(parties.agency), 2, 'nl');
  await acknowledge(manager(parties.agency), 2, 'pl', workers.marek.id);
  await acknowledge(manager(parties.agency), 2, 'pl', workers.tomasz.id);
  return { chainId, parties, workers, instructionId };
}
