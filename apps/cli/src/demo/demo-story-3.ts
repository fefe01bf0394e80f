import { createHash } from 'node:crypto';
import { dayBefore, type DemoResult } from './demo-story';
import { day, readable } from './print-demo';
import type { GraphqlClient } from './graphql-client';

type Mint = (who: { party?: string; role: 'ADMIN' | 'MANAGER' | 'WORKER'; worker?: string }) => string;

export interface Story3Result {
  readonly incidentId: string;
  readonly agencyLinkId: string;
  /** The step left late on purpose, so a finding shows. */
  readonly lateStep: string;
}

const LINKS = `query ChainLinks($id: ID!) { chain(id: $id) { links { id kind fromPartyId toPartyId } } }`;
const RIE = `mutation DeliverRieExtract($input: DeliverRieExtractInput!) { deliverRieExtract(input: $input) { version } }`;
const START = `mutation StartWork($input: StartWorkInput!) { startWork(input: $input) { workStartId } }`;
const REPORT = `mutation ReportIncident($input: ReportIncidentInput!) { reportIncident(input: $input) { incidentId } }`;
const NOTIFY = `mutation NotifyIncident($input: NotifyIncidentInput!) { notifyIncident(input: $input) { version } }`;
const MEASURES = `mutation RecordIncidentMeasures($input: RecordIncidentMeasuresInput!) { recordIncidentMeasures(input: $input) { version } }`;
const CHECK = `mutation RecordVergewisCheck($input: RecordVergewisCheckInput!) { recordVergewisCheck(input: $input) { checkId } }`;
const RESUME = `mutation ResumeWork($input: ResumeWorkInput!) { resumeWork(input: $input) { version } }`;
const FINDINGS = `query Findings($chainId: ID!) {
  findings(chainId: $chainId) { ruleId title partyIds arisenAt resolvedAt explanation policyNote evidenceEventIds basis { article kind inForceFrom } }
}`;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * docs/domain.md story 3 on top of stories 1–2, through the GraphQL API: lent worker Marek falls from a
 * scaffold and is admitted to hospital. The hirer (the steel subcontractor, holding gezag) reports to
 * the NLA — 30 hours after the fall, later than the 24 h policy for "direct" — and informs the agency;
 * the agency reports too; the hirer records measures, the agency ascertains them, and Marek resumes.
 */
export async function runStory3(api: GraphqlClient, mint: Mint, demo: DemoResult): Promise<Story3Result> {
  const { chainId, parties, workers } = demo;
  const manager = (key: keyof DemoResult['parties'] | string) => mint({ party: demo.parties[key].id, role: 'MANAGER' });
  const steel = manager('steel');
  const agency = manager('agency');
  const { chain } = await api.request(steel, LINKS, { id: chainId });
  const agencyLink = (chain.links as { id: string; kind: string; fromPartyId: string; toPartyId: string }[]).find(
    (l) => l.kind === 'LENDING' && l.fromPartyId === parties.steel.id && l.toPartyId === parties.agency.id,
  );
  if (!agencyLink) throw new TypeError('story 3 needs the LENDING link from the steel subcontractor to the agency (stories 1–2)');

  // sixteen days ago, before the lent workers started: the RI&E extract went to the agency (typed in today, dated then)
  const now = Date.now();
  await api.request(steel, RIE, {
    input: { chainId, linkId: agencyLink.id, contentHash: sha256('RI&E-uittreksel galerijen v1'), summary: 'RI&E-uittreksel: werken op hoogte, galerijen blok A–D', occurredAt: dayBefore(now, 16, 6) },
  });
  for (const worker of [workers.marek, workers.tomasz]) {
    await api.request(steel, START, {
      input: { chainId, linkId: agencyLink.id, workerPartyId: parties.agency.id, workerId: worker.id, topics: ['WORK_AT_HEIGHT'], occurredAt: dayBefore(now, 16, 7) },
    });
  }

  const fell = new Date(Date.now() - 30 * 3600_000).toISOString();
  const { reportIncident } = await api.request(steel, REPORT, {
    input: {
      chainId,
      kind: 'ACCIDENT',
      happenedAt: fell,
      location: 'Galerij blok B, 3e verdieping',
      description: 'Val van steiger (circa 3 m); opname in het ziekenhuis',
      topics: ['WORK_AT_HEIGHT'],
      victim: { partyId: parties.agency.id, workerId: workers.marek.id, linkId: agencyLink.id },
      severity: 'HOSPITAL_ADMISSION',
    },
  });
  const incidentId: string = reportIncident.incidentId;
  // late: the hirer reports to the NLA now, 30 hours after the fall
  await api.request(steel, NOTIFY, { input: { chainId, incidentId, authority: 'NLA', channel: 'ONLINE', reference: 'NLA-MELD-2026-0412' } });
  await api.request(steel, NOTIFY, { input: { chainId, incidentId, recipientPartyId: parties.agency.id, channel: 'PHONE' } });
  await api.request(agency, NOTIFY, { input: { chainId, incidentId, authority: 'NLA', channel: 'ONLINE', reference: 'NLA-MELD-2026-0413' } });
  await api.request(steel, MEASURES, {
    input: {
      chainId,
      incidentId,
      description: 'Steigers blok B voorzien van leuningen en kantplanken; dagelijkse steigerkeuring ingevoerd',
      evidence: [{ name: 'steigerkeuring-blok-b.pdf', sha256: sha256('steigerkeuring-blok-b.pdf') }],
    },
  });
  await api.request(agency, CHECK, {
    input: {
      chainId,
      subjectPartyId: parties.steel.id,
      subject: 'MEASURES_TAKEN',
      outcome: 'CONFIRMED',
      summary: 'Ter plaatse gezien: leuningen en kantplanken op alle steigers van blok B',
      evidence: [{ name: 'bezoekverslag.pdf', sha256: sha256('bezoekverslag.pdf') }],
      relatedIncidentId: incidentId,
    },
  });
  await api.request(steel, RESUME, { input: { chainId, incidentId } });
  return { incidentId, agencyLinkId: agencyLink.id, lateStep: 'the hirer reported to the NLA 30 hours after the fall' };
}

type FindingRow = {
  ruleId: string;
  title: string;
  partyIds: string[];
  arisenAt: string;
  resolvedAt: string | null;
  explanation: string;
  policyNote: string | null;
  evidenceEventIds: string[];
  basis: { article: string; kind: string; inForceFrom: string };
};

/** Prints the chain's findings as the principal sees them: rule, legal basis, parties, open or resolved, evidence. */
export async function printFindings(
  api: GraphqlClient,
  token: string,
  chainId: string,
  write: (text: string) => void,
  names: ReadonlyMap<string, string> = new Map(),
): Promise<FindingRow[]> {
  const { findings } = (await api.request(token, FINDINGS, { chainId })) as { findings: FindingRow[] };
  const name = (id: string) => names.get(id) ?? id;
  write(`\nFindings (derived from the log, never typed in): ${findings.length}\n`);
  for (const f of findings) {
    const state = f.resolvedAt ? `resolved ${day(f.resolvedAt)}` : 'OPEN';
    write(`  ${f.ruleId} — ${f.title}\n`);
    write(`    basis: ${f.basis.article} (${f.basis.kind}, in force from ${f.basis.inForceFrom})\n`);
    write(`    arisen ${day(f.arisenAt)}, ${state}; duty bearer ${f.partyIds.map(name).join(', ')}\n`);
    write(`    ${readable(f.explanation, names)}\n`);
    if (f.policyNote) write(`    note: ${f.policyNote}\n`);
    write(`    evidence: ${f.evidenceEventIds.length} entries of the log\n`);
  }
  return findings;
}
