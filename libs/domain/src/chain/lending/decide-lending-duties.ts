import { incidentDataSubject, subjectField } from '../../personal-data/data-subject';
import { Conflict, NotAllowed, RuleViolated } from '../../shared/errors';
import { requireText } from '../../shared/values';
import type { OpenedChain } from '../chain.state';
import { actingPartyInChain } from '../chain-guards';
import { requireEvidence } from '../checks/decide-record-vergewis-check';
import type { DeliverRieExtract, RecordIncidentMeasures, ResumeWork } from '../duties/duty.commands';
import type { IncidentMeasuresRecorded, RieExtractDelivered, WorkResumed } from '../duties/duty.events';
import { requireActiveLink, requireContentHash } from '../duties/duty-guards';
import { requireIncident } from '../incidents/decide-notify-incident';
import type { IncidentState } from '../chain.state';

/** Measures after an accident and the victim's resumption are the duty of the party holding gezag over the victim. */
export function OnlyAuthorityHolder(incident: IncidentState, partyId: string): void {
  if (incident.authorityHolderPartyId !== partyId) {
    throw new NotAllowed(
      'DUTY_NOT_AUTHORITY_HOLDER',
      { partyId, incidentId: incident.incidentId, authorityHolderPartyId: incident.authorityHolderPartyId },
      'OnlyAuthorityHolder',
    );
  }
}

export function decideRecordIncidentMeasures(command: RecordIncidentMeasures, state: OpenedChain): IncidentMeasuresRecorded[] {
  const description = requireText(command.data.description, 'description');
  const evidence = requireEvidence(command.data.evidence);
  const partyId = actingPartyInChain(state, command.metadata);
  const incident = requireIncident(state, command.data.incidentId);
  OnlyAuthorityHolder(incident, partyId);
  return [
    {
      type: 'IncidentMeasuresRecorded',
      data: {
        incidentId: incident.incidentId,
        recordedByPartyId: partyId,
        description,
        evidence,
        ...subjectField(incidentDataSubject(incident.victim, incident.victimRelation)),
      },
    },
  ];
}

export function decideResumeWork(command: ResumeWork, state: OpenedChain): WorkResumed[] {
  const partyId = actingPartyInChain(state, command.metadata);
  const incident = requireIncident(state, command.data.incidentId);
  OnlyAuthorityHolder(incident, partyId);
  if (state.duties.resumptions.some((r) => r.incidentId === incident.incidentId)) {
    throw new Conflict('RESUMPTION_ALREADY_RECORDED', { incidentId: incident.incidentId });
  }
  const victim = incident.victim;
  return [
    {
      type: 'WorkResumed',
      data: {
        incidentId: incident.incidentId,
        resumedByPartyId: partyId,
        victimPartyId: victim ? victim.partyId : partyId,
        victimWorkerId: victim ? victim.workerId : null,
      },
    },
  ];
}

/** The hirer hands its RI&E extract to the agency over the LENDING link it holds. */
export function RieExtractOverLendingLink(kind: string, linkId: string): void {
  if (kind !== 'LENDING') throw new RuleViolated('RIE_LINK_NOT_LENDING', { linkId }, 'RieExtractOverLendingLink');
}

export function decideDeliverRieExtract(command: DeliverRieExtract, state: OpenedChain): RieExtractDelivered[] {
  const contentHash = requireContentHash(command.data.contentHash);
  const summary = requireText(command.data.summary, 'summary');
  const partyId = actingPartyInChain(state, command.metadata);
  const link = requireActiveLink(state, command.data.linkId);
  if (link.fromPartyId !== partyId) throw new NotAllowed('LINK_NOT_HELD', { partyId, linkId: link.linkId });
  RieExtractOverLendingLink(link.kind, link.linkId);
  return [
    { type: 'RieExtractDelivered', data: { linkId: link.linkId, fromPartyId: link.fromPartyId, toPartyId: link.toPartyId, contentHash, summary } },
  ];
}
