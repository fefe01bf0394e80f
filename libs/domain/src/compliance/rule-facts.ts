import type { ChainEvent, IncidentSeverity } from '../chain/chain.events';
import type { IncidentState, InstructionState, LinkState, OpenedChain } from '../chain/chain.state';
import type { PartyId } from '../shared/values';
import type { RuleContext } from './finding';
import { ms } from './rule-time';

const reportableSeverities: readonly IncidentSeverity[] = ['DEATH', 'PERMANENT_INJURY', 'HOSPITAL_ADMISSION'];
export const isReportable = (severity: IncidentSeverity) => reportableSeverities.includes(severity);

/** Accidents with a victim that were not retracted. */
export function accidents(state: OpenedChain): IncidentState[] {
  return state.incidents.filter((i) => i.kind === 'ACCIDENT' && i.retraction === null && i.victim !== null);
}

/**
 * When the duty to report started: the accident itself when it was reportable as reported, else the
 * moment a reclassification made it reportable became known (reclassification restarts the clock).
 */
export function reportClockStart(incident: IncidentState): { start: string; lateDiscovery: boolean; evidence: string[] } | null {
  if (isReportable(incident.reportedSeverity)) return { start: incident.happenedAt, lateDiscovery: false, evidence: [incident.stamp.eventId] };
  const made = incident.reclassifications.find((r) => isReportable(r.severity));
  if (!made) return null;
  return { start: made.becameKnownAt, lateDiscovery: true, evidence: [incident.stamp.eventId, made.stamp.eventId] };
}

/** Notifications that count, in time order under the clock. */
export function notificationsOf(context: RuleContext, incident: IncidentState) {
  return incident.notifications
    .filter((n) => n.retraction === null)
    .map((n) => ({ ...n, at: context.time(n.stamp) }))
    .sort((a, b) => ms(a.at) - ms(b.at));
}

export function firstNlaReport(context: RuleContext, incident: IncidentState, by: PartyId, channel?: string) {
  return (
    notificationsOf(context, incident).find(
      (n) => n.notifierPartyId === by && n.recipient.kind === 'AUTHORITY' && (channel === undefined || n.channel === channel),
    ) ?? null
  );
}

export function firstPartyNotice(context: RuleContext, incident: IncidentState, by: PartyId, to: PartyId) {
  return (
    notificationsOf(context, incident).find((n) => n.notifierPartyId === by && n.recipient.kind === 'PARTY' && n.recipient.partyId === to) ?? null
  );
}

/** Every link on which `below` is reachable from `above`, top-down (first path found), or null. */
export function pathBetween(links: readonly LinkState[], above: PartyId, below: PartyId): LinkState[] | null {
  const seen = new Set<PartyId>();
  const walk = (party: PartyId): LinkState[] | null => {
    if (party === below) return [];
    if (seen.has(party)) return null;
    seen.add(party);
    for (const link of links.filter((l) => l.fromPartyId === party)) {
      const rest = walk(link.toPartyId);
      if (rest) return [link, ...rest];
    }
    return null;
  };
  return above === below ? null : walk(above);
}

export function overlaps(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.includes(x));
}

export type { ChainEvent };

/** An incident as a person reads it: never its id. */
export function incidentLabel(incident: IncidentState): string {
  const what = incident.kind === 'ACCIDENT' ? 'the accident' : 'the near miss';
  return `${what} at ${incident.location} on ${incident.happenedAt.slice(0, 10)}`;
}

/** The victim by name (the worker, else its party). */
export function victimName(context: RuleContext, incident: IncidentState): string {
  const victim = incident.victim;
  if (!victim) return 'nobody';
  return victim.workerId ? `${context.name(victim.workerId)} of ${context.name(victim.partyId)}` : context.name(victim.partyId);
}

/** An instruction version as a person reads it: its first title and the version. */
export function instructionLabel(instruction: InstructionState, version: number): string {
  return `"${instructionTitle(instruction, version)}" version ${version}`;
}

/** The title of a version in its first language, for a finding's message. */
export function instructionTitle(instruction: InstructionState, version: number): string {
  return instruction.versions[version - 1]?.content[0]?.title ?? 'the instruction';
}

export function linkById(state: OpenedChain, linkId: string | null): LinkState | null {
  return linkId === null ? null : (state.links.find((l) => l.linkId === linkId) ?? null);
}
