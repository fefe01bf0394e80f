import {
  asParty,
  chainOpened,
  chainSpec,
  correctEntry,
  engagementEnded,
  entryCorrected,
  entryRetracted,
  incidentNotified,
  incidentReported,
  partyEngaged,
  vergewisCheckRecorded,
  withEventId,
} from '../../../../testing/src/builders';
import { incidentOf, linkOf } from '../chain-collections';
import { findEntry } from './find-entry';

const opened = withEventId(chainOpened({ principalPartyId: 'principal' }), 'e-open');
const engaged = withEventId(partyEngaged({ linkId: 'l1', fromPartyId: 'principal', toPartyId: 'main', startDate: '2026-03-01' }), 'e-link');
const engaged2 = withEventId(partyEngaged({ linkId: 'l2', fromPartyId: 'main', toPartyId: 'steel' }), 'e-link2');
const check = withEventId(vergewisCheckRecorded({ checkId: 'c1', checkerPartyId: 'main', subjectPartyId: 'steel' }), 'e-check');
const accident = withEventId(
  incidentReported({
    incidentId: 'inc',
    reporterPartyId: 'main',
    kind: 'ACCIDENT',
    victim: { partyId: 'steel', workerId: 'w1', linkId: 'l2' },
    severity: 'ABSENCE',
    absenceDays: 2,
    victimRelation: 'EMPLOYEE',
    authorityHolderPartyId: 'steel',
  }),
  'e-inc',
);
const nearMiss = withEventId(incidentReported({ incidentId: 'nm', reporterPartyId: 'main' }), 'e-nm');
const notified = withEventId(incidentNotified({ incidentId: 'inc', notifierPartyId: 'main' }), 'e-notify');
const given = [opened, engaged, engaged2, check, accident, nearMiss, notified];

describe('CorrectEntry', () => {
  it('corrects an incident report: records the new and the previous values', () => {
    chainSpec()
      .given(given)
      .when(correctEntry(asParty('main'), { targetEventId: 'e-inc', reason: ' Typed 2, was 12 ', changes: { absenceDays: 12, location: 'Block C' } }))
      .then([
        entryCorrected({
          targetEventId: 'e-inc',
          targetType: 'IncidentReported',
          reason: 'Typed 2, was 12',
          changes: { absenceDays: 12, location: 'Block C' },
          previousValues: { absenceDays: 2, location: 'Scaffold, block B' },
          correctedByPartyId: 'main',
          // the victim's key covers the texts of the correction
          dataSubjectId: 'w1',
        }),
      ]);
  });

  it('records only the fields that really change', () => {
    chainSpec()
      .given(given)
      .when(correctEntry(asParty('main'), { targetEventId: 'e-inc', changes: { severity: 'ABSENCE', absenceDays: 3 } }))
      .then([
        entryCorrected({
          targetEventId: 'e-inc',
          targetType: 'IncidentReported',
          changes: { absenceDays: 3 },
          previousValues: { absenceDays: 2 },
          correctedByPartyId: 'main',
          dataSubjectId: 'w1',
        }),
      ]);
    chainSpec()
      .given(given)
      .when(correctEntry(asParty('main'), { targetEventId: 'e-inc', changes: { severity: 'ABSENCE' } }))
      .thenThrows('ENTRY_CHANGES_REQUIRED');
  });

  it('corrects the chain, a link and a check within their whitelists', () => {
    chainSpec()
      .given(given)
      .when(correctEntry(asParty('principal'), { targetEventId: 'e-open', changes: { siteAddress: 'Dorpsstraat 1' } }))
      .then([
        entryCorrected({
          targetEventId: 'e-open',
          targetType: 'ChainOpened',
          changes: { siteAddress: 'Dorpsstraat 1' },
          previousValues: { siteAddress: null },
          correctedByPartyId: 'principal',
        }),
      ]);
    chainSpec()
      .given(given)
      .when(correctEntry(asParty('principal'), { targetEventId: 'e-link', changes: { startDate: '2026-02-15' } }))
      .then([
        entryCorrected({
          targetEventId: 'e-link',
          targetType: 'PartyEngaged',
          changes: { startDate: '2026-02-15' },
          previousValues: { startDate: '2026-03-01' },
          correctedByPartyId: 'principal',
        }),
      ]);
    chainSpec()
      .given(given)
      .when(correctEntry(asParty('main'), { targetEventId: 'e-check', changes: { outcome: 'NOT_CONFIRMED', validUntil: null } }))
      .then([
        entryCorrected({
          targetEventId: 'e-check',
          targetType: 'VergewisCheckRecorded',
          changes: { outcome: 'NOT_CONFIRMED', validUntil: null },
          previousValues: { outcome: 'CONFIRMED', validUntil: '2027-03-01' },
          correctedByPartyId: 'main',
        }),
      ]);
  });

  it('refuses a field outside the whitelist', () => {
    const spec = () => chainSpec().given(given);
    spec()
      .when(correctEntry(asParty('main'), { targetEventId: 'e-inc', changes: { reporterPartyId: 'steel' } }))
      .thenThrows({ code: 'ENTRY_FIELD_NOT_CORRECTABLE', params: { field: 'reporterPartyId', targetType: 'IncidentReported' } });
    spec().when(correctEntry(asParty('principal'), { targetEventId: 'e-link', changes: { kind: 'LENDING' } })).thenThrows('ENTRY_FIELD_NOT_CORRECTABLE');
    spec().when(correctEntry(asParty('principal'), { targetEventId: 'e-open', changes: { principalPartyId: 'x' } })).thenThrows('ENTRY_FIELD_NOT_CORRECTABLE');
  });

  it('validates the new values as the original command would', () => {
    const spec = () => chainSpec().given(given);
    spec().when(correctEntry(asParty('main'), { targetEventId: 'e-inc', changes: { absenceDays: -1 } })).thenThrows('INCIDENT_ABSENCE_DAYS_INVALID');
    spec().when(correctEntry(asParty('main'), { targetEventId: 'e-inc', changes: { severity: 'BROKEN' } })).thenThrows('INPUT_VALUE_INVALID');
    spec().when(correctEntry(asParty('main'), { targetEventId: 'e-inc', changes: { happenedAt: '2026-03-09T00:00:00Z' } })).thenThrows('INCIDENT_HAPPENED_IN_FUTURE');
    spec().when(correctEntry(asParty('main'), { targetEventId: 'e-nm', changes: { severity: 'DEATH' } })).thenThrows('INCIDENT_NEAR_MISS_HAS_SEVERITY');
    spec().when(correctEntry(asParty('main'), { targetEventId: 'e-check', changes: { validUntil: '2026-01-01' } })).thenThrows('VERGEWIS_VALID_UNTIL_BEFORE_CHECK');
    spec().when(correctEntry(asParty('principal'), { targetEventId: 'e-link', changes: { scope: '' } })).thenThrows('LINK_SCOPE_REQUIRED');
    spec().when(correctEntry(asParty('principal'), { targetEventId: 'e-open', changes: { name: ' ' } })).thenThrows('CHAIN_NAME_REQUIRED');
    spec().when(correctEntry(asParty('main'), { targetEventId: 'e-notify', changes: { channel: 'FAX' } })).thenThrows('INPUT_VALUE_INVALID');
  });

  it('keeps the dates of an ended link in order', () => {
    const ended = withEventId(engagementEnded({ linkId: 'l2', endedByPartyId: 'main', endDate: '2026-03-10' }), 'e-end');
    const spec = () => chainSpec().given([...given, ended]);
    spec().when(correctEntry(asParty('main'), { targetEventId: 'e-link2', changes: { startDate: '2026-03-11' } })).thenThrows('LINK_END_BEFORE_START');
    spec().when(correctEntry(asParty('main'), { targetEventId: 'e-end', changes: { endDate: '2026-02-01' } })).thenThrows('LINK_END_BEFORE_START');
    spec()
      .when(correctEntry(asParty('main'), { targetEventId: 'e-end', changes: { endDate: '2026-03-12', reason: 'Extended' } }))
      .then([
        entryCorrected({
          targetEventId: 'e-end',
          targetType: 'EngagementEnded',
          changes: { endDate: '2026-03-12', reason: 'Extended' },
          previousValues: { endDate: '2026-03-10', reason: 'Work done' },
          correctedByPartyId: 'main',
        }),
      ]);
  });

  it('refuses anyone but the party that recorded the entry', () => {
    chainSpec()
      .given(given)
      .when(correctEntry(asParty('principal'), { targetEventId: 'e-inc', changes: { absenceDays: 3 } }))
      .thenThrows({ code: 'ENTRY_NOT_OWN', rule: 'EntryOnlyByItsRecorder' });
  });

  it('refuses an unknown entry, a retracted entry, no reason, no changes', () => {
    const spec = () => chainSpec().given(given);
    spec().when(correctEntry(asParty('main'), { targetEventId: 'nope', changes: { absenceDays: 3 } })).thenThrows('ENTRY_NOT_FOUND');
    spec().when(correctEntry(asParty('main'), { targetEventId: 'e-inc', reason: '', changes: { absenceDays: 3 } })).thenThrows('ENTRY_REASON_REQUIRED');
    spec().when(correctEntry(asParty('main'), { targetEventId: 'e-inc', changes: {} })).thenThrows('ENTRY_CHANGES_REQUIRED');
    chainSpec()
      .given([...given, entryRetracted({ targetEventId: 'e-check', targetType: 'VergewisCheckRecorded', retractedByPartyId: 'main' })])
      .when(correctEntry(asParty('main'), { targetEventId: 'e-check', changes: { summary: 'x' } }))
      .thenThrows('ENTRY_ALREADY_RETRACTED');
  });

  it('shows the corrected value and keeps the history: original, correction, who, reason, when', () => {
    const state = chainSpec()
      .given([
        ...given,
        withEventId(
          entryCorrected({
            targetEventId: 'e-link',
            targetType: 'PartyEngaged',
            changes: { scope: 'Shell, core and roof' },
            previousValues: { scope: 'Work by main' },
            correctedByPartyId: 'principal',
            reason: 'Roof added',
          }),
          'e-fix',
        ),
        entryCorrected({
          targetEventId: 'e-notify',
          targetType: 'IncidentNotified',
          changes: { reference: 'NLA-1' },
          previousValues: { reference: null },
          correctedByPartyId: 'main',
        }),
      ])
      .state();
    expect(linkOf(state, 'l1')?.scope).toBe('Shell, core and roof');
    expect(linkOf(state, 'l1')?.corrections).toEqual([
      {
        correctionEventId: 'e-fix',
        targetEventId: 'e-link',
        targetType: 'PartyEngaged',
        reason: 'Roof added',
        correctedByPartyId: 'principal',
        occurredAt: '2026-03-02T08:07:00.000Z',
        recordedAt: '2026-03-02T08:07:00.000Z',
        changes: { scope: { from: 'Work by main', to: 'Shell, core and roof' } },
      },
    ]);
    expect(incidentOf(state, 'inc')?.notifications[0]).toMatchObject({ reference: 'NLA-1', corrections: [expect.objectContaining({ reason: 'Entered wrongly' })] });
    expect(findEntry(state, 'e-fix')).toMatchObject({ type: 'EntryCorrected', recordedByPartyId: 'principal', ref: { kind: 'ENTRY', targetEventId: 'e-link' } });
    expect(findEntry(state, 'e-link')).toMatchObject({ type: 'PartyEngaged', recordedByPartyId: 'principal', ref: { kind: 'LINK', linkId: 'l1' } });
  });
});
