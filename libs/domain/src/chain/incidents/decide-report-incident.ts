import { Conflict, Invalid, NotFound, RuleViolated } from '../../shared/errors';
import { isNonEmptyText, requireOneOf, requireText, requireTopics } from '../../shared/values';
import type { ReportIncident } from '../chain.commands';
import { incidentKinds, type IncidentReported, type IncidentVictim } from '../chain.events';
import type { LinkState, OpenedChain } from '../chain.state';
import { actingPartyInChain } from '../chain-guards';
import { incidentOf, linkOf } from '../chain-collections';
import { partiesEverInChain } from '../queries/chain-links';
import { requireHappenedAt, requireSeverity } from './incident-rules';
import { victimRelationOf } from './victim-relation';

function requireVictimShape(victim: unknown): IncidentVictim {
  const v = victim as Partial<IncidentVictim>;
  if (!isNonEmptyText(v.partyId)) throw new Invalid('INPUT_REQUIRED', { field: 'victim.partyId' });
  return { partyId: v.partyId, workerId: v.workerId ?? null, linkId: v.linkId ?? null };
}

/**
 * The victim's link, which must engage the victim's party. Only the principal's own people have no
 * link; anyone else's relation (employee, lent worker, zzp'er) comes from the link, never a guess.
 */
function victimLink(state: OpenedChain, victim: IncidentVictim): LinkState | null {
  if (victim.linkId === null) {
    if (victim.partyId === state.principalPartyId) return null;
    throw new Invalid('INCIDENT_VICTIM_LINK_REQUIRED', { partyId: victim.partyId });
  }
  const link = linkOf(state, victim.linkId);
  if (!link) throw new NotFound('LINK_NOT_FOUND', { linkId: victim.linkId });
  if (link.toPartyId !== victim.partyId) {
    throw new Invalid('INCIDENT_VICTIM_LINK_MISMATCH', { linkId: victim.linkId, partyId: victim.partyId });
  }
  return link;
}

export function decideReportIncident(command: ReportIncident, state: OpenedChain): IncidentReported[] {
  const { incidentId } = command.data;
  const kind = requireOneOf(command.data.kind, incidentKinds, 'kind');
  const happenedAt = requireHappenedAt(command.data.happenedAt, command.metadata.now);
  const location = requireText(command.data.location, 'location');
  const description = requireText(command.data.description, 'description');
  const topics = requireTopics(command.data.topics);
  const { severity, absenceDays } = requireSeverity(kind, command.data.severity, command.data.absenceDays);
  if (kind === 'NEAR_MISS' && command.data.victim !== null) throw new Invalid('INCIDENT_NEAR_MISS_HAS_VICTIM');
  if (kind === 'ACCIDENT' && command.data.victim === null) throw new Invalid('INCIDENT_VICTIM_REQUIRED');
  const victim = command.data.victim === null ? null : requireVictimShape(command.data.victim);

  const reporterPartyId = actingPartyInChain(state, command.metadata);
  if (incidentOf(state, incidentId)) throw new Conflict('INCIDENT_ALREADY_REPORTED', { incidentId });
  let link: LinkState | null = null;
  if (victim !== null) {
    // a victim's link may have ended since; it must have been in the chain
    if (!partiesEverInChain(state).includes(victim.partyId)) {
      throw new RuleViolated('INCIDENT_VICTIM_NOT_IN_CHAIN', { partyId: victim.partyId });
    }
    link = victimLink(state, victim);
  }
  return [
    {
      type: 'IncidentReported',
      data: {
        incidentId,
        reporterPartyId,
        kind,
        happenedAt,
        location,
        description,
        topics,
        victim,
        severity,
        absenceDays,
        ...victimRelationOf(victim, link),
      },
    },
  ];
}
