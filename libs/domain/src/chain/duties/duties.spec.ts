import type { ChainCommand, CommandMetadata } from '../../index';
import { aChain, asParty, chainSpec, HASH_A, incidentReported } from '../../../../testing/src/builders';

// Given / when / then for the duty commands: lent-worker accident chain, RI&E extract, work starts,
// link requirements, direct supervision and the construction process.

type Of<T extends ChainCommand['type']> = Extract<ChainCommand, { type: T }>;
function cmd<T extends ChainCommand['type']>(type: T, metadata: CommandMetadata, data: Omit<Of<T>['data'], 'chainId'>): Of<T> {
  return { type, data: { chainId: 'chain-1', ...data }, metadata } as unknown as Of<T>;
}

const lentAccident = incidentReported({
  incidentId: 'inc',
  reporterPartyId: 'steel',
  kind: 'ACCIDENT',
  victim: { partyId: 'agency', workerId: 'w7', linkId: 'link-steel-agency' },
  severity: 'HOSPITAL_ADMISSION',
  victimRelation: 'LENT_WORKER',
  authorityHolderPartyId: 'steel',
});

const chain = () =>
  aChain()
    .openedBy('principal')
    .withLink('principal', 'main')
    .withLink('main', 'steel')
    .withLink('steel', 'agency', { kind: 'LENDING' })
    .withLink('steel', 'zzp', { kind: 'SELF_EMPLOYED' })
    .with(lentAccident);
const agencyWorker = { workerId: 'w7', partyId: 'agency', languages: ['pl'] };

describe('lent-worker accident chain', () => {
  it('RecordIncidentMeasures: the hirer (gezag holder) records measures with evidence', () => {
    chainSpec()
      .given(chain().events())
      .when(cmd('RecordIncidentMeasures', asParty('steel'), { incidentId: 'inc', description: ' Edge protection ', evidence: [{ name: 'photo', sha256: HASH_A }] }))
      .then([
        { type: 'IncidentMeasuresRecorded', data: { incidentId: 'inc', recordedByPartyId: 'steel', description: 'Edge protection', evidence: [{ name: 'photo', sha256: HASH_A }], dataSubjectId: 'w7' } },
      ]);
  });

  it('RecordIncidentMeasures / ResumeWork: only the authority holder (OnlyAuthorityHolder)', () => {
    chainSpec()
      .given(chain().events())
      .when(cmd('RecordIncidentMeasures', asParty('agency'), { incidentId: 'inc', description: 'x', evidence: [] }))
      .thenThrows({ code: 'DUTY_NOT_AUTHORITY_HOLDER', rule: 'OnlyAuthorityHolder' });
    chainSpec().given(chain().events()).when(cmd('ResumeWork', asParty('main'), { incidentId: 'inc' })).thenThrows('DUTY_NOT_AUTHORITY_HOLDER');
    chainSpec().given(chain().events()).when(cmd('ResumeWork', asParty('steel'), { incidentId: 'nope' })).thenThrows('INCIDENT_NOT_FOUND');
  });

  it('ResumeWork: records the victim resuming, once', () => {
    const resumed = { type: 'WorkResumed' as const, data: { incidentId: 'inc', resumedByPartyId: 'steel', victimPartyId: 'agency', victimWorkerId: 'w7' } };
    chainSpec().given(chain().events()).when(cmd('ResumeWork', asParty('steel'), { incidentId: 'inc' })).then([resumed]);
    chainSpec().given([...chain().events(), resumed]).when(cmd('ResumeWork', asParty('steel'), { incidentId: 'inc' })).thenThrows('RESUMPTION_ALREADY_RECORDED');
  });

  it('DeliverRieExtract: hirer to agency over the LENDING link it holds', () => {
    chainSpec()
      .given(chain().events())
      .when(cmd('DeliverRieExtract', asParty('steel'), { linkId: 'link-steel-agency', contentHash: HASH_A, summary: 'RI&E steel erection' }))
      .then([
        { type: 'RieExtractDelivered', data: { linkId: 'link-steel-agency', fromPartyId: 'steel', toPartyId: 'agency', contentHash: HASH_A, summary: 'RI&E steel erection' } },
      ]);
    const spec = () => chainSpec().given(chain().events());
    spec().when(cmd('DeliverRieExtract', asParty('steel'), { linkId: 'link-steel-zzp', contentHash: HASH_A, summary: 's' })).thenThrows({ code: 'RIE_LINK_NOT_LENDING', rule: 'RieExtractOverLendingLink' });
    spec().when(cmd('DeliverRieExtract', asParty('agency'), { linkId: 'link-steel-agency', contentHash: HASH_A, summary: 's' })).thenThrows('LINK_NOT_HELD');
    spec().when(cmd('DeliverRieExtract', asParty('steel'), { linkId: 'link-steel-agency', contentHash: 'nope', summary: 's' })).thenThrows('INSTRUCTION_HASH_INVALID');
    spec().when(cmd('DeliverRieExtract', asParty('steel'), { linkId: 'nope', contentHash: HASH_A, summary: 's' })).thenThrows('LINK_NOT_FOUND');
  });
});

describe('work on site', () => {
  it('StartWork: a worker of the engaged party starts on the link, with the task topics', () => {
    chainSpec()
      .given(chain().events())
      .when(cmd('StartWork', asParty('steel'), { workStartId: 'ws1', linkId: 'link-steel-agency', workerId: 'w7', worker: agencyWorker, topics: ['WORK_AT_HEIGHT'] }))
      .then([
        { type: 'WorkStarted', data: { workStartId: 'ws1', linkId: 'link-steel-agency', partyId: 'agency', workerId: 'w7', topics: ['WORK_AT_HEIGHT'], startedByPartyId: 'steel' } },
      ]);
  });

  it('StartWork: refuses a worker of another party, an unknown worker, or a party off the link', () => {
    const spec = () => chainSpec().given(chain().events());
    spec()
      .when(cmd('StartWork', asParty('steel'), { workStartId: 'ws1', linkId: 'link-steel-zzp', workerId: 'w7', worker: agencyWorker, topics: [] }))
      .thenThrows({ code: 'WORK_WORKER_NOT_ON_LINK', rule: 'WorkerMustBeOnLink' });
    spec().when(cmd('StartWork', asParty('steel'), { workStartId: 'ws1', linkId: 'link-steel-agency', workerId: 'w7', worker: null, topics: [] })).thenThrows('WORKER_NOT_FOUND');
    spec().when(cmd('StartWork', asParty('main'), { workStartId: 'ws1', linkId: 'link-steel-agency', workerId: 'w7', worker: agencyWorker, topics: [] })).thenThrows('LINK_NOT_HELD');
    spec().when(cmd('StartWork', asParty('steel'), { workStartId: 'ws1', linkId: 'link-steel-agency', workerId: 'w7', worker: agencyWorker, topics: ['bad topic'] })).thenThrows('TOPIC_INVALID');
  });

  it('RecordDirectSupervision: on a zzp link, by the zzp or a supervisor above it', () => {
    chainSpec()
      .given(chain().events())
      .when(cmd('RecordDirectSupervision', asParty('zzp'), { linkId: 'link-steel-zzp', supervisorPartyId: 'steel', description: 'Foreman assigns tasks daily' }))
      .then([
        {
          type: 'DirectSupervisionRecorded',
          data: { linkId: 'link-steel-zzp', supervisorPartyId: 'steel', selfEmployedPartyId: 'zzp', description: 'Foreman assigns tasks daily', recordedByPartyId: 'zzp' },
        },
      ]);
    const spec = () => chainSpec().given(chain().events());
    spec().when(cmd('RecordDirectSupervision', asParty('steel'), { linkId: 'link-steel-agency', supervisorPartyId: 'steel', description: 'x' })).thenThrows({ code: 'SUPERVISION_LINK_NOT_SELF_EMPLOYED', rule: 'SupervisionOfSelfEmployed' });
    spec().when(cmd('RecordDirectSupervision', asParty('agency'), { linkId: 'link-steel-zzp', supervisorPartyId: 'steel', description: 'x' })).thenThrows('LINK_NOT_HELD');
    spec().when(cmd('RecordDirectSupervision', asParty('zzp'), { linkId: 'link-steel-zzp', supervisorPartyId: 'agency', description: 'x' })).thenThrows('VERGEWIS_NOT_UPSTREAM');
  });

  it('SetLinkRequirements: by the party holding the link, ladder step 1–5', () => {
    chainSpec()
      .given(chain().events())
      .when(cmd('SetLinkRequirements', asParty('main'), { linkId: 'link-main-steel', minimumCertificate: 'VCA_2STAR', minimumLadderStep: 3, maySubcontract: true, workerDiplomaRequired: true }))
      .then([
        { type: 'LinkRequirementsSet', data: { linkId: 'link-main-steel', setByPartyId: 'main', minimumCertificate: 'VCA_2STAR', minimumLadderStep: 3, maySubcontract: true, workerDiplomaRequired: true } },
      ]);
    const spec = () => chainSpec().given(chain().events());
    spec().when(cmd('SetLinkRequirements', asParty('main'), { linkId: 'link-main-steel', minimumCertificate: null, minimumLadderStep: 6, maySubcontract: true, workerDiplomaRequired: false })).thenThrows('LADDER_STEP_INVALID');
    spec().when(cmd('SetLinkRequirements', asParty('main'), { linkId: 'link-main-steel', minimumCertificate: 'ISO' as never, minimumLadderStep: null, maySubcontract: true, workerDiplomaRequired: false })).thenThrows('INPUT_VALUE_INVALID');
    spec().when(cmd('SetLinkRequirements', asParty('steel'), { linkId: 'link-main-steel', minimumCertificate: null, minimumLadderStep: null, maySubcontract: true, workerDiplomaRequired: false })).thenThrows('LINK_NOT_HELD');
  });
});

describe('construction process', () => {
  const described = {
    type: 'ConstructionProjectDescribed' as const,
    data: { estimatedWorkingDays: 120, peakSimultaneousWorkers: 25, personDays: 1800, plannedSiteStart: '2026-04-01', specialHazards: [], describedByPartyId: 'principal' },
  };
  const coordinator = { type: 'CoordinatorAppointed' as const, data: { phase: 'EXECUTION' as const, coordinatorPartyId: 'main', appointedByPartyId: 'principal' } };

  it('DescribeConstructionProject and FileConstructionNotice: by the principal, notices numbered', () => {
    chainSpec()
      .given(chain().events())
      .when(cmd('DescribeConstructionProject', asParty('principal'), { estimatedWorkingDays: 120, peakSimultaneousWorkers: 25, personDays: 1800, plannedSiteStart: '2026-04-01', specialHazards: [] }))
      .then([described]);
    // the hazards of Annex II of Directive 92/57/EEC, each once; an unknown one is refused
    chainSpec()
      .given(chain().events())
      .when(cmd('DescribeConstructionProject', asParty('principal'), { estimatedWorkingDays: 5, peakSimultaneousWorkers: 2, personDays: 10, plannedSiteStart: '2026-04-01', specialHazards: ['FALL_FROM_HEIGHT', 'FALL_FROM_HEIGHT'] }))
      .then([{ type: 'ConstructionProjectDescribed', data: { estimatedWorkingDays: 5, peakSimultaneousWorkers: 2, personDays: 10, plannedSiteStart: '2026-04-01', specialHazards: ['FALL_FROM_HEIGHT'], describedByPartyId: 'principal' } }]);
    chainSpec()
      .given(chain().events())
      .when(cmd('DescribeConstructionProject', asParty('principal'), { estimatedWorkingDays: 5, peakSimultaneousWorkers: 2, personDays: 10, plannedSiteStart: '2026-04-01', specialHazards: ['SHARKS'] }))
      .thenThrows({ code: 'INPUT_VALUE_INVALID', params: { field: 'specialHazards' } });
    chainSpec()
      .given([...chain().events(), described, { type: 'ConstructionNoticeFiled', data: { noticeNumber: 1, reference: 'NLA-1', filedByPartyId: 'principal' } }])
      .when(cmd('FileConstructionNotice', asParty('principal'), { reference: ' NLA-1b ' }))
      .then([{ type: 'ConstructionNoticeFiled', data: { noticeNumber: 2, reference: 'NLA-1b', filedByPartyId: 'principal' } }]);
  });

  it('refuses construction steps by others, bad figures, and a notice before a description', () => {
    const spec = () => chainSpec().given(chain().events());
    spec().when(cmd('FileConstructionNotice', asParty('main'), { reference: 'x' })).thenThrows({ code: 'CONSTRUCTION_NOT_PRINCIPAL', rule: 'OnlyPrincipalForConstruction' });
    spec().when(cmd('FileConstructionNotice', asParty('principal'), { reference: 'x' })).thenThrows({ code: 'CONSTRUCTION_PROJECT_NOT_DESCRIBED', rule: 'NoticeNeedsProjectDescription' });
    spec()
      .when(cmd('DescribeConstructionProject', asParty('principal'), { estimatedWorkingDays: -1, peakSimultaneousWorkers: 1, personDays: 1, plannedSiteStart: '2026-04-01', specialHazards: [] }))
      .thenThrows({ code: 'CONSTRUCTION_FIGURE_INVALID', params: { field: 'estimatedWorkingDays' } });
    spec()
      .when(cmd('DescribeConstructionProject', asParty('principal'), { estimatedWorkingDays: 1, peakSimultaneousWorkers: 1, personDays: 1, plannedSiteStart: '1 April', specialHazards: [] }))
      .thenThrows('INPUT_DATE_INVALID');
  });

  it('V&G plan: versions by the principal or a coordinator; only the current version can be acknowledged, once', () => {
    const v1 = { type: 'HealthSafetyPlanPublished' as const, data: { version: 1, contentHash: HASH_A, summary: 'v1', publishedByPartyId: 'principal' } };
    chainSpec()
      .given([...chain().events(), coordinator, v1])
      .when(cmd('PublishHealthSafetyPlan', asParty('main'), { contentHash: HASH_A, summary: 'v2' }))
      .then([{ type: 'HealthSafetyPlanPublished', data: { version: 2, contentHash: HASH_A, summary: 'v2', publishedByPartyId: 'main' } }]);
    chainSpec().given(chain().events()).when(cmd('PublishHealthSafetyPlan', asParty('steel'), { contentHash: HASH_A, summary: 'x' })).thenThrows('CONSTRUCTION_NOT_PRINCIPAL');
    chainSpec().given([...chain().events(), v1]).when(cmd('AcknowledgeHealthSafetyPlan', asParty('steel'), { version: 1 })).then([{ type: 'HealthSafetyPlanAcknowledged', data: { version: 1, partyId: 'steel' } }]);
    chainSpec()
      .given([...chain().events(), v1, { type: 'HealthSafetyPlanAcknowledged', data: { version: 1, partyId: 'steel' } }])
      .when(cmd('AcknowledgeHealthSafetyPlan', asParty('steel'), { version: 1 }))
      .thenThrows('PLAN_ALREADY_ACKNOWLEDGED');
    chainSpec().given([...chain().events(), v1]).when(cmd('AcknowledgeHealthSafetyPlan', asParty('steel'), { version: 2 })).thenThrows({ code: 'PLAN_VERSION_NOT_CURRENT', rule: 'PlanVersionMustBeCurrent' });
    chainSpec().given(chain().events()).when(cmd('AcknowledgeHealthSafetyPlan', asParty('steel'), { version: 1 })).thenThrows('PLAN_VERSION_NOT_CURRENT');
  });

  it('coordinators: appointed by the principal; only they issue directions, which addressees acknowledge once', () => {
    chainSpec()
      .given(chain().events())
      .when(cmd('AppointCoordinator', asParty('principal'), { phase: 'EXECUTION', coordinatorPartyId: 'main', coordinator: { partyId: 'main', kind: 'ORGANISATION' } }))
      .then([coordinator]);
    chainSpec().given(chain().events()).when(cmd('AppointCoordinator', asParty('principal'), { phase: 'EXECUTION', coordinatorPartyId: 'x', coordinator: null })).thenThrows('PARTY_NOT_FOUND');
    // Arbobesluit 2.29: the uitvoerende partij (main contractor) appoints its own execution-phase coordinator
    chainSpec()
      .given(chain().events())
      .when(cmd('AppointCoordinator', asParty('main'), { phase: 'EXECUTION', coordinatorPartyId: 'main', coordinator: { partyId: 'main', kind: 'ORGANISATION' } }))
      .then([{ type: 'CoordinatorAppointed', data: { phase: 'EXECUTION', coordinatorPartyId: 'main', appointedByPartyId: 'main' } }]);
    chainSpec()
      .given(chain().events())
      .when(cmd('AppointCoordinator', asParty('main'), { phase: 'DESIGN', coordinatorPartyId: 'main', coordinator: { partyId: 'main', kind: 'ORGANISATION' } }))
      .thenThrows({ code: 'CONSTRUCTION_NOT_PRINCIPAL', rule: 'OnlyPrincipalForConstruction' });
    chainSpec()
      .given(chain().events())
      .when(cmd('AppointCoordinator', asParty('steel'), { phase: 'EXECUTION', coordinatorPartyId: 'steel', coordinator: { partyId: 'steel', kind: 'ORGANISATION' } }))
      .thenThrows('CONSTRUCTION_NOT_PRINCIPAL');
    // Arbobesluit 2.32(2): the principal records its written agreement with the uitvoerende partij
    chainSpec()
      .given(chain().events())
      .when(cmd('RecordExecutionAgreement', asParty('principal'), { uitvoerendePartyId: 'main', reference: ' Contract 17 ' }))
      .then([{ type: 'ExecutionAgreementRecorded', data: { uitvoerendePartyId: 'main', reference: 'Contract 17', recordedByPartyId: 'principal' } }]);
    chainSpec().given(chain().events()).when(cmd('RecordExecutionAgreement', asParty('main'), { uitvoerendePartyId: 'main', reference: 'x' })).thenThrows('CONSTRUCTION_NOT_PRINCIPAL');
    chainSpec()
      .given(chain().events())
      .when(cmd('RecordExecutionAgreement', asParty('principal'), { uitvoerendePartyId: 'steel', reference: 'x' }))
      .thenThrows({ code: 'CONSTRUCTION_NOT_UITVOERENDE_PARTIJ', rule: 'AgreementWithUitvoerendePartij' });
    chainSpec().given(chain().events()).when(cmd('AppointCoordinator', asParty('principal'), { phase: 'BUILD' as never, coordinatorPartyId: 'main', coordinator: null })).thenThrows('INPUT_VALUE_INVALID');
    const direction = { type: 'CoordinatorDirectionIssued' as const, data: { directionId: 'd1', coordinatorPartyId: 'main', addresseePartyIds: ['steel'], text: 'Close the edge' } };
    chainSpec().given([...chain().events(), coordinator]).when(cmd('IssueCoordinatorDirection', asParty('main'), { directionId: 'd1', addresseePartyIds: ['steel', 'steel'], text: 'Close the edge' })).then([direction]);
    chainSpec().given(chain().events()).when(cmd('IssueCoordinatorDirection', asParty('main'), { directionId: 'd1', addresseePartyIds: ['steel'], text: 'x' })).thenThrows({ code: 'DIRECTION_NOT_COORDINATOR', rule: 'OnlyCoordinatorDirects' });
    chainSpec().given([...chain().events(), coordinator]).when(cmd('IssueCoordinatorDirection', asParty('main'), { directionId: 'd1', addresseePartyIds: ['outsider'], text: 'x' })).thenThrows('CHAIN_PARTY_NOT_IN_CHAIN');
    const given = [...chain().events(), coordinator, direction];
    chainSpec().given(given).when(cmd('AcknowledgeCoordinatorDirection', asParty('steel'), { directionId: 'd1' })).then([{ type: 'CoordinatorDirectionAcknowledged', data: { directionId: 'd1', partyId: 'steel' } }]);
    chainSpec().given(given).when(cmd('AcknowledgeCoordinatorDirection', asParty('zzp'), { directionId: 'd1' })).thenThrows('DIRECTION_NOT_ADDRESSED');
    chainSpec().given(given).when(cmd('AcknowledgeCoordinatorDirection', asParty('steel'), { directionId: 'd2' })).thenThrows('DIRECTION_NOT_FOUND');
    chainSpec()
      .given([...given, { type: 'CoordinatorDirectionAcknowledged', data: { directionId: 'd1', partyId: 'steel' } }])
      .when(cmd('AcknowledgeCoordinatorDirection', asParty('steel'), { directionId: 'd1' }))
      .thenThrows('DIRECTION_ALREADY_ACKNOWLEDGED');
  });
});

describe('the agency ascertains the hirer\'s measures (an upward vergewis check)', () => {
  const check = (by: string, subjectPartyId: string, relatedIncidentId: string | null, subject: 'MEASURES_TAKEN' | 'OTHER' = 'MEASURES_TAKEN') =>
    cmd('RecordVergewisCheck', asParty(by), {
      checkId: 'c1',
      subjectPartyId,
      subjectWorkerId: null,
      subjectWorker: null,
      subject,
      outcome: 'CONFIRMED',
      summary: 'Edge protection in place',
      evidence: [],
      validUntil: null,
      relatedIncidentId,
      relatedInstructionId: null,
    });
  it('lets the victim\'s agency check the hirer about the measures after that accident', () => {
    expect(chainSpec().given(chain().events()).when(check('agency', 'steel', 'inc')).decided()).toEqual([
      expect.objectContaining({ type: 'VergewisCheckRecorded', data: expect.objectContaining({ checkerPartyId: 'agency', subjectPartyId: 'steel', relatedIncidentId: 'inc' }) }),
    ]);
  });
  it('still refuses other upward checks', () => {
    chainSpec().given(chain().events()).when(check('agency', 'steel', null)).thenThrows('VERGEWIS_NOT_UPSTREAM');
    chainSpec().given(chain().events()).when(check('agency', 'steel', 'inc', 'OTHER')).thenThrows('VERGEWIS_NOT_UPSTREAM');
    chainSpec().given(chain().events()).when(check('agency', 'main', 'inc')).thenThrows('VERGEWIS_NOT_UPSTREAM');
  });
});
