import type { DutyEvent } from '../chain/duties/duty.events';
import { dutyEventTypes } from '../chain/duties/duty.events';
import type { ReplayEvent } from './replay-event';

const DUTY_TYPES: ReadonlySet<string> = new Set(dutyEventTypes);

/**
 * A readable line for the events of the duties around incidents, lent workers, work on site and the
 * construction process; null for another event. Free texts that may carry personal data (measures
 * after an incident) are left out: the line says what was recorded, the entry itself holds the text.
 */
export function summarizeDutyEvent(event: ReplayEvent, n: (id: string | null | undefined) => string): string | null {
  if (!DUTY_TYPES.has(event.type)) return null;
  const e = event as unknown as DutyEvent;
  switch (e.type) {
    case 'IncidentMeasuresRecorded':
      return `${n(e.data.recordedByPartyId)} recorded measures after incident ${e.data.incidentId} (${e.data.evidence.length} evidence file${e.data.evidence.length === 1 ? '' : 's'})`;
    case 'WorkResumed':
      return `${n(e.data.resumedByPartyId)} resumed work after incident ${e.data.incidentId}${e.data.victimWorkerId ? `; ${n(e.data.victimWorkerId)} of ${n(e.data.victimPartyId)} back at work` : ''}`;
    case 'RieExtractDelivered':
      return `${n(e.data.fromPartyId)} gave ${n(e.data.toPartyId)} the extract of its RI&E: ${e.data.summary}`;
    case 'WorkStarted':
      return `${n(e.data.workerId)} of ${n(e.data.partyId)} started work (${e.data.topics.join(', ')}), let on by ${n(e.data.startedByPartyId)}`;
    case 'DirectSupervisionRecorded':
      return `${n(e.data.supervisorPartyId)} directed the work of ${n(e.data.selfEmployedPartyId)} directly (a sign of gezag), recorded by ${n(e.data.recordedByPartyId)}`;
    case 'LinkRequirementsSet':
      return `${n(e.data.setByPartyId)} set the link's requirements: ${[
        e.data.minimumCertificate ? `at least ${e.data.minimumCertificate}` : null,
        e.data.minimumLadderStep != null ? `safety ladder step ${e.data.minimumLadderStep}` : null,
        e.data.maySubcontract ? 'may subcontract' : 'may not subcontract',
        e.data.workerDiplomaRequired ? 'workers need a diploma' : null,
      ]
        .filter((part) => part !== null)
        .join(', ')}`;
    case 'ConstructionProjectDescribed':
      return `${n(e.data.describedByPartyId)} described the works: ${e.data.estimatedWorkingDays} working days, ${e.data.peakSimultaneousWorkers} at once at the peak, ${e.data.personDays} person-days, site start ${e.data.plannedSiteStart}${e.data.specialHazards.length > 0 ? `, special hazards ${e.data.specialHazards.join(', ')}` : ''}`;
    case 'ConstructionNoticeFiled':
      return `${n(e.data.filedByPartyId)} filed prior notice ${e.data.noticeNumber} (voormelding) with the NLA, reference ${e.data.reference}`;
    case 'HealthSafetyPlanPublished':
      return `${n(e.data.publishedByPartyId)} published V&G plan v${e.data.version}: ${e.data.summary}`;
    case 'HealthSafetyPlanAcknowledged':
      return `${n(e.data.partyId)} acknowledged V&G plan v${e.data.version}`;
    case 'CoordinatorAppointed':
      return `${n(e.data.appointedByPartyId)} appointed ${n(e.data.coordinatorPartyId)} V&G coordinator for the ${e.data.phase === 'DESIGN' ? 'design' : 'execution'} phase`;
    case 'ExecutionAgreementRecorded':
      return `${n(e.data.recordedByPartyId)} recorded the written agreement with ${n(e.data.uitvoerendePartyId)} as the uitvoerende partij, reference ${e.data.reference}`;
    case 'CoordinatorDirectionIssued':
      return `Coordinator ${n(e.data.coordinatorPartyId)} gave a direction to ${e.data.addresseePartyIds.map((id) => n(id)).join(', ')}: ${e.data.text}`;
    case 'CoordinatorDirectionAcknowledged':
      return `${n(e.data.partyId)} acknowledged the coordinator's direction`;
  }
}
