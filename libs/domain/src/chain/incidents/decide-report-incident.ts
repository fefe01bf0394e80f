import { Conflict, Invalid, NotAllowed, NotFound, RuleViolated } from '../../shared/errors';
import { isNonEmptyText, requireOneOf, requireText, requireTopics, type PartyId, type ResolvedWorker } from '../../shared/values';
import type { ReportIncident } from '../chain.commands';
import { incidentKinds, type IncidentReported, type IncidentVictim } from '../chain.events';
import type { LinkState, OpenedChain } from '../chain.state';
import { actingPartyInChain } from '../chain-guards';
import { incidentOf, linkOf } from '../chain-collections';
import { partiesEverInChain } from '../queries/chain-links';
import { visibleLinks } from '../queries/visibility';
import { requireHappenedAt, requireSeverity } from './incident-rules';
import { victimRelationOf } from './victim-relation';

function requireVictimShape(victim: unknown): IncidentVictim {
  const v = victim as Partial<IncidentVictim>;
  if (!isNonEmptyText(v.partyId)) throw new Invalid('INPUT_REQUIRED', { field: 'victim.partyId' });
  return { partyId: v.partyId, workerId: v.workerId ?? null, linkId: v.linkId ?? null };
}

/**
 * The victim's link, which must engage the victim's party. Only the principal's own staff stand on
 * no link: anyone else's Arbo employer follows from the link, never from a silent default.
 */
export function victimLink(state: OpenedChain, victim: IncidentVictim): LinkState | null {
  if (victim.linkId === null) {
    if (victim.partyId === state.principalPartyId) return null;
    throw new Invalid('INCIDENT_VICTIM_LINK_REQUIRED', { partyId: victim.partyId }, 'VictimStandsOnLink');
  }
  const link = linkOf(state, victim.linkId);
  if (!link) throw new NotFound('LINK_NOT_FOUND', { linkId: victim.linkId });
  if (link.toPartyId !== victim.partyId) {
    throw new Invalid('INCIDENT_VICTIM_LINK_MISMATCH', { linkId: victim.linkId, partyId: victim.partyId });
  }
  return link;
}

/**
 * A party reports about itself and the parties below it (the principal about everyone): the victim's
 * link must be one it sees, and a victim on no link (the principal's staff) only the principal.
 */
export function ReporterMaySeeVictimLink(state: OpenedChain, reporterPartyId: PartyId, victimPartyId: PartyId, link: LinkState | null): void {
  const sees = link === null ? reporterPartyId === state.principalPartyId : visibleLinks(state, reporterPartyId).some((l) => l.linkId === link.linkId);
  if (!sees) {
    throw new NotAllowed('INCIDENT_VICTIM_NOT_REPORTABLE', { partyId: reporterPartyId, victimPartyId }, 'ReporterMaySeeVictimLink');
  }
}

/** A named victim worker must be a registered worker of the victim's party. */
export function VictimWorkerOfVictimParty(victim: IncidentVictim, worker: ResolvedWorker | null): void {
  if (victim.workerId === null) return;
  if (worker === null || worker.workerId !== victim.workerId || worker.partyId !== victim.partyId) {
    throw new Invalid('INCIDENT_VICTIM_WORKER_NOT_OF_PARTY', { workerId: victim.workerId, partyId: victim.partyId }, 'VictimWorkerOfVictimParty');
  }
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
    ReporterMaySeeVictimLink(state, reporterPartyId, victim.partyId, link);
    VictimWorkerOfVictimParty(victim, command.data.victimWorker);
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
