import type { PartyId } from '../../shared/values';
import type { ChainState, IncidentState, LinkState } from '../chain.state';
import { allLinks, reachableBelow, type LinkEnds } from './chain-links';

// Visibility follows every link the viewer held, ended ones included: what it once engaged,
// it may still see in the record.

/** What one viewer may see of a chain: the one visibility rule, now (read models) and then (replay). */
export type ChainSight = {
  /** False for a party never in the chain: it sees nothing. */
  visible: boolean;
  isPrincipal: boolean;
  /** Parties whose names and links it sees, in the chain's order (principal first, then by engagement). */
  visiblePartyIds: PartyId[];
  /** Parties whose entries (checks, incidents, receipts, acknowledgements) it sees. */
  subjectPartyIds: PartyId[];
};

/**
 * The principal sees every tier; any other party sees itself, the parties that engaged it, and
 * everything below its own links, active or ended (what it once engaged stays in its record). A
 * party never in the chain sees nothing. Plain inputs: the principal and the links' ends in
 * engagement order, from a fold or from read-model rows alike.
 */
export function chainSight(principalPartyId: PartyId, links: readonly LinkEnds[], viewerPartyId: PartyId): ChainSight {
  const everyone = [...new Set([principalPartyId, ...links.map((link) => link.toPartyId)])];
  if (viewerPartyId === principalPartyId) return { visible: true, isPrincipal: true, visiblePartyIds: everyone, subjectPartyIds: everyone };
  if (!everyone.includes(viewerPartyId)) return { visible: false, isPrincipal: false, visiblePartyIds: [], subjectPartyIds: [] };
  const below = reachableBelow(links, viewerPartyId);
  const visible = new Set<PartyId>([viewerPartyId, ...below]);
  for (const link of links) if (link.toPartyId === viewerPartyId) visible.add(link.fromPartyId);
  const subjects = new Set<PartyId>([viewerPartyId, ...below]);
  return {
    visible: true,
    isPrincipal: false,
    visiblePartyIds: everyone.filter((partyId) => visible.has(partyId)),
    subjectPartyIds: everyone.filter((partyId) => subjects.has(partyId)),
  };
}

/**
 * Links a viewer may see: every link for the principal; for any other party, the links into it
 * and the links made by it or by a party below it. It sees who engaged it, but not the other
 * engagements of parties above it — not even of a party below it by a higher party.
 */
export function linksSeenBy<L extends LinkEnds>(links: readonly L[], viewerPartyId: PartyId, viewerIsPrincipal: boolean): L[] {
  if (viewerIsPrincipal) return [...links];
  const engagers = new Set([viewerPartyId, ...reachableBelow(links, viewerPartyId)]);
  return links.filter((link) => link.toPartyId === viewerPartyId || engagers.has(link.fromPartyId));
}

/** Parties a viewer may see in a folded chain (see `chainSight`). */
export function visiblePartyIds(state: ChainState, viewerPartyId: PartyId): PartyId[] {
  return state.status === 'Opened' ? chainSight(state.principalPartyId, allLinks(state), viewerPartyId).visiblePartyIds : [];
}

/** Links a viewer may see in a folded chain (see `linksSeenBy`). */
export function visibleLinks(state: ChainState, viewerPartyId: PartyId): LinkState[] {
  if (state.status !== 'Opened' || !chainSight(state.principalPartyId, allLinks(state), viewerPartyId).visible) return [];
  return linksSeenBy(allLinks(state), viewerPartyId, viewerPartyId === state.principalPartyId);
}

export function canSeeChain(state: ChainState, viewerPartyId: PartyId): boolean {
  return visiblePartyIds(state, viewerPartyId).length > 0;
}

// Entries (checks, incidents, corrections) are seen through their *subject's* link, not their
// author's: a party sees who engaged it, but not what that party recorded about its other links.

/** What decides whether an incident is visible: its subject, its author and who was told. */
export type IncidentSight = {
  reporterPartyId: PartyId;
  victim: { partyId: PartyId } | null;
  /** Parties notified of it (notifications to the authority left out). */
  notifiedPartyIds: readonly PartyId[];
};

/**
 * An incident is about its victim's party (a near miss: about its reporter's). The viewer sees it
 * when that party is one it may see entries about, when it reported it, or when it was told of it.
 */
export function canSeeIncident(subjects: ReadonlySet<PartyId>, viewerPartyId: PartyId, incident: IncidentSight): boolean {
  const subject = incident.victim?.partyId ?? incident.reporterPartyId;
  return subjects.has(subject) || incident.reporterPartyId === viewerPartyId || incident.notifiedPartyIds.includes(viewerPartyId);
}

/** A check is about its subject party; its checker sees it too (the agency's one check upwards). */
export function canSeeCheck(
  subjects: ReadonlySet<PartyId>,
  viewerPartyId: PartyId,
  check: { checkerPartyId: PartyId; subjectPartyId: PartyId },
): boolean {
  return subjects.has(check.subjectPartyId) || check.checkerPartyId === viewerPartyId;
}

/** The subject parties of a viewer in a folded chain (empty when the chain is not opened). */
export function subjectPartyIdsIn(state: ChainState, viewerPartyId: PartyId): Set<PartyId> {
  if (state.status !== 'Opened') return new Set();
  return new Set(chainSight(state.principalPartyId, allLinks(state), viewerPartyId).subjectPartyIds);
}

/** An incident of a folded chain, as `canSeeIncident` weighs it. */
export function incidentSightOf(incident: IncidentState): IncidentSight {
  return {
    reporterPartyId: incident.reporterPartyId,
    victim: incident.victim,
    notifiedPartyIds: incident.notifications.flatMap((n) => (n.retraction === null && n.recipient.kind === 'PARTY' ? [n.recipient.partyId] : [])),
  };
}
