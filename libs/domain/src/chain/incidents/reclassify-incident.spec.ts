import {
  aChain,
  asParty,
  chainSpec,
  incidentReclassified,
  incidentReported,
  reclassifyIncident,
} from '../../../../testing/src/builders';
import { incidentOf } from '../chain-collections';

const accident = incidentReported({
  incidentId: 'inc',
  reporterPartyId: 'steel',
  kind: 'ACCIDENT',
  happenedAt: '2026-03-02T07:30:00.000Z',
  victim: { partyId: 'steel', workerId: 'w1', linkId: 'link-main-steel' },
  severity: 'ABSENCE',
  absenceDays: 2,
  victimRelation: 'EMPLOYEE',
  authorityHolderPartyId: 'steel',
});
const chain = () => aChain().openedBy('principal').withLink('principal', 'main').withLink('main', 'steel').with(accident);

describe('ReclassifyIncident', () => {
  it('records a severity found out later, with the previous one', () => {
    chainSpec()
      .given(chain().events())
      .when(reclassifyIncident(asParty('steel'), { incidentId: 'inc', severity: 'HOSPITAL_ADMISSION', absenceDays: 10, becameKnownAt: '2026-03-02T11:00:00+01:00' }))
      .then([
        incidentReclassified({
          incidentId: 'inc',
          severity: 'HOSPITAL_ADMISSION',
          absenceDays: 10,
          previousSeverity: 'ABSENCE',
          previousAbsenceDays: 2,
          becameKnownAt: '2026-03-02T10:00:00.000Z',
          reclassifiedByPartyId: 'steel',
          dataSubjectId: 'w1',
        }),
      ]);
  });

  it('lets the principal reclassify, and no one else', () => {
    chainSpec()
      .given(chain().events())
      .when(reclassifyIncident(asParty('principal'), { incidentId: 'inc' }))
      .then([
        incidentReclassified({
          incidentId: 'inc',
          previousSeverity: 'ABSENCE',
          previousAbsenceDays: 2,
          reclassifiedByPartyId: 'principal',
          dataSubjectId: 'w1',
        }),
      ]);
    chainSpec().given(chain().events()).when(reclassifyIncident(asParty('main'), { incidentId: 'inc' })).thenThrows('INCIDENT_NOT_OWN');
  });

  it('keeps the current severity as the latest reclassification', () => {
    const state = chainSpec()
      .given([
        ...chain().events(),
        incidentReclassified({ incidentId: 'inc', reclassifiedByPartyId: 'steel', severity: 'PERMANENT_INJURY', absenceDays: 30 }),
      ])
      .state();
    expect(incidentOf(state, 'inc')).toMatchObject({
      reportedSeverity: 'ABSENCE',
      reportedAbsenceDays: 2,
      severity: 'PERMANENT_INJURY',
      absenceDays: 30,
      reclassifications: [expect.objectContaining({ previousSeverity: 'NONE', reason: 'Admission became known' })],
    });
  });

  it('refuses no change, a reason missing, becameKnownAt in the future or before the incident', () => {
    const spec = () => chainSpec().given(chain().events());
    spec().when(reclassifyIncident(asParty('steel'), { incidentId: 'inc', severity: 'ABSENCE', absenceDays: 2 })).thenThrows('INCIDENT_RECLASSIFY_NO_CHANGE');
    spec().when(reclassifyIncident(asParty('steel'), { incidentId: 'inc', reason: ' ' })).thenThrows('INCIDENT_RECLASSIFY_REASON_REQUIRED');
    spec().when(reclassifyIncident(asParty('steel'), { incidentId: 'inc', becameKnownAt: '2026-03-03T00:00:00.000Z' })).thenThrows('INCIDENT_KNOWN_IN_FUTURE');
    spec().when(reclassifyIncident(asParty('steel'), { incidentId: 'inc', becameKnownAt: '2026-03-02T07:00:00.000Z' })).thenThrows('INCIDENT_KNOWN_BEFORE_HAPPENED');
    spec().when(reclassifyIncident(asParty('steel'), { incidentId: 'inc', becameKnownAt: 'yesterday' })).thenThrows('INPUT_INSTANT_INVALID');
  });

  it('refuses a severity on a near miss, an unknown incident, bad absence days', () => {
    chainSpec()
      .given([...chain().events(), incidentReported({ incidentId: 'nm', reporterPartyId: 'steel' })])
      .when(reclassifyIncident(asParty('steel'), { incidentId: 'nm' }))
      .thenThrows('INCIDENT_NEAR_MISS_HAS_SEVERITY');
    chainSpec().given(chain().events()).when(reclassifyIncident(asParty('steel'), { incidentId: 'nope' })).thenThrows('INCIDENT_NOT_FOUND');
    chainSpec().given(chain().events()).when(reclassifyIncident(asParty('steel'), { incidentId: 'inc', absenceDays: -3 })).thenThrows('INCIDENT_ABSENCE_DAYS_INVALID');
  });
});
