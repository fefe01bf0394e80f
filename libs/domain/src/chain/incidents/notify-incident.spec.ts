import {
  aChain,
  asParty,
  chainSpec,
  entryRetracted,
  incidentNotified,
  incidentReported,
  notifyIncident,
  withEventId,
} from '../../../../testing/src/builders';
import { incidentOf } from '../chain-collections';

const chain = () =>
  aChain()
    .openedBy('principal')
    .withLink('principal', 'main')
    .withLink('main', 'steel')
    .withLink('steel', 'agency', { kind: 'LENDING' })
    .withLink('main', 'sibling')
    .withLink('steel', 'zzp', { kind: 'SELF_EMPLOYED' })
    .with(
      withEventId(
        incidentReported({
          incidentId: 'inc',
          reporterPartyId: 'steel',
          kind: 'ACCIDENT',
          victim: { partyId: 'agency', workerId: 'w7', linkId: 'link-steel-agency' },
          severity: 'HOSPITAL_ADMISSION',
          victimRelation: 'LENT_WORKER',
          authorityHolderPartyId: 'steel',
        }),
        'inc-report',
      ),
    );

describe('NotifyIncident', () => {
  it('notifies the authority (NLA) by phone, with a reference', () => {
    chainSpec()
      .given(chain().events())
      .when(notifyIncident(asParty('steel'), { incidentId: 'inc', channel: 'PHONE', reference: ' NLA-2026-001 ' }))
      .then([
        incidentNotified({
          incidentId: 'inc',
          notifierPartyId: 'steel',
          recipient: { kind: 'AUTHORITY', authority: 'NLA' },
          channel: 'PHONE',
          reference: 'NLA-2026-001',
        }),
      ]);
  });

  it('lets the hirer inform the agency, and the agency notify too', () => {
    chainSpec()
      .given(chain().events())
      .when(notifyIncident(asParty('steel'), { incidentId: 'inc', recipient: { kind: 'PARTY', partyId: 'agency' }, channel: 'EMAIL' }))
      .then([incidentNotified({ incidentId: 'inc', notifierPartyId: 'steel', recipient: { kind: 'PARTY', partyId: 'agency' }, channel: 'EMAIL' })]);
    chainSpec()
      .given(chain().events())
      .when(notifyIncident(asParty('agency'), { incidentId: 'inc' }))
      .then([incidentNotified({ incidentId: 'inc', notifierPartyId: 'agency' })]);
  });

  it('refuses a notifier outside the chain, a recipient party outside the chain, or notifying yourself', () => {
    const spec = () => chainSpec().given(chain().events());
    spec().when(notifyIncident(asParty('outsider'), { incidentId: 'inc' })).thenThrows('CHAIN_PARTY_NOT_IN_CHAIN');
    spec()
      .when(notifyIncident(asParty('steel'), { incidentId: 'inc', recipient: { kind: 'PARTY', partyId: 'outsider' } }))
      .thenThrows('INCIDENT_RECIPIENT_NOT_IN_CHAIN');
    spec().when(notifyIncident(asParty('steel'), { incidentId: 'inc', recipient: { kind: 'PARTY', partyId: 'steel' } })).thenThrows('INCIDENT_NOTIFY_SELF');
  });

  it('refuses an incident the notifier may not see, as if it did not exist', () => {
    const spec = () => chainSpec().given(chain().events());
    // a sibling subcontractor and a zzp'er beside the agency know nothing of its worker's fall
    spec().when(notifyIncident(asParty('sibling'), { incidentId: 'inc' })).thenThrows({ code: 'INCIDENT_NOT_FOUND', params: { incidentId: 'inc' } });
    spec().when(notifyIncident(asParty('zzp'), { incidentId: 'inc' })).thenThrows('INCIDENT_NOT_FOUND');
    // parties above the victim see it, and so does a party that was told of it
    expect(spec().when(notifyIncident(asParty('principal'), { incidentId: 'inc' })).decided()).toHaveLength(1);
    chainSpec()
      .given([...chain().events(), incidentNotified({ incidentId: 'inc', notifierPartyId: 'steel', recipient: { kind: 'PARTY', partyId: 'zzp' } })])
      .when(notifyIncident(asParty('zzp'), { incidentId: 'inc', recipient: { kind: 'PARTY', partyId: 'principal' } }))
      .then([incidentNotified({ incidentId: 'inc', notifierPartyId: 'zzp', recipient: { kind: 'PARTY', partyId: 'principal' } })]);
  });

  it('refuses an unknown or retracted incident', () => {
    chainSpec().given(chain().events()).when(notifyIncident(asParty('steel'), { incidentId: 'nope' })).thenThrows('INCIDENT_NOT_FOUND');
    chainSpec()
      .given([...chain().events(), entryRetracted({ targetEventId: 'inc-report', targetType: 'IncidentReported', retractedByPartyId: 'steel' })])
      .when(notifyIncident(asParty('steel'), { incidentId: 'inc' }))
      .thenThrows('INCIDENT_NOT_FOUND');
  });

  it('refuses an unknown channel or authority', () => {
    const spec = () => chainSpec().given(chain().events());
    spec().when(notifyIncident(asParty('steel'), { incidentId: 'inc', channel: 'FAX' as never })).thenThrows({ code: 'INPUT_VALUE_INVALID', params: { field: 'channel' } });
    spec()
      .when(notifyIncident(asParty('steel'), { incidentId: 'inc', recipient: { kind: 'AUTHORITY', authority: 'POLICE' as never } }))
      .thenThrows({ code: 'INPUT_VALUE_INVALID', params: { field: 'recipient.authority' } });
  });

  it('folds notifications under their incident', () => {
    const state = chainSpec()
      .given([...chain().events(), incidentNotified({ incidentId: 'inc', notifierPartyId: 'steel', channel: 'PHONE' })])
      .state();
    expect(incidentOf(state, 'inc')?.notifications).toEqual([
      expect.objectContaining({ notifierPartyId: 'steel', channel: 'PHONE', retraction: null, stamp: expect.objectContaining({ recordedByPartyId: 'steel' }) }),
    ]);
  });
});
