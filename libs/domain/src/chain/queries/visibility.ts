import type { PartyId } from '../../shared/values';
import type { ChainState, IncidentState, LinkState } from '../chain.state';
import { allLinks, partiesEverInChain, reachableBelow, type LinkEnds } from './chain-links';

// Visibility follows every link the viewer held, ended ones included: what it once engaged,
// it may still see in the record.

/**
 * Parties a viewer may see: the principal sees every tier; any other party sees itself, the
 * parties that engaged it, and everything below its own links. A party never in the chain sees none.
 */
export function visiblePartyIds(state: ChainState, viewerPartyId: PartyId): PartyId[] {
  if (state.status !== 'Opened') return [];
  const everyone = partiesEverInChain(state);
  if (viewerPartyId === state.principalPartyId) return everyone;
  if (!everyone.includes(viewerPartyId)) return [];
  const links = allLinks(state);
  const visible = new Set<PartyId>([viewerPartyId]);
  for (const link of links) if (link.toPartyId === viewerPartyId) visible.add(link.fromPartyId);
  for (const partyId of reachableBelow(links, viewerPartyId)) visible.add(partyId);
  // keep the chain's own order (principal first, then by engagement)
  return everyone.filter((partyId) => visible.has(partyId));
}

/** Links a viewer may see: its own (both directions) and every link below its own. */
export function visibleLinks(state: ChainState, viewerPartyId: PartyId): readonly LinkState[] {
  if (state.status !== 'Opened') return [];
  const links = allLinks(state);
  if (viewerPartyId === state.principalPartyId) return links;
  const below = reachableBelow(links, viewerPartyId);
  return links.filter(
    (link) => link.toPartyId === viewerPartyId || link.fromPartyId === viewerPartyId || below.has(link.fromPartyId),
  );
}

export function canSeeChain(state: ChainState, viewerPartyId: PartyId): boolean {
  return visiblePartyIds(state, viewerPartyId).length > 0;
}

// Entries (checks, incidents, corrections) are seen through their *subject's* link, not their
// author's: a party sees who engaged it, but not what that party recorded about its other links.

/**
 * Parties an entry may be about for the viewer to see it: every party for the principal, else the
 * viewer itself and every party below its links (ended ones included). Empty for an outsider.
 */
export function subjectPartyIdsOf(principalPartyId: PartyId, links: readonly LinkEnds[], viewerPartyId: PartyId): Set<PartyId> {
  const everyone = new Set<PartyId>([principalPartyId, ...links.map((link) => link.toPartyId)]);
  if (viewerPartyId === principalPartyId) return everyone;
  if (!everyone.has(viewerPartyId)) return new Set();
  return new Set([viewerPartyId, ...reachableBelow(links, viewerPartyId)]);
}

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
  return subjectPartyIdsOf(state.principalPartyId, allLinks(state), viewerPartyId);
}

/** An incident of a folded chain, as `canSeeIncident` weighs it. */
export function incidentSightOf(incident: IncidentState): IncidentSight {
  return {
    reporterPartyId: incident.reporterPartyId,
    victim: incident.victim,
    notifiedPartyIds: incident.notifications.flatMap((n) => (n.retraction === null && n.recipient.kind === 'PARTY' ? [n.recipient.partyId] : [])),
  };
}
