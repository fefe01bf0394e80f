import { dutyEventTypes, type DutyEvent } from '../chain/duties/duty.events';
import { summarizeEvent } from './event-summary';
import type { ReplayEvent } from './replay-event';

const names: Record<string, string> = { principal: 'De Linde', main: 'Van Dijk', steel: 'Staalbouw', zzp: 'Piotr Nowak', jan: 'Jan de Vries', coord: 'Veilig Bouwen' };
const nameOf = (id: string) => names[id] ?? id;

// One of each duty event (the map's type makes a missing one a compile error).
const samples: { [T in DutyEvent['type']]: Extract<DutyEvent, { type: T }>['data'] } = {
  IncidentMeasuresRecorded: { incidentId: 'inc-1', recordedByPartyId: 'steel', description: 'Leuning geplaatst', evidence: [], dataSubjectId: 'jan' },
  WorkResumed: { incidentId: 'inc-1', resumedByPartyId: 'steel', victimPartyId: 'steel', victimWorkerId: 'jan' },
  RieExtractDelivered: { linkId: 'l', fromPartyId: 'main', toPartyId: 'steel', contentHash: 'ab'.repeat(32), summary: 'Valgevaar dak' },
  WorkStarted: { workStartId: 'w', linkId: 'l', partyId: 'steel', workerId: 'jan', topics: ['WORK_AT_HEIGHT'], startedByPartyId: 'main' },
  DirectSupervisionRecorded: { linkId: 'l', supervisorPartyId: 'main', selfEmployedPartyId: 'zzp', description: 'Werkvolgorde bepaald', recordedByPartyId: 'main' },
  LinkRequirementsSet: { linkId: 'l', setByPartyId: 'main', minimumCertificate: 'VCA_2STAR', minimumLadderStep: 3, maySubcontract: false, workerDiplomaRequired: true },
  ConstructionProjectDescribed: {
    estimatedWorkingDays: 120, peakSimultaneousWorkers: 24, personDays: 1900, plannedSiteStart: '2026-10-19', specialHazards: ['FALL_FROM_HEIGHT'], describedByPartyId: 'principal',
  },
  ConstructionNoticeFiled: { noticeNumber: 1, reference: 'NLA-2026-1', filedByPartyId: 'principal' },
  HealthSafetyPlanPublished: { version: 1, contentHash: 'cd'.repeat(32), summary: 'V&G-plan ontwerpfase', publishedByPartyId: 'principal' },
  HealthSafetyPlanAcknowledged: { version: 1, partyId: 'main' },
  CoordinatorAppointed: { phase: 'EXECUTION', coordinatorPartyId: 'coord', appointedByPartyId: 'principal' },
  ExecutionAgreementRecorded: { uitvoerendePartyId: 'main', reference: 'Overeenkomst 12', recordedByPartyId: 'principal' },
  CoordinatorDirectionIssued: { directionId: 'd', coordinatorPartyId: 'coord', addresseePartyIds: ['main', 'steel'], text: 'Randbeveiliging eerst' },
  CoordinatorDirectionAcknowledged: { directionId: 'd', partyId: 'steel' },
};

const event = (type: string, data: unknown): ReplayEvent => ({
  type,
  data,
  meta: { eventId: 'e', occurredAt: '2026-10-20T07:00:00.000Z', recordedAt: '2026-10-20T07:00:00.000Z', actorPartyId: 'main' },
} as ReplayEvent);

describe('summarizeEvent of the duty events', () => {
  it.each(dutyEventTypes.map((type) => [type]))('%s reads as a line with names, not as its type or an id', (type) => {
    const line = summarizeEvent(event(type, samples[type]), nameOf);
    expect(line).not.toContain(type);
    for (const id of ['principal', 'main', 'steel', 'zzp', 'jan', 'coord']) expect(line).not.toMatch(new RegExp(`\\b${id}\\b`));
    expect(line.length).toBeGreaterThan(20);
  });

  it('leaves out the free text of measures after an incident (it may name the victim)', () => {
    expect(summarizeEvent(event('IncidentMeasuresRecorded', samples.IncidentMeasuresRecorded), nameOf)).not.toContain('Leuning');
  });

  it('says who filed the prior notice and its reference', () => {
    expect(summarizeEvent(event('ConstructionNoticeFiled', samples.ConstructionNoticeFiled), nameOf)).toBe(
      'De Linde filed prior notice 1 (voormelding) with the NLA, reference NLA-2026-1',
    );
  });
});
