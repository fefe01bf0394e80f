import {
  aChain,
  asParty,
  chainSpec,
  engagementEnded,
  incidentReported,
  reportIncident,
} from '../../../../testing/src/builders';

// principal → main → steel → {zzp (gezag), zzp-free (no gezag), agency (LENDING)}
const chain = () =>
  aChain()
    .openedBy('principal')
    .withLink('principal', 'main')
    .withLink('main', 'steel')
    .withLink('steel', 'zzp', { kind: 'SELF_EMPLOYED', underAuthority: true })
    .withLink('steel', 'zzp-free', { kind: 'SELF_EMPLOYED', underAuthority: false })
    .withLink('steel', 'agency', { kind: 'LENDING' });

const accident = (victim: { partyId: string; workerId: string | null; linkId: string | null }) => ({
  incidentId: 'inc-1',
  kind: 'ACCIDENT' as const,
  victim,
  severity: 'HOSPITAL_ADMISSION' as const,
  absenceDays: 0,
});

describe('ReportIncident', () => {
  it('reports a near miss by a party in the chain', () => {
    chainSpec()
      .given(chain().events())
      .when(reportIncident(asParty('zzp'), { incidentId: 'nm-1', happenedAt: '2026-03-02T08:30:00+01:00' }))
      .then([incidentReported({ incidentId: 'nm-1', reporterPartyId: 'zzp', happenedAt: '2026-03-02T07:30:00.000Z' })]);
  });

  it('derives LENT_WORKER and the hirer as authority holder for a lent worker', () => {
    chainSpec()
      .given(chain().events())
      .when(reportIncident(asParty('steel'), accident({ partyId: 'agency', workerId: 'w-7', linkId: 'link-steel-agency' })))
      .then([
        incidentReported({
          ...accident({ partyId: 'agency', workerId: 'w-7', linkId: 'link-steel-agency' }),
          reporterPartyId: 'steel',
          victimRelation: 'LENT_WORKER',
          authorityHolderPartyId: 'steel',
        }),
      ]);
  });

  it('derives SELF_EMPLOYED_UNDER_AUTHORITY (engaging party holds gezag) or SELF_EMPLOYED (own responsibility)', () => {
    const spec = () => chainSpec().given(chain().events());
    expect(spec().when(reportIncident(asParty('zzp'), accident({ partyId: 'zzp', workerId: null, linkId: 'link-steel-zzp' }))).decided()[0].data)
      .toMatchObject({ victimRelation: 'SELF_EMPLOYED_UNDER_AUTHORITY', authorityHolderPartyId: 'steel' });
    expect(
      spec().when(reportIncident(asParty('zzp'), accident({ partyId: 'zzp-free', workerId: null, linkId: 'link-steel-zzp-free' }))).decided()[0].data,
    ).toMatchObject({ victimRelation: 'SELF_EMPLOYED', authorityHolderPartyId: 'zzp-free' });
  });

  it('derives EMPLOYEE (own party holds authority) for a subcontract link or no link', () => {
    const spec = () => chainSpec().given(chain().events());
    expect(spec().when(reportIncident(asParty('main'), accident({ partyId: 'steel', workerId: 'w1', linkId: 'link-main-steel' }))).decided()[0].data)
      .toMatchObject({ victimRelation: 'EMPLOYEE', authorityHolderPartyId: 'steel' });
    expect(spec().when(reportIncident(asParty('main'), accident({ partyId: 'principal', workerId: 'w1', linkId: null }))).decided()[0].data)
      .toMatchObject({ victimRelation: 'EMPLOYEE', authorityHolderPartyId: 'principal' });
  });

  it('accepts a victim whose link has ended since', () => {
    chainSpec()
      .given([...chain().events(), engagementEnded({ linkId: 'link-steel-zzp', endedByPartyId: 'steel' })])
      .when(reportIncident(asParty('steel'), accident({ partyId: 'zzp', workerId: null, linkId: 'link-steel-zzp' })))
      .then([
        incidentReported({
          ...accident({ partyId: 'zzp', workerId: null, linkId: 'link-steel-zzp' }),
          reporterPartyId: 'steel',
          victimRelation: 'SELF_EMPLOYED_UNDER_AUTHORITY',
          authorityHolderPartyId: 'steel',
        }),
      ]);
  });

  it('refuses a reporter outside the chain', () => {
    chainSpec().given(chain().events()).when(reportIncident(asParty('outsider'), { incidentId: 'x' })).thenThrows('CHAIN_PARTY_NOT_IN_CHAIN');
  });

  it('refuses a near miss with a victim or a severity', () => {
    const spec = () => chainSpec().given(chain().events());
    spec()
      .when(reportIncident(asParty('main'), { incidentId: 'x', victim: { partyId: 'steel', workerId: null, linkId: null } }))
      .thenThrows('INCIDENT_NEAR_MISS_HAS_VICTIM');
    spec().when(reportIncident(asParty('main'), { incidentId: 'x', severity: 'ABSENCE', absenceDays: 2 })).thenThrows({ code: 'INCIDENT_NEAR_MISS_HAS_SEVERITY', rule: 'NearMissHasNoSeverity' });
    spec().when(reportIncident(asParty('main'), { incidentId: 'x', absenceDays: 1 })).thenThrows('INCIDENT_NEAR_MISS_HAS_SEVERITY');
  });

  it('refuses an accident without victim', () => {
    chainSpec()
      .given(chain().events())
      .when(reportIncident(asParty('main'), { incidentId: 'x', kind: 'ACCIDENT', severity: 'ABSENCE', absenceDays: 3 }))
      .thenThrows('INCIDENT_VICTIM_REQUIRED');
  });

  it('refuses a victim outside the chain, an unknown victim link, or a link that does not engage the victim', () => {
    const spec = () => chainSpec().given(chain().events());
    spec().when(reportIncident(asParty('main'), accident({ partyId: 'outsider', workerId: null, linkId: null }))).thenThrows('INCIDENT_VICTIM_NOT_IN_CHAIN');
    spec().when(reportIncident(asParty('main'), accident({ partyId: 'zzp', workerId: null, linkId: 'nope' }))).thenThrows('LINK_NOT_FOUND');
    spec()
      .when(reportIncident(asParty('main'), accident({ partyId: 'zzp', workerId: null, linkId: 'link-main-steel' })))
      .thenThrows('INCIDENT_VICTIM_LINK_MISMATCH');
  });

  it('refuses a victim of an engaged party without the link that engaged it, instead of guessing an employee', () => {
    chainSpec()
      .given(chain().events())
      .when(reportIncident(asParty('steel'), accident({ partyId: 'zzp', workerId: null, linkId: null })))
      .thenThrows({ code: 'INCIDENT_VICTIM_LINK_REQUIRED', params: { partyId: 'zzp' } });
  });

  it('refuses happenedAt in the future or not an instant', () => {
    const spec = () => chainSpec().given(chain().events());
    spec().when(reportIncident(asParty('main'), { incidentId: 'x', happenedAt: '2026-03-02T13:00:00.000Z' })).thenThrows('INCIDENT_HAPPENED_IN_FUTURE');
    spec().when(reportIncident(asParty('main'), { incidentId: 'x', happenedAt: '2026-03-02' })).thenThrows({ code: 'INPUT_INSTANT_INVALID', params: { field: 'happenedAt' } });
    spec().when(reportIncident(asParty('main'), { incidentId: 'x', happenedAt: '2026-03-02T07:30:00' })).thenThrows('INPUT_INSTANT_INVALID');
  });

  it('refuses bad absence days, severity, empty location or description, bad topics, a duplicate id', () => {
    const spec = () => chainSpec().given(chain().events());
    const victim = { partyId: 'steel', workerId: null, linkId: null };
    spec().when(reportIncident(asParty('main'), { incidentId: 'x', kind: 'ACCIDENT', victim, severity: 'ABSENCE', absenceDays: 1.5 })).thenThrows('INCIDENT_ABSENCE_DAYS_INVALID');
    spec().when(reportIncident(asParty('main'), { incidentId: 'x', kind: 'ACCIDENT', victim, severity: 'ABSENCE', absenceDays: -1 })).thenThrows('INCIDENT_ABSENCE_DAYS_INVALID');
    spec().when(reportIncident(asParty('main'), { incidentId: 'x', kind: 'ACCIDENT', victim, severity: 'BAD' as never })).thenThrows('INPUT_VALUE_INVALID');
    spec().when(reportIncident(asParty('main'), { incidentId: 'x', location: ' ' })).thenThrows({ code: 'INPUT_REQUIRED', params: { field: 'location' } });
    spec().when(reportIncident(asParty('main'), { incidentId: 'x', description: '' })).thenThrows({ code: 'INPUT_REQUIRED', params: { field: 'description' } });
    spec().when(reportIncident(asParty('main'), { incidentId: 'x', topics: ['scaffold'] })).thenThrows('TOPIC_INVALID');
    chainSpec()
      .given([...chain().events(), incidentReported({ incidentId: 'x', reporterPartyId: 'main' })])
      .when(reportIncident(asParty('main'), { incidentId: 'x' }))
      .thenThrows('INCIDENT_ALREADY_REPORTED');
  });
});
