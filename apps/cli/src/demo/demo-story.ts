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
  /** SHA-256 of the history file the principal imported. */
  readonly importSha256: string;
  /** Days of the story the later stories build on. */
  readonly days: { readonly siteStart: string; readonly toolbox: string };
}

const REGISTER_PARTY = `mutation RegisterParty($input: RegisterPartyInput!) { registerParty(input: $input) { partyId } }`;
const REGISTER_WORKER = `mutation RegisterWorker($input: RegisterWorkerInput!) { registerWorker(input: $input) { workerId } }`;
const IMPORT = `mutation ImportChainHistory($input: ImportChainHistoryInput!) { importChainHistory(input: $input) { chainId sourceSha256 entries } }`;
const DESCRIBE = `mutation DescribeConstructionProject($input: DescribeConstructionProjectInput!) { describeConstructionProject(input: $input) { version } }`;
const INSTRUCTIONS = `query DemoInstructions($id: ID!) { chain(id: $id) { instructions { id } } }`;
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

/** An instant `days` before `now`, at a given UTC hour: the story's days, on valid time. */
export function dayBefore(now: number, days: number, hour = 7): string {
  const d = new Date(now - days * 86400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
}
const dateOf = (iso: string) => iso.slice(0, 10);

/**
 * docs/domain.md stories 8, 1 and 2, through the GraphQL API, in the story's own time. Two months ago a
 * housing association started a project; the main contractor engaged a steel subcontractor, which
 * engaged two zzp'ers and hires two workers from an agency. "Work at height" v1 and v2 flowed down;
 * Piotr acknowledged only v1. That history was kept on paper: the association imports it today
 * (story 8: claimed dates, recorded now, marked imported). Then live: Jan acknowledges v2 on his
 * phone (his own act), and the agency types in the toolbox list its two fitters signed on paper
 * (a manager's entry on their behalf, dated the day they signed).
 */
export async function runDemoStory(api: GraphqlClient, mint: Mint, today: string): Promise<DemoResult> {
  const now = Date.parse(today); // the story's days count back from today
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

  // story 8: the paper history, imported by the principal with the days it claims
  const day = (days: number, hour = 7) => dayBefore(now, days, hour);
  const engage = (ref: string, by: DemoParty, to: DemoParty, kind: string, scope: string, days: number, underAuthority = false) => ({
    type: 'ENGAGE_PARTY', ref, by: by.id, occurredAt: day(days), engagedPartyId: to.id, kind, scope, underAuthority, startDate: dateOf(day(days - 2)),
  });
  const passDown = (link: string, by: DemoParty, version: number, days: number) => ({
    type: 'PASS_DOWN_INSTRUCTION', by: by.id, occurredAt: day(days), instruction: 'work-at-height', version, link,
  });
  const signed = (by: DemoParty, version: number, language: string, days: number, workerId?: string) => ({
    type: 'ACKNOWLEDGEMENT', by: by.id, occurredAt: day(days, 7), instruction: 'work-at-height', version, language, ...(workerId ? { workerId } : {}),
  });
  const history = {
    format: 'schakel-chain-history/1',
    source: 'Woonstichting De Linde: project file Zuiderpark (contracts, instruction register, toolbox lists)',
    chain: { name: 'Renovatie 48 woningen Zuiderpark', description: 'Dakrenovatie en nieuwe stalen galerijen, blok A–D', siteAddress: 'Zuiderparklaan 12, Den Haag', openedAt: day(60) },
    entries: [
      engage('main', parties.principal, parties.main, 'SUBCONTRACT', 'Hoofdaanneming renovatie', 58),
      engage('steel', parties.main, parties.steel, 'SUBCONTRACT', 'Stalen galerijen en trappen', 50),
      { type: 'ISSUE_INSTRUCTION', ref: 'work-at-height', by: parties.main.id, occurredAt: day(47), content: WORK_AT_HEIGHT(1), topics: ['WORK_AT_HEIGHT'] },
      passDown('steel', parties.main, 1, 46),
      engage('piotr', parties.steel, parties.zzpPiotr, 'SELF_EMPLOYED', 'Lassen galerijen', 46, true),
      engage('jan', parties.steel, parties.zzpJan, 'SELF_EMPLOYED', 'Montage leuningen', 46),
      engage('agency', parties.steel, parties.agency, 'LENDING', 'Twee monteurs, 12 weken', 45),
      passDown('piotr', parties.steel, 1, 45),
      signed(parties.zzpPiotr, 1, 'pl', 44, workers.piotr.id),
      { type: 'ISSUE_INSTRUCTION', supersedes: 'work-at-height', by: parties.main.id, occurredAt: day(20), content: WORK_AT_HEIGHT(2), topics: ['WORK_AT_HEIGHT'] },
      passDown('steel', parties.main, 2, 19),
      signed(parties.steel, 2, 'nl', 19),
      passDown('piotr', parties.steel, 2, 18),
      passDown('jan', parties.steel, 2, 18),
      passDown('agency', parties.steel, 2, 18),
      signed(parties.zzpJan, 2, 'nl', 17),
      signed(parties.agency, 2, 'nl', 17),
    ],
  };
  const { importChainHistory } = await api.request(manager(parties.principal), IMPORT, { input: { content: JSON.stringify(history, null, 2) } });
  const chainId: string = importChainHistory.chainId;
  // the site as the principal estimates it: above the thresholds for prior notice to the NLA
  await api.request(manager(parties.principal), DESCRIBE, {
    input: { chainId, estimatedWorkingDays: 120, peakSimultaneousWorkers: 24, personDays: 1900, plannedSiteStart: dateOf(day(45)) },
  });

  const { chain } = await api.request(manager(parties.principal), INSTRUCTIONS, { id: chainId });
  const instructionId: string = chain.instructions[0].id;
  const acknowledge = async (token: string, version: number, language: string, workerId: string | undefined, occurredAt?: string) =>
    api.request(token, ACKNOWLEDGE, { input: { chainId, instructionId, version, language, workerId, occurredAt } });
  // live: Jan opens his personal link and taps "read and understood" (his own act, now)
  await acknowledge(mint({ party: parties.zzpJan.id, role: 'WORKER', worker: workers.jan.id }), 2, 'nl', workers.jan.id);
  // live: the agency types in the paper toolbox list of 17 days ago (its entry on the fitters' behalf)
  await acknowledge(manager(parties.agency), 2, 'pl', workers.marek.id, day(17, 8));
  await acknowledge(manager(parties.agency), 2, 'pl', workers.tomasz.id, day(17, 8));
  return { chainId, parties, workers, instructionId, importSha256: importChainHistory.sourceSha256, days: { siteStart: day(45), toolbox: day(17, 8) } };
}
