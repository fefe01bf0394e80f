import { noticeEffectsOf } from './notice-drafts';
import { whoKnew } from '../replay/who-knew';
import type { ReplayEvent } from '../replay/replay-event';

const chain = 'chain-c1';
const accident = (severity: string, victimRelation: string | null = 'LENT_WORKER', holder: string | null = 'hirer') => ({
  type: 'IncidentReported',
  streamId: chain,
  data: { incidentId: 'i1', reporterPartyId: 'hirer', kind: 'ACCIDENT', happenedAt: '2026-09-15T08:00:00.000Z', severity, victimRelation, authorityHolderPartyId: holder },
});

describe('what an event asks Schakel to tell', () => {
  it('tells the receiving party of an instruction version passed down to it', () => {
    const passed = { type: 'SafetyInstructionPassedDown', streamId: chain, data: { instructionId: 'ins', version: 2, linkId: 'l', fromPartyId: 'main', toPartyId: 'steel' } };
    const draft = { chainId: 'c1', partyId: 'steel', workerId: null, fromPartyId: 'main', subject: { instructionId: 'ins', version: 2 }, dueAt: null };
    // a later version also tells those of the party who acknowledged an earlier one
    expect(noticeEffectsOf(passed, 24).drafts).toEqual([
      { ...draft, trigger: 'INSTRUCTION_RECEIVED' },
      { ...draft, trigger: 'INSTRUCTION_SUPERSEDED' },
    ]);
    const first = { ...passed, data: { ...passed.data, version: 1 } };
    expect(noticeEffectsOf(first, 24).drafts.map((d) => d.trigger)).toEqual(['INSTRUCTION_RECEIVED']);
  });

  it('tells the party a corrective action is assigned to what to fix, by whom, due when (about an incident: named by it for who-knew)', () => {
    const subject = { kind: 'INCIDENT', ruleId: null, findingArisenAt: null, incidentId: 'i1', directionId: null };
    const assigned = { type: 'CorrectiveActionAssigned', streamId: chain, data: { actionId: 'a1', subject, description: 'Fix the anchor', assigneePartyId: 'steel', assignedByPartyId: 'main', dueAt: '2026-09-20T10:00:00.000Z' } };
    expect(noticeEffectsOf(assigned, 24)).toEqual({
      drafts: [{ trigger: 'ACTION_ASSIGNED', chainId: 'c1', partyId: 'steel', workerId: null, fromPartyId: 'main', subject: { incidentId: 'i1' }, dueAt: null, deadline: '2026-09-20T10:00:00.000Z', label: 'Fix the anchor' }],
      withdrawals: [],
    });
    const long = { ...assigned, data: { ...assigned.data, subject: { ...subject, kind: 'FINDING', incidentId: null }, description: 'x'.repeat(1000) } };
    const [draft] = noticeEffectsOf(long, 24).drafts;
    expect([draft.subject, draft.label?.length, draft.label?.endsWith('…')]).toEqual([{}, 300, true]);
  });

  it('reminds the Arbo employer 4 hours before the NLA deadline (policy) of a reportable accident only', () => {
    const [draft] = noticeEffectsOf(accident('HOSPITAL_ADMISSION'), 24).drafts;
    expect(draft).toMatchObject({ trigger: 'NLA_REPORT_DUE', partyId: 'hirer', dueAt: '2026-09-16T04:00:00.000Z', deadline: '2026-09-16T08:00:00.000Z' });
    expect(noticeEffectsOf(accident('HOSPITAL_ADMISSION'), 8).drafts[0].dueAt).toBe('2026-09-15T12:00:00.000Z');
    expect(noticeEffectsOf(accident('ABSENCE'), 24).drafts).toEqual([]);
    // a genuine zzp'er has no employer to report for him
    expect(noticeEffectsOf(accident('DEATH', 'SELF_EMPLOYED', null), 24).drafts).toEqual([]);
  });

  it('tells the party an incident is notified to, and a report to the NLA withdraws the notifier\'s reminder', () => {
    const toAgency = { type: 'IncidentNotified', streamId: chain, data: { incidentId: 'i1', notifierPartyId: 'hirer', recipient: { kind: 'PARTY', partyId: 'agency' }, channel: 'EMAIL', reference: null } };
    expect(noticeEffectsOf(toAgency, 24).drafts.map((d) => [d.trigger, d.partyId])).toEqual([['INCIDENT_NOTIFIED', 'agency']]);
    const toNla = { ...toAgency, data: { ...toAgency.data, recipient: { kind: 'AUTHORITY', authority: 'NLA' } } };
    expect(noticeEffectsOf(toNla, 24)).toEqual({ drafts: [], withdrawals: [{ trigger: 'NLA_REPORT_DUE', partyId: 'hirer', incidentId: 'i1' }] });
  });

  it('sends each worker of a batch of personal links his own', () => {
    const made = {
      type: 'AcknowledgementLinksMade',
      streamId: 'acklinks-c1',
      data: { chainId: 'c1', batchId: 'b', instructionId: 'ins', version: 2, madeByPartyId: 'steel', links: [{ linkIdHash: 'h', workerId: 'w1', workerPartyId: 'agency', expiresAt: 'x' }] },
    };
    expect(noticeEffectsOf(made, 24).drafts).toEqual([
      { trigger: 'WORKER_LINK', chainId: 'c1', partyId: 'agency', workerId: 'w1', fromPartyId: 'steel', subject: { instructionId: 'ins', version: 2 }, dueAt: null, batchId: 'b', deadline: 'x' },
    ]);
  });
});

describe('inspector grants', () => {
  const granted = {
    type: 'InspectorAccessGranted',
    streamId: 'chainaccess-c1',
    data: { grantId: 'g', chainId: 'c1', inspectorPartyId: 'nla', inspectorUserId: null, validFrom: '2026-09-20T00:00:00.000Z', validUntil: '2026-10-20T00:00:00.000Z', grantedByPartyId: 'principal' },
  };

  it('tell the inspector when access starts and when it ends; a revocation ends it now and withdraws what was scheduled', () => {
    expect(noticeEffectsOf(granted, 24).drafts.map((d) => [d.trigger, d.partyId, d.dueAt])).toEqual([
      ['INSPECTOR_GRANT_STARTS', 'nla', '2026-09-20T00:00:00.000Z'],
      ['INSPECTOR_GRANT_ENDS', 'nla', '2026-10-20T00:00:00.000Z'],
    ]);
    const revoked = { type: 'InspectorAccessRevoked', streamId: 'chainaccess-c1', data: { grantId: 'g', chainId: 'c1', inspectorPartyId: 'nla', reason: 'klaar', revokedByPartyId: 'principal' } };
    expect(noticeEffectsOf(revoked, 24)).toEqual({
      drafts: [expect.objectContaining({ trigger: 'INSPECTOR_GRANT_ENDS', partyId: 'nla', dueAt: null, fromPartyId: 'principal' })],
      withdrawals: [
        { trigger: 'INSPECTOR_GRANT_STARTS', grantId: 'g' },
        { trigger: 'INSPECTOR_GRANT_ENDS', grantId: 'g' },
      ],
    });
  });
});

describe('credentials', () => {
  it('warn the holder 30 days before a certificate expires; recording it again withdraws the earlier warning', () => {
    const recorded = {
      type: 'CompanyCertificateRecorded',
      streamId: 'credentials-steel',
      data: { partyId: 'steel', certificateId: 'cert', scheme: 'VCA_2STAR', ladderStep: null, registerNumber: 'VCA-1', issuedOn: '2024-01-01', validUntil: '2027-01-31', status: 'VALID', recordedByPartyId: 'steel' },
    };
    expect(noticeEffectsOf(recorded, 24)).toEqual({
      drafts: [
        {
          trigger: 'CREDENTIAL_EXPIRES',
          chainId: null,
          partyId: 'steel',
          workerId: null,
          fromPartyId: 'steel',
          subject: { credentialId: 'cert' },
          dueAt: '2027-01-01T00:00:00.000Z',
          deadline: '2027-01-31T00:00:00.000Z',
          label: 'VCA** VCA-1',
        },
      ],
      withdrawals: [{ trigger: 'CREDENTIAL_EXPIRES', credentialId: 'cert' }],
    });
    expect(noticeEffectsOf({ ...recorded, data: { ...recorded.data, status: 'SUSPENDED' } }, 24).drafts).toEqual([]);
  });

  it('a VCA diploma expires the day after it is 10 years old', () => {
    const diploma = { type: 'WorkerDiplomaRecorded', streamId: 'credentials-steel', data: { partyId: 'steel', workerId: 'sanne', diploma: 'B_VCA', issuedOn: '2017-03-15', registerNumber: 'D-1', recordedByPartyId: 'steel' } };
    const [draft] = noticeEffectsOf(diploma, 24).drafts;
    expect(draft).toMatchObject({ workerId: 'sanne', deadline: '2027-03-16T00:00:00.000Z', dueAt: '2027-02-14T00:00:00.000Z', label: 'B-VCA D-1', subject: { credentialId: 'sanne:B_VCA' } });
  });
});

describe('who knew: messages Schakel sent', () => {
  const meta = (eventId: string, recordedAt: string) => ({ eventId, occurredAt: recordedAt, recordedAt, actorPartyId: null });
  const sent = (eventId: string, recordedAt: string, subject: object): ReplayEvent => ({
    type: 'NoticeSent',
    data: { deliveryId: eventId, chainId: 'c1', trigger: 'INCIDENT_NOTIFIED', channel: 'EMAIL', recipient: { partyId: 'agency', workerId: null, userId: 'u', address: 'a@x.nl' }, subject, sourceEventId: 'e', attempts: 1 },
    meta: meta(eventId, recordedAt),
  });

  it('shows a message as SENT to its recipient, about its subject only', () => {
    const reported: ReplayEvent = { type: 'IncidentReported', data: { incidentId: 'i1', reporterPartyId: 'hirer' }, meta: meta('r', '2026-09-15T08:00:00.000Z') };
    const events = [reported, sent('s1', '2026-09-15T08:05:00.000Z', { incidentId: 'i1' }), sent('s2', '2026-09-15T08:06:00.000Z', { incidentId: 'other' })];
    const answer = whoKnew(events, { kind: 'INCIDENT', incidentId: 'i1' });
    const agency = answer.knowers.find((k) => k.partyId === 'agency');
    expect(agency).toMatchObject({ how: 'SENT', since: '2026-09-15T08:05:00.000Z' });
    expect(agency!.ways).toEqual([expect.objectContaining({ how: 'SENT', eventId: 's1', noticeChannel: 'EMAIL' })]);
    const instruction = whoKnew([sent('s3', '2026-09-15T09:00:00.000Z', { instructionId: 'ins', version: 2 })], { kind: 'INSTRUCTION', instructionId: 'ins' });
    expect(instruction.knowers.map((k) => [k.partyId, k.how])).toEqual([['agency', 'SENT']]);
  });

  it('reminds an engaged party of missing acknowledgements two days before its planned start and on the day, at 07:00 Dutch time', () => {
    const engaged = { type: 'PartyEngaged', streamId: chain, data: { linkId: 'l', fromPartyId: 'main', toPartyId: 'steel', kind: 'SUBCONTRACT', scope: 'Staalwerk', startDate: '2026-09-16' } };
    expect(noticeEffectsOf(engaged, 24).drafts.map((d) => [d.trigger, d.occasion, d.partyId, d.dueAt, d.deadline, d.label])).toEqual([
      ['ACKNOWLEDGEMENTS_DUE', 'TWO_DAYS_BEFORE', 'steel', '2026-09-14T05:00:00.000Z', '2026-09-16T05:00:00.000Z', 'Staalwerk'],
      ['ACKNOWLEDGEMENTS_DUE', 'ON_THE_DAY', 'steel', '2026-09-16T05:00:00.000Z', '2026-09-16T05:00:00.000Z', 'Staalwerk'],
    ]);
    // winter time: 07:00 is 06:00 UTC
    const winter = { ...engaged, data: { ...engaged.data, startDate: '2026-12-09' } };
    expect(noticeEffectsOf(winter, 24).drafts.map((d) => d.dueAt)).toEqual(['2026-12-07T06:00:00.000Z', '2026-12-09T06:00:00.000Z']);
  });
});
