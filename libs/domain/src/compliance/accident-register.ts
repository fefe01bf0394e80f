import type { IncidentSeverity } from '../chain/chain.events';
import type { ChainState, IncidentState } from '../chain/chain.state';
import type { IsoInstant, PartyId } from '../shared/values';
import { isReportable } from './rule-facts';

/** One line of an employer's accident register (Arbowet 9(2)). */
export type AccidentRegisterEntry = {
  chainId: string;
  incidentId: string;
  happenedAt: IsoInstant;
  /** Nature of the accident: what happened, where. */
  nature: string;
  location: string;
  severity: IncidentSeverity;
  absenceDays: number;
  victimRelation: string | null;
  reportedToNlaAt: IsoInstant | null;
  evidenceEventId: string;
};

/** Whether the register's party knows of the accident (default: every accident of its workers counts). */
export type KnownToParty = (incident: IncidentState) => boolean;

/**
 * Who reads the register: the employer's managers see every line; a worker (workerId set, of
 * partyId) only the lines about themself, never colleagues' injuries.
 */
export type RegisterReader = { workerId: null } | { workerId: string; partyId: PartyId };

/**
 * The register of the victim's Arbo employer (the party holding gezag): accidents reported to the
 * NLA (or that must be) and accidents with more than 3 working days' absence, oldest first; `known`
 * keeps only the accidents the employer had been told of.
 */
export function accidentRegister(
  chains: readonly ChainState[],
  partyId: PartyId,
  reader: RegisterReader = { workerId: null },
  known: KnownToParty = () => true,
): AccidentRegisterEntry[] {
  return chains
    .flatMap((state) => (state.status === 'Opened' ? state.incidents.map((incident) => ({ chainId: state.chainId, incident })) : []))
    .filter(({ incident: i }) => i.kind === 'ACCIDENT' && i.retraction === null && i.authorityHolderPartyId === partyId && i.victimRelation !== 'SELF_EMPLOYED')
    .filter(({ incident: i }) => reader.workerId === null || (i.victim?.workerId === reader.workerId && i.victim.partyId === reader.partyId))
    .filter(({ incident: i }) => known(i))
    .filter(({ incident: i }) => isReportable(i.severity) || i.absenceDays > 3 || i.notifications.some((n) => n.recipient.kind === 'AUTHORITY' && n.retraction === null))
    .map(({ chainId, incident: i }) => ({
      chainId,
      incidentId: i.incidentId,
      happenedAt: i.happenedAt,
      nature: i.description,
      location: i.location,
      severity: i.severity,
      absenceDays: i.absenceDays,
      victimRelation: i.victimRelation,
      reportedToNlaAt:
        i.notifications.find((n) => n.retraction === null && n.notifierPartyId === partyId && n.recipient.kind === 'AUTHORITY')?.stamp.recordedAt ?? null,
      evidenceEventId: i.stamp.eventId,
    }))
    .sort((a, b) => a.happenedAt.localeCompare(b.happenedAt));
}

const CSV_COLUMNS: (keyof AccidentRegisterEntry)[] = [
  'happenedAt',
  'nature',
  'location',
  'severity',
  'absenceDays',
  'victimRelation',
  'reportedToNlaAt',
  'chainId',
  'incidentId',
  'evidenceEventId',
];

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  // a leading =,+,-,@ would be read as a formula by spreadsheets
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with a header row, CRLF line ends. */
export function accidentRegisterCsv(entries: readonly AccidentRegisterEntry[]): string {
  const lines = [CSV_COLUMNS.join(','), ...entries.map((e) => CSV_COLUMNS.map((c) => csvCell(e[c])).join(','))];
  return lines.join('\r\n') + '\r\n';
}
