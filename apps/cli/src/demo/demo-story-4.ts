import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoResult } from './demo-story';
import { demoNames, readable } from './print-demo';
import type { GraphqlClient } from './graphql-client';

type Mint = (who: { party?: string; role: 'ADMIN' | 'MANAGER' | 'WORKER' | 'INSPECTOR'; worker?: string }) => string;

export interface Story4Result {
  readonly incidentId: string;
  readonly inspectorPartyId: string;
  readonly grantId: string;
  /** The evidence bundle written, and the public key it must verify against. */
  readonly bundleFile: string;
  readonly publicKeyFile: string;
}

const LINKS = `query ChainLinks($id: ID!) { chain(id: $id) { links { id kind fromPartyId toPartyId } } }`;
const REPORT = `mutation ReportIncident($input: ReportIncidentInput!) { reportIncident(input: $input) { incidentId } }`;
const NOTIFY = `mutation NotifyIncident($input: NotifyIncidentInput!) { notifyIncident(input: $input) { version } }`;
const REGISTER_PARTY = `mutation RegisterParty($input: RegisterPartyInput!) { registerParty(input: $input) { partyId } }`;
const GRANT = `mutation GrantInspectorAccess($input: GrantInspectorAccessInput!) { grantInspectorAccess(input: $input) { grantId } }`;
const REPLAY = `query AccidentReplay($chainId: ID!, $incidentId: ID!) {
  accidentReplay(chainId: $chainId, incidentId: $incidentId) {
    happenedAt
    incident { description location severity }
    activeLinks { fromPartyName toPartyName kind }
    instructions { title currentVersion acknowledgements { partyName workerId entry understood acknowledgedAt recordedAt } }
    earlierNearMisses { incident { description location happenedAt } matchedOn knowers { partyName authority how since } }
    accidentKnowers { partyName authority how since }
    recordedAfterAccident { summary occurredAt recordedAt imported }
  }
}`;
const TIMELINE = `query Timeline($chainId: ID!) {
  timeline(chainId: $chainId, clock: RECORDED) { total entries { summary flags occurredAt recordedAt imported { importerName sourceSha256 } } }
}`;
const EXPORT = `query ExportEvidenceBundle($chainId: ID!) { exportEvidenceBundle(chainId: $chainId) { json eventCount treeSize keyFingerprint } }`;
const PUBLIC_KEY = `query EvidencePublicKey { evidencePublicKey { pem fingerprint } }`;

const SCAFFOLD = 'Steiger blok B, galerijzijde';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const short = (iso: string) => iso.replace('T', ' ').slice(0, 23);

/**
 * docs/domain.md story 4, through the GraphQL API: the principal grants the labour inspectorate access;
 * the inspector asks, for the demo's accident, which links were active, which instruction version
 * was current and who had acknowledged it, which earlier near miss at the same scaffold was
 * reported and to whom, and what was recorded only after the fall; then exports an evidence bundle.
 * Without an accident from story 3 it first reports a near miss and a fall of its own, and a
 * notification of the near miss entered after the fall but dated before it.
 */
export async function runStory4(
  api: GraphqlClient,
  mint: Mint,
  demo: DemoResult,
  accident: { incidentId: string } | null,
  write: (text: string) => void,
  outDir: string = join(tmpdir(), 'schakel-demo'),
): Promise<Story4Result> {
  const { chainId, parties } = demo;
  const manager = (key: string) => mint({ party: parties[key].id, role: 'MANAGER' });
  const names = demoNames(demo);
  const own = accident ? null : await reportOwnAccident(api, manager, demo);
  const incidentId = accident?.incidentId ?? own!.fall;
  if (accident) names.set(accident.incidentId, 'the fall');
  if (own) {
    names.set(own.fall, 'the fall');
    names.set(own.nearMiss, 'near miss (plank slipped)');
  }
  const say = (text: string) => readable(text, names);

  const admin = mint({ role: 'ADMIN' });
  const { registerParty } = await api.request(admin, REGISTER_PARTY, { input: { name: 'Nederlandse Arbeidsinspectie', kind: 'ORGANISATION', kvkNumber: null } });
  const inspectorPartyId: string = registerParty.partyId;
  const now = Date.now();
  const { grantInspectorAccess } = await api.request(manager('principal'), GRANT, {
    input: { chainId, inspectorPartyId, validFrom: new Date(now - 60_000).toISOString(), validUntil: new Date(now + 30 * 86400_000).toISOString() },
  });
  const inspector = mint({ party: inspectorPartyId, role: 'INSPECTOR' });
  mkdirSync(outDir, { recursive: true });
  const wayInFile = join(outDir, 'inspector-way-in.txt');
  writeFileSync(wayInFile, inspectorWayIn(api.url, chainId, incidentId, inspector));
  write(`\nStory 4: ${parties.principal.name} grants the Nederlandse Arbeidsinspectie access for 30 days. The inspector asks:\n`);

  const { accidentReplay: r } = await api.request(inspector, REPLAY, { chainId, incidentId });
  write(`  The accident: ${r.incident.description} (${r.incident.location}), ${short(r.happenedAt)} UTC, ${r.incident.severity}.\n`);
  write(`  Links active at that moment:\n`);
  for (const l of r.activeLinks) write(`    ${l.fromPartyName} → ${l.toPartyName} (${l.kind})\n`);
  if (r.activeLinks.length === 0) write(`    none (the chain's links were dated after the fall)\n`);
  write(`  Instruction versions current then, and who had acknowledged them:\n`);
  for (const i of r.instructions) {
    write(`    ${i.title} (v${i.currentVersion}):\n`);
    for (const a of i.acknowledgements) {
      const who = a.workerId ? `worker ${names.get(a.workerId) ?? a.workerId} (${a.partyName})` : a.partyName;
      const how = a.entry === 'OWN' ? 'own act' : a.entry === 'IMPORTED' ? 'imported' : 'entered by a manager on their behalf';
      write(`      ${who}: signed ${short(a.acknowledgedAt)}, recorded ${short(a.recordedAt)}, ${how}${a.understood ? '' : ', NOT UNDERSTOOD'}\n`);
    }
  }
  write(`  Earlier near misses at the same place or on the same topic:\n`);
  for (const n of r.earlierNearMisses) {
    write(`    ${n.incident.description} (${n.incident.location}, ${short(n.incident.happenedAt)}; matched on ${n.matchedOn.join(' and ')})\n`);
    for (const k of n.knowers) write(`      ${k.partyName ?? k.authority}: ${k.how} from ${short(k.since)}\n`);
  }
  if (r.earlierNearMisses.length === 0) write(`    none on record\n`);
  write(`  Who knew of the accident:\n`);
  for (const k of r.accidentKnowers) write(`    ${k.partyName ?? k.authority}: ${k.how} from ${short(k.since)}\n`);
  write(`  Recorded only after the accident:\n`);
  for (const e of r.recordedAfterAccident) {
    write(`    ${say(e.summary)} (dated ${short(e.occurredAt)}, recorded ${short(e.recordedAt)}${e.imported ? ', imported' : ''})\n`);
  }
  if (r.recordedAfterAccident.length === 0) write(`    nothing\n`);

  const { timeline } = await api.request(inspector, TIMELINE, { chainId });
  type Entry = { summary: string; flags: string[]; imported: { importerName: string; sourceSha256: string } | null };
  const entries = timeline.entries as Entry[];
  const imported = entries.filter((e) => e.imported !== null);
  const late = entries.filter((e) => e.flags.includes('LATE_ENTRY') && e.imported === null);
  // typed in here after an incident it relates to, dated before it: what an inspector looks at first
  const backdated = entries.filter((e) => e.flags.includes('RECORDED_AFTER_INCIDENT') && e.imported === null);
  write(`  Timeline: ${timeline.total} entries.\n`);
  if (imported.length) write(`    ${imported.length} imported by ${imported[0].imported!.importerName} from a file with SHA-256 ${imported[0].imported!.sourceSha256.slice(0, 16)}…\n`);
  write(`    ${late.length} typed in more than a day after the date they claim (late entries)\n`);
  write(`    ${backdated.length} typed in after an incident they relate to, dated before it${backdated.length ? ':' : ''}\n`);
  for (const e of backdated.slice(0, 10)) write(`      ${say(e.summary)}\n`);

  const { exportEvidenceBundle } = await api.request(inspector, EXPORT, { chainId });
  const { evidencePublicKey } = await api.request(inspector, PUBLIC_KEY);
  mkdirSync(outDir, { recursive: true, mode: 0o700 });
  const bundleFile = join(outDir, 'bundle-zuiderpark.json');
  const publicKeyFile = join(outDir, 'evidence-public-key.pem');
  writeFileSync(bundleFile, exportEvidenceBundle.json, { mode: 0o600 });
  writeFileSync(publicKeyFile, evidencePublicKey.pem);
  write(
    `  Evidence bundle: ${exportEvidenceBundle.eventCount} events, checkpoint of size ${exportEvidenceBundle.treeSize}, key ${exportEvidenceBundle.keyFingerprint}\n` +
      `    ${bundleFile}\n    check it offline: ./bin/schakel verify-bundle ${bundleFile} --public-key ${publicKeyFile}\n` +
      `  The inspector's way in (token, chain, the replay report's address and the questions to ask): ${wayInFile}\n`,
  );
  return { incidentId, inspectorPartyId, grantId: grantInspectorAccess.grantId, bundleFile, publicKeyFile };
}

/** What an inspector needs to ask the API itself: ids and a token go in a file, not on the screen. */
function inspectorWayIn(graphqlUrl: string, chainId: string, incidentId: string, token: string): string {
  const base = graphqlUrl.replace(/\/graphql$/, '');
  return [
    'Inspector access to "Renovatie 48 woningen Zuiderpark" (granted by the principal for 30 days).',
    '',
    `Authorization: Bearer ${token}`,
    `chain:    ${chainId}`,
    `accident: ${incidentId}`,
    '',
    `Replay report (HTML):  GET ${base}/reports/chains/${chainId}/replay.html?incidentId=${incidentId}`,
    `Replay report (PDF):   GET ${base}/reports/chains/${chainId}/replay.pdf?incidentId=${incidentId}`,
    `GraphQL (${graphqlUrl}):`,
    `  accidentReplay(chainId: "${chainId}", incidentId: "${incidentId}") { activeLinks { fromPartyName toPartyName } recordedAfterAccident { summary imported } }`,
    `  timeline(chainId: "${chainId}", clock: RECORDED) { entries { summary flags imported { importerName sourceSha256 } } }`,
    `  chainAsOf(chainId: "${chainId}", asOf: "<instant>", clock: OCCURRED) { instructions { acknowledgements { partyName entry understood } } }`,
    `  exportEvidenceBundle(chainId: "${chainId}") { json }   then: ./bin/schakel verify-bundle FILE --public-key KEY.pem`,
    '',
  ].join('\n');
}

/** A near miss at the scaffold reported to the main contractor, then a fall there, then a notification backdated before it. */
async function reportOwnAccident(api: GraphqlClient, manager: (key: string) => string, demo: DemoResult): Promise<{ nearMiss: string; fall: string }> {
  const { chainId, parties, workers } = demo;
  const steel = manager('steel');
  const { chain } = await api.request(steel, LINKS, { id: chainId });
  const agencyLink = (chain.links as { id: string; kind: string; fromPartyId: string; toPartyId: string }[]).find(
    (l) => l.kind === 'LENDING' && l.fromPartyId === parties.steel.id && l.toPartyId === parties.agency.id,
  );
  if (!agencyLink) throw new TypeError('story 4 needs the LENDING link from the steel subcontractor to the agency (stories 1–2)');
  const { reportIncident: nearMiss } = await api.request(steel, REPORT, {
    input: { chainId, kind: 'NEAR_MISS', happenedAt: new Date().toISOString(), location: SCAFFOLD, description: 'Steigerplank schoof weg onder voet; geen letsel', topics: ['SCAFFOLDING', 'WORK_AT_HEIGHT'] },
  });
  await api.request(steel, NOTIFY, { input: { chainId, incidentId: nearMiss.incidentId, recipientPartyId: parties.main.id, channel: 'EMAIL' } });
  await pause(20);
  const toldAt = new Date().toISOString();
  await pause(20);
  const { reportIncident: fall } = await api.request(steel, REPORT, {
    input: {
      chainId,
      kind: 'ACCIDENT',
      happenedAt: new Date().toISOString(),
      location: SCAFFOLD,
      description: 'Val van steiger (circa 3 m); opname in het ziekenhuis',
      topics: ['WORK_AT_HEIGHT'],
      victim: { partyId: parties.agency.id, workerId: workers.tomasz.id, linkId: agencyLink.id },
      severity: 'HOSPITAL_ADMISSION',
    },
  });
  await api.request(steel, NOTIFY, { input: { chainId, incidentId: fall.incidentId, authority: 'NLA', channel: 'PHONE', reference: 'NLA-MELD-2026-0415' } });
  await api.request(steel, NOTIFY, { input: { chainId, incidentId: fall.incidentId, recipientPartyId: parties.agency.id, channel: 'PHONE' } });
  // after the fall the steel subcontractor enters that it had told the principal of the near miss by phone, dated before the fall
  await api.request(steel, NOTIFY, { input: { chainId, incidentId: nearMiss.incidentId, recipientPartyId: parties.principal.id, channel: 'PHONE', occurredAt: toldAt } });
  return { nearMiss: nearMiss.incidentId, fall: fall.incidentId };
}
