import {
  aChain,
  asParty,
  chainSpec,
  entryRetracted,
  incidentNotified,
  incidentReported,
  instructionAcknowledged,
  retractEntry,
  vergewisCheckRecorded,
  withEventId,
} from '../../../../testing/src/builders';
import { checkOf, incidentOf } from '../chain-collections';
import { findEntry } from './find-entry';

const given = aChain()
  .openedBy('principal')
  .withLink('principal', 'main')
  .withLink('main', 'steel')
  .withInstruction('wah', 'main')
  .withPassDown('wah', 'main', 'steel')
  .with(
    withEventId(instructionAcknowledged({ instructionId: 'wah', partyId: 'steel' }), 'e-ack'),
    withEventId(vergewisCheckRecorded({ checkId: 'c1', checkerPartyId: 'main', subjectPartyId: 'steel' }), 'e-check'),
    withEventId(incidentReported({ incidentId: 'nm', reporterPartyId: 'steel' }), 'e-nm'),
    withEventId(incidentNotified({ incidentId: 'nm', notifierPartyId: 'steel' }), 'e-notify'),
  )
  .events();

describe('RetractEntry', () => {
  it.each([
    ['e-ack', 'SafetyInstructionAcknowledged', 'steel'],
    ['evt-0005', 'SafetyInstructionPassedDown', 'main'],
    ['e-check', 'VergewisCheckRecorded', 'main'],
    ['e-nm', 'IncidentReported', 'steel'],
    ['e-notify', 'IncidentNotified', 'steel'],
  ] as const)('retracts %s (%s) by the party that recorded it', (targetEventId, targetType, partyId) => {
    chainSpec()
      .given(given)
      .when(retractEntry(asParty(partyId), { targetEventId, reason: ' Wrong chain ' }))
      .then([entryRetracted({ targetEventId, targetType, reason: 'Wrong chain', retractedByPartyId: partyId })]);
  });

  it('refuses entries that are not retractable', () => {
    chainSpec().given(given).when(retractEntry(asParty('main'), { targetEventId: 'evt-0004' })).thenThrows({ code: 'ENTRY_NOT_RETRACTABLE', params: { targetType: 'SafetyInstructionIssued' } });
    chainSpec().given(given).when(retractEntry(asParty('principal'), { targetEventId: 'evt-0001' })).thenThrows('ENTRY_NOT_RETRACTABLE');
  });

  it('refuses anyone but the recorder, an unknown entry, a missing reason, retracting twice', () => {
    chainSpec().given(given).when(retractEntry(asParty('main'), { targetEventId: 'e-ack' })).thenThrows('ENTRY_NOT_OWN');
    chainSpec().given(given).when(retractEntry(asParty('main'), { targetEventId: 'nope' })).thenThrows('ENTRY_NOT_FOUND');
    chainSpec().given(given).when(retractEntry(asParty('steel'), { targetEventId: 'e-ack', reason: ' ' })).thenThrows('ENTRY_REASON_REQUIRED');
    chainSpec()
      .given([...given, entryRetracted({ targetEventId: 'e-ack', targetType: 'SafetyInstructionAcknowledged', retractedByPartyId: 'steel' })])
      .when(retractEntry(asParty('steel'), { targetEventId: 'e-ack' }))
      .thenThrows('ENTRY_ALREADY_RETRACTED');
  });

  it('keeps a retracted entry listed, marked retracted, with who and why', () => {
    const state = chainSpec()
      .given([
        ...given,
        withEventId(entryRetracted({ targetEventId: 'e-check', targetType: 'VergewisCheckRecorded', retractedByPartyId: 'main' }), 'e-r1'),
        entryRetracted({ targetEventId: 'e-nm', targetType: 'IncidentReported', retractedByPartyId: 'steel', reason: 'Duplicate' }),
        entryRetracted({ targetEventId: 'e-notify', targetType: 'IncidentNotified', retractedByPartyId: 'steel' }),
      ])
      .state();
    expect(checkOf(state, 'c1')?.retraction).toEqual({
      retractionEventId: 'e-r1',
      reason: 'Entered by mistake',
      retractedByPartyId: 'main',
      occurredAt: '2026-03-02T08:09:00.000Z',
      recordedAt: '2026-03-02T08:09:00.000Z',
    });
    expect(incidentOf(state, 'nm')?.retraction).toMatchObject({ reason: 'Duplicate' });
    expect(incidentOf(state, 'nm')?.notifications[0].retraction).toMatchObject({ retractedByPartyId: 'steel' });
    expect(findEntry(state, 'e-check')?.retraction).toMatchObject({ retractionEventId: 'e-r1' });
    expect(findEntry(state, 'e-r1')).toMatchObject({ type: 'EntryRetracted', recordedByPartyId: 'main', ref: { kind: 'ENTRY', targetEventId: 'e-check' } });
  });
});
