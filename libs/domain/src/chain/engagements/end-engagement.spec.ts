import { aChain, asParty, chainSpec, endEngagement, engagementEnded } from '../../../../testing/src/builders';

// principal → main → steel → zzp
const chain = () =>
  aChain()
    .openedBy('principal')
    .withLink('principal', 'main')
    .withLink('main', 'steel', { startDate: '2026-03-01' })
    .withLink('steel', 'zzp', { kind: 'SELF_EMPLOYED' });

describe('EndEngagement', () => {
  it('lets the from-party end a link', () => {
    chainSpec()
      .given(chain().events())
      .when(endEngagement(asParty('steel'), { linkId: 'link-steel-zzp', endDate: '2026-03-20', reason: ' Work done ' }))
      .then([engagementEnded({ linkId: 'link-steel-zzp', endDate: '2026-03-20', reason: 'Work done', endedByPartyId: 'steel' })]);
  });

  it('lets the principal end any link', () => {
    chainSpec()
      .given(chain().events())
      .when(endEngagement(asParty('principal'), { linkId: 'link-steel-zzp' }))
      .then([engagementEnded({ linkId: 'link-steel-zzp', endDate: '2026-03-02', endedByPartyId: 'principal' })]);
  });

  it('refuses a party that does not hold the link (even the engaged party)', () => {
    chainSpec().given(chain().events()).when(endEngagement(asParty('zzp'), { linkId: 'link-steel-zzp' })).thenThrows('LINK_NOT_HELD');
    chainSpec().given(chain().events()).when(endEngagement(asParty('main'), { linkId: 'link-steel-zzp' })).thenThrows('LINK_NOT_HELD');
  });

  it('refuses an unknown link', () => {
    chainSpec().given(chain().events()).when(endEngagement(asParty('steel'), { linkId: 'nope' })).thenThrows('LINK_NOT_FOUND');
  });

  it('refuses a link that has already ended', () => {
    chainSpec()
      .given([...chain().events(), engagementEnded({ linkId: 'link-steel-zzp', endedByPartyId: 'steel' })])
      .when(endEngagement(asParty('steel'), { linkId: 'link-steel-zzp' }))
      .thenThrows('LINK_ALREADY_ENDED');
  });

  it('refuses an end date before the start date', () => {
    chainSpec()
      .given(chain().events())
      .when(endEngagement(asParty('main'), { linkId: 'link-main-steel', endDate: '2026-02-28' }))
      .thenThrows('LINK_END_BEFORE_START');
  });

  it('refuses an ending without a reason or with a bad date', () => {
    chainSpec().given(chain().events()).when(endEngagement(asParty('steel'), { linkId: 'link-steel-zzp', reason: '' })).thenThrows('LINK_END_REASON_REQUIRED');
    chainSpec()
      .given(chain().events())
      .when(endEngagement(asParty('steel'), { linkId: 'link-steel-zzp', endDate: '20-03-2026' }))
      .thenThrows('INPUT_DATE_INVALID');
  });

  it('refuses ending a link above active links: end bottom-up', () => {
    chainSpec()
      .given(chain().events())
      .when(endEngagement(asParty('main'), { linkId: 'link-main-steel' }))
      .thenThrows({ code: 'LINK_HAS_ACTIVE_SUBLINKS', params: { partyId: 'steel' }, rule: 'LinkMustEndBottomUp' });
    chainSpec()
      .given([...chain().events(), engagementEnded({ linkId: 'link-steel-zzp', endedByPartyId: 'steel' })])
      .when(endEngagement(asParty('main'), { linkId: 'link-main-steel' }))
      .then([engagementEnded({ linkId: 'link-main-steel', endDate: '2026-03-02', endedByPartyId: 'main' })]);
  });

  it('allows ending one of two incoming links while the party holds links below', () => {
    chainSpec()
      .given(chain().withLink('principal', 'steel', { kind: 'SUPPLY' }).events())
      .when(endEngagement(asParty('main'), { linkId: 'link-main-steel' }))
      .then([engagementEnded({ linkId: 'link-main-steel', endDate: '2026-03-02', endedByPartyId: 'main' })]);
  });
});
