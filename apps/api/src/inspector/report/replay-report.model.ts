import {
  allLinks,
  chainTreeRows,
  channelOfAcknowledgement,
  describeChannel,
  preventionOf,
  type AccidentReplay,
  type ChainState,
  type Knower,
  type LinkState,
  type ReplayEvent,
  type SafetyInstructionAcknowledged,
  type TimelineEntry,
} from '@schakel/domain';
import { REPORT_TIME_ZONE, amsterdamTime, amsterdamTimesIn } from './report-time';

/**
 * The replay report's content, decided once: the HTML page and the PDF only lay it out. Every text
 * here is final (names instead of ids, times in Amsterdam time with their zone), so the two cannot
 * say different things.
 */
export type ReplayReport = {
  title: string;
  /** Both clocks of the report: the moment shown (valid time) and how far the records were read (recorded time). */
  clocks: string;
  sections: ReportSection[];
  /** One line that names the log checkpoint the report was read against: on every page of the PDF. */
  anchor: string;
};

type ReportSection = { title: string; blocks: ReportBlock[] };

export type ReportBlock =
  | { kind: 'text'; text: string; muted?: boolean }
  | { kind: 'subheading'; text: string; note?: string }
  | { kind: 'tree'; items: ReportTreeItem[] }
  | { kind: 'steps'; items: string[] }
  | ReportTable;

export type ReportTable = {
  kind: 'table';
  columns: { title: string; /** share of the width */ width: number }[];
  rows: ReportRow[];
};

/** `highlight`: recorded only after the accident (or a start despite NO-GO): the reader's eye goes there. */
type ReportRow = { cells: ReportCell[]; highlight?: boolean };

export type ReportCell = { text: string; note?: string; flags?: ReportFlag[]; mono?: boolean };

export type ReportFlag = { label: string; tone: 'after' | 'late' | 'proxy' };

export type ReportTreeItem = { depth: number; name: string; note: string; ended: boolean };

/** The log checkpoint the report was read against (see libs/evidence): what an inspector checks offline. */
type ReportEvidence = {
  chainId: string;
  /** The instant the bundle is cut at (recorded time): exportEvidenceBundle(upTo: …) gives the same tree. */
  upTo: string;
  treeSize: number;
  rootHash: string;
  keyFingerprint: string;
  streams: { label: string; events: number; headHash: string | null }[];
};

type ReplayReportInput = {
  chainId: string;
  events: readonly ReplayEvent[];
  /** The fold at the moment shown (valid time). */
  stateThen: ChainState;
  asOf: string;
  timeline: TimelineEntry[];
  accident: AccidentReplay | null;
  /** Names of parties and their workers (the id itself when unknown). */
  nameOf: (id: string) => string;
  generatedAt: string;
  evidence: ReportEvidence;
};

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

/**
 * Readable names for the ids a timeline summary quotes (parties, workers, incidents, links, grants,
 * corrected entries), so the report shows no bare UUIDs where it can name the thing.
 */
function idLabels(events: readonly ReplayEvent[], nameOf: (id: string) => string): (id: string) => string {
  const labels = new Map<string, string>();
  events.forEach((event, position) => {
    // the fields of the four event types that name something an id stands for
    const d = event.data as Partial<Record<'incidentId' | 'description' | 'happenedAt' | 'linkId' | 'fromPartyId' | 'toPartyId' | 'grantId' | 'inspectorPartyId' | 'validFrom' | 'instructionId', string>> & {
      content?: { title?: string }[];
    };
    labels.set(event.meta.eventId, `entry #${position}`);
    if (event.type === 'IncidentReported' && d.incidentId) labels.set(d.incidentId, `“${d.description}” (${amsterdamTime(d.happenedAt ?? '')})`);
    if (event.type === 'PartyEngaged' && d.linkId) labels.set(d.linkId, `${nameOf(d.fromPartyId ?? '')} → ${nameOf(d.toPartyId ?? '')}`);
    if (event.type === 'InspectorAccessGranted' && d.grantId) labels.set(d.grantId, `(the grant to ${nameOf(d.inspectorPartyId ?? '')} from ${amsterdamTime(d.validFrom ?? '')})`);
    if (event.type === 'SafetyInstructionIssued' && d.instructionId) labels.set(d.instructionId, `“${d.content?.[0]?.title ?? 'instruction'}”`);
  });
  return (id) => {
    const name = nameOf(id);
    return name !== id ? name : (labels.get(id.toLowerCase()) ?? id);
  };
}

/** A summary as the domain writes it, with ids named and UTC instants in Amsterdam time. */
const readable = (text: string, label: (id: string) => string) => amsterdamTimesIn(text.replace(UUID, (id) => label(id)));

function treeItems(stateThen: ChainState, nameOf: (id: string) => string): ReportTreeItem[] {
  if (stateThen.status !== 'Opened') return [];
  const principalPartyId = stateThen.principalPartyId;
  return chainTreeRows<LinkState>(allLinks(stateThen), { partyId: principalPartyId, isPrincipal: true, principalPartyId }).map((row) => {
    const link = row.via;
    if (!link) return { depth: row.depth, name: nameOf(row.partyId), note: 'principal', ended: false };
    const ended = link.status === 'ENDED';
    return {
      depth: row.depth,
      name: nameOf(row.partyId),
      note: `${link.kind}${link.underAuthority ? ', gezag' : ''}: ${link.scope}${ended ? ` (ended ${link.endDate})` : ''}`,
      ended,
    };
  });
}

const who = (partyId: string, workerId: string | null, nameOf: (id: string) => string): ReportCell =>
  workerId ? { text: nameOf(workerId), note: `worker of ${nameOf(partyId)}` } : { text: nameOf(partyId) };

function knowersTable(list: readonly Knower[], nameOf: (id: string) => string, afterMs: number | null): ReportBlock {
  if (list.length === 0) return { kind: 'text', text: 'Nobody on record.', muted: true };
  return {
    kind: 'table',
    columns: [
      { title: 'who', width: 3 },
      { title: 'how first', width: 2 },
      { title: 'knew from (recorded)', width: 2 },
      { title: 'all ways', width: 3 },
    ],
    rows: list.map((k) => {
      const after = afterMs !== null && Date.parse(k.since) > afterMs;
      const whoCell = k.authority ? { text: k.authority } : k.partyId ? who(k.partyId, k.workerId, nameOf) : { text: 'unknown' };
      return {
        highlight: after,
        cells: [whoCell, { text: k.how }, { text: amsterdamTime(k.since), flags: after ? [{ label: 'after the accident', tone: 'after' as const }] : [] }, { text: k.ways.map((w) => w.how).join(', ') }],
      };
    }),
  };
}

function flagsOf(entry: TimelineEntry, accidentId: string | null, proxyEntries: ReadonlySet<string>): ReportFlag[] {
  const flags: ReportFlag[] = [];
  for (const flag of entry.flags) {
    if (flag === 'RECORDED_AFTER_INCIDENT') {
      const label = accidentId !== null && entry.recordedAfterIncidentIds.includes(accidentId) ? 'recorded after the accident' : 'recorded after an incident';
      flags.push({ label, tone: 'after' });
    }
    if (flag === 'LATE_ENTRY') flags.push({ label: 'late entry', tone: 'late' });
    if (flag === 'IMPORTED') flags.push({ label: 'imported', tone: 'late' });
  }
  if (proxyEntries.has(entry.eventId)) flags.push({ label: 'proxy entry', tone: 'proxy' });
  return flags;
}

function evidenceSection(evidence: ReportEvidence, generatedAt: string): ReportSection {
  return {
    title: 'Evidence: check this report without us',
    blocks: [
      {
        kind: 'text',
        text: `Read from the event log as it stood at ${amsterdamTime(evidence.upTo)} (${evidence.upTo} UTC). The log is append-only and hash-chained per stream; an RFC 6962 Merkle tree (SHA-256) over every event of the log gives the root below, signed by Schakel's Ed25519 key.`,
      },
      {
        kind: 'table',
        columns: [
          { title: 'anchor', width: 2 },
          { title: 'value', width: 5 },
        ],
        rows: [
          { cells: [{ text: 'chain id' }, { text: evidence.chainId, mono: true }] },
          ...evidence.streams.map((s) => ({
            cells: [{ text: `${s.label}: ${s.events} events, hash of the last` }, { text: s.headHash ?? '(no events)', mono: true }],
          })),
          { cells: [{ text: 'log tree size (events)' }, { text: String(evidence.treeSize), mono: true }] },
          { cells: [{ text: 'Merkle root of the log' }, { text: evidence.rootHash, mono: true }] },
          { cells: [{ text: 'signing key fingerprint' }, { text: evidence.keyFingerprint, mono: true }] },
        ],
      },
      {
        kind: 'steps',
        items: [
          `Export the bundle cut at the same moment: GraphQL exportEvidenceBundle(chainId: "${evidence.chainId}", upTo: "${evidence.upTo}"), or on the server: schakel export-bundle --chain ${evidence.chainId} --up-to ${evidence.upTo} --out bundle.json --public-key-out key.pem.`,
          `Anywhere, without the server: schakel verify-bundle bundle.json --public-key key.pem. It must say ok, with a checkpoint of size ${evidence.treeSize} signed by ${evidence.keyFingerprint}, and the bundle's checkpoint.rootHash must be the Merkle root above.`,
          `Compare the key's fingerprint with the one published (evidencePublicKey). For a later log, consistencyProof(fromSize: ${evidence.treeSize}) proves that the log of this report was only extended since, never rewritten.`,
        ],
      },
      { kind: 'text', text: `Report generated ${amsterdamTime(generatedAt)}.`, muted: true },
    ],
  };
}

/** The replay as the report shows it: one model for the HTML page and the PDF. */
export function buildReplayReport(input: ReplayReportInput): ReplayReport {
  const { stateThen, nameOf, accident, evidence } = input;
  const label = idLabels(input.events, nameOf);
  const text = (value: string) => readable(value, label);
  // the chain's name as opened, also when the moment shown is before it was opened
  const opened = input.events.find((e) => e.type === 'ChainOpened')?.data as { name?: string } | undefined;
  const chainName = stateThen.status === 'Opened' ? stateThen.name : (opened?.name ?? 'a chain not yet opened');
  const happenedMs = accident ? Date.parse(accident.happenedAt) : null;
  const proxyEntries = new Set(
    input.events
      .filter((e) => e.type === 'SafetyInstructionAcknowledged' && channelOfAcknowledgement(e as unknown as SafetyInstructionAcknowledged) === 'PROXY')
      .map((e) => e.meta.eventId),
  );
  const sections: ReportSection[] = [];

  if (accident) {
    const i = accident.incident;
    sections.push({
      title: 'The accident',
      blocks: [
        {
          kind: 'text',
          text: `${i.description} — ${i.location}, ${amsterdamTime(i.happenedAt)}. Reported by ${nameOf(i.reporterPartyId)}, recorded ${amsterdamTime(i.stamp.recordedAt)}. Severity ${i.severity}.${i.victim ? ` Victim: ${i.victim.workerId ? `${nameOf(i.victim.workerId)}, worker of ` : ''}${nameOf(i.victim.partyId)}.` : ''}`,
        },
      ],
    });
  }

  const tree = treeItems(stateThen, nameOf);
  sections.push({ title: 'The chain at that moment', blocks: [tree.length > 0 ? { kind: 'tree', items: tree } : { kind: 'text', text: 'The chain was not open yet.' }] });

  const overrides = stateThen.status === 'Opened' ? preventionOf(stateThen).startChecks.filter((c) => c.overrideReason !== null) : [];
  if (overrides.length > 0) {
    sections.push({
      title: 'Starts despite NO-GO (overrides)',
      blocks: [
        {
          kind: 'table',
          columns: [
            { title: 'worker', width: 3 },
            { title: 'started', width: 2 },
            { title: 'NO-GO because', width: 2 },
            { title: 'overridden by, reason', width: 4 },
          ],
          rows: overrides.map((c) => ({
            highlight: true,
            cells: [who(c.partyId, c.workerId, nameOf), { text: amsterdamTime(c.stamp.occurredAt) }, { text: c.reasons.map((r) => r.ruleId).join(', ') }, { text: `${nameOf(c.checkedByPartyId)}: ${c.overrideReason ?? ''}` }],
          })),
        },
      ],
    });
  }

  if (accident) {
    const blocks: ReportBlock[] = [];
    for (const ins of accident.instructions) {
      blocks.push({ kind: 'subheading', text: `${ins.title} — version ${ins.currentVersion}`, note: ins.topics.join(', ') });
      if (ins.acknowledgements.length === 0) {
        blocks.push({ kind: 'text', text: 'Nobody had acknowledged it.', muted: true });
        continue;
      }
      blocks.push({
        kind: 'table',
        columns: [
          { title: 'acknowledged by', width: 3 },
          { title: 'version', width: 1.2 },
          { title: 'how', width: 3.5 },
          { title: 'signed', width: 2 },
          { title: 'recorded', width: 2.3 },
        ],
        rows: ins.acknowledgements.map((a) => {
          const after = happenedMs !== null && Date.parse(a.recordedAt) > happenedMs;
          const flags: ReportFlag[] = [];
          if (after) flags.push({ label: 'recorded after the accident', tone: 'after' });
          if (a.channel === 'PROXY') flags.push({ label: 'proxy entry', tone: 'proxy' });
          if (a.entry === 'IMPORTED') flags.push({ label: 'imported', tone: 'late' });
          return {
            highlight: after,
            cells: [who(a.partyId, a.workerId, nameOf), { text: `v${a.version} (${a.language})` }, { text: a.channel, note: describeChannel(a.channel) }, { text: amsterdamTime(a.acknowledgedAt) }, { text: amsterdamTime(a.recordedAt), flags }],
          };
        }),
      });
    }
    if (blocks.length === 0) blocks.push({ kind: 'text', text: 'No instruction was current.', muted: true });
    sections.push({ title: 'Instructions current at the accident', blocks });

    const nearMisses: ReportBlock[] = [];
    if (accident.earlierNearMisses.length === 0) nearMisses.push({ kind: 'text', text: 'None on record.', muted: true });
    for (const n of accident.earlierNearMisses) {
      nearMisses.push({ kind: 'subheading', text: `${n.incident.description} — ${n.incident.location}, ${amsterdamTime(n.incident.happenedAt)}`, note: `matched on ${n.matchedOn.join(' and ')}` });
      nearMisses.push(knowersTable(n.knowers, nameOf, happenedMs));
    }
    sections.push({ title: 'Earlier near misses at the same place or on the same topic', blocks: nearMisses });
    sections.push({ title: 'Who knew of the accident', blocks: [knowersTable(accident.accidentKnowers, nameOf, null)] });
    sections.push({
      title: 'Recorded only after the accident',
      blocks: [
        accident.recordedAfterAccident.length === 0
          ? { kind: 'text', text: 'Nothing in this answer was recorded after the accident.', muted: true }
          : {
              kind: 'table',
              columns: [
                { title: 'entry', width: 6 },
                { title: 'dated', width: 2 },
                { title: 'recorded', width: 2 },
              ],
              rows: accident.recordedAfterAccident.map((r) => ({
                highlight: true,
                cells: [{ text: text(r.summary), flags: r.imported ? [{ label: 'imported', tone: 'late' as const }] : [] }, { text: amsterdamTime(r.occurredAt) }, { text: amsterdamTime(r.recordedAt) }],
              })),
            },
      ],
    });
  }

  sections.push({
    title: 'Timeline (recorded order)',
    blocks: [
      {
        kind: 'table',
        columns: [
          { title: '#', width: 0.6 },
          { title: 'occurred', width: 2 },
          { title: 'recorded', width: 2 },
          { title: 'by', width: 2.2 },
          { title: 'entry', width: 6 },
        ],
        rows: input.timeline.map((t) => ({
          cells: [
            { text: String(t.position) },
            { text: amsterdamTime(t.occurredAt) },
            { text: amsterdamTime(t.recordedAt) },
            { text: t.actorPartyId ? nameOf(t.actorPartyId) : '' },
            { text: text(t.summary), flags: flagsOf(t, accident?.incident.incidentId ?? null, proxyEntries) },
          ],
        })),
      },
    ],
  });
  sections.push(evidenceSection(evidence, input.generatedAt));

  return {
    title: `Replay of chain “${chainName}”`,
    clocks: `As it stood at ${amsterdamTime(input.asOf)} (valid time) · as recorded up to ${amsterdamTime(evidence.upTo)} (recorded time) · all times ${REPORT_TIME_ZONE}`,
    sections,
    anchor: `Log checkpoint: ${evidence.treeSize} events, Merkle root ${evidence.rootHash.slice(0, 16)}…, key ${evidence.keyFingerprint}`,
  };
}
