import { aChain, asParty, chainSpec, engageParty, engagementEnded, partyEngaged } from '../../../../testing/src/builders';

// principal → main → steel
const chain = () => aChain().openedBy('principal').withLink('principal', 'main').withLink('main', 'steel');

describe('EngageParty', () => {
  it('lets the principal engage a main contractor', () => {
    chainSpec()
      .given(aChain().openedBy('principal').events())
      .when(engageParty(asParty('principal'), { linkId: 'l1', engagedPartyId: 'main', scope: 'Shell and core' }))
      .then([
        partyEngaged({
          linkId: 'l1',
          fromPartyId: 'principal',
          toPartyId: 'main',
          toPartyKind: 'ORGANISATION',
          kind: 'SUBCONTRACT',
          scope: 'Shell and core',
          underAuthority: false,
          startDate: '2026-03-01',
        }),
      ]);
  });

  it('lets a party engaged through an active link engage below it, at any depth', () => {
    chainSpec()
      .given(chain().events())
      .when(engageParty(asParty('steel'), { linkId: 'l3', engagedPartyId: 'zzp-jan', kind: 'SELF_EMPLOYED', underAuthority: true }))
      .then([
        partyEngaged({
          linkId: 'l3',
          fromPartyId: 'steel',
          toPartyId: 'zzp-jan',
          toPartyKind: 'PERSON',
          kind: 'SELF_EMPLOYED',
          scope: 'Work by zzp-jan',
          underAuthority: true,
        }),
      ]);
  });

  it('lets a party hold several parents, as long as there is no cycle', () => {
    chainSpec()
      .given(chain().events())
      .when(engageParty(asParty('principal'), { linkId: 'l3', engagedPartyId: 'steel', kind: 'SUPPLY' }))
      .then([partyEngaged({ linkId: 'l3', fromPartyId: 'principal', toPartyId: 'steel', kind: 'SUPPLY' })]);
  });

  it('always puts a LENDING link under the hirer\'s authority', () => {
    chainSpec()
      .given(chain().events())
      .when(engageParty(asParty('steel'), { linkId: 'l3', engagedPartyId: 'agency', kind: 'LENDING', underAuthority: false }))
      .then([partyEngaged({ linkId: 'l3', fromPartyId: 'steel', toPartyId: 'agency', kind: 'LENDING', underAuthority: true })]);
  });

  it.each([['SUBCONTRACT'], ['SUPPLY']] as const)('refuses authority (gezag) on a %s link', (kind) => {
    chainSpec()
      .given(chain().events())
      .when(engageParty(asParty('steel'), { linkId: 'l3', engagedPartyId: 'x', kind, underAuthority: true }))
      .thenThrows({ code: 'LINK_AUTHORITY_NOT_APPLICABLE', rule: 'AuthorityAppliesToKind' });
  });

  it('refuses a SELF_EMPLOYED link to an organisation', () => {
    chainSpec()
      .given(chain().events())
      .when(engageParty(asParty('steel'), { linkId: 'l3', engagedPartyId: 'bv', kind: 'SELF_EMPLOYED' }, 'ORGANISATION'))
      .thenThrows({ code: 'LINK_SELF_EMPLOYED_NOT_PERSON', rule: 'SelfEmployedMustBePerson' });
  });

  it('refuses an engaging party that is not in the chain', () => {
    chainSpec()
      .given(chain().events())
      .when(engageParty(asParty('outsider'), { linkId: 'l3', engagedPartyId: 'x' }))
      .thenThrows({ code: 'CHAIN_PARTY_NOT_IN_CHAIN', params: { partyId: 'outsider' } });
  });

  it('refuses a party whose only link has ended', () => {
    chainSpec()
      .given([...chain().events(), engagementEnded({ linkId: 'link-main-steel', endedByPartyId: 'main' })])
      .when(engageParty(asParty('steel'), { linkId: 'l3', engagedPartyId: 'x' }))
      .thenThrows('CHAIN_PARTY_NOT_IN_CHAIN');
  });

  it('refuses an engaged party that is not registered', () => {
    chainSpec()
      .given(chain().events())
      .when(engageParty(asParty('steel'), { linkId: 'l3', engagedPartyId: 'ghost', engagedParty: null }))
      .thenThrows({ code: 'PARTY_NOT_FOUND', params: { partyId: 'ghost' } });
  });

  it('refuses engaging yourself', () => {
    chainSpec()
      .given(chain().events())
      .when(engageParty(asParty('steel'), { linkId: 'l3', engagedPartyId: 'steel' }))
      .thenThrows({ code: 'CHAIN_LINK_CYCLE', rule: 'LinkCannotCreateCycle' });
  });

  it('refuses engaging a party above you (the principal, or any tier between)', () => {
    chainSpec()
      .given(chain().events())
      .when(engageParty(asParty('steel'), { linkId: 'l3', engagedPartyId: 'principal' }))
      .thenThrows('CHAIN_LINK_CYCLE');
    chainSpec()
      .given(chain().events())
      .when(engageParty(asParty('steel'), { linkId: 'l3', engagedPartyId: 'main' }))
      .thenThrows('CHAIN_LINK_CYCLE');
  });

  it('allows engaging a party that was above you only through an ended link', () => {
    // principal → main → steel, principal → steel; main → steel ends: main is no longer above steel
    chainSpec()
      .given([
        ...chain().withLink('principal', 'steel').events(),
        engagementEnded({ linkId: 'link-main-steel', endedByPartyId: 'main' }),
      ])
      .when(engageParty(asParty('steel'), { linkId: 'l9', engagedPartyId: 'main' }))
      .then([partyEngaged({ linkId: 'l9', fromPartyId: 'steel', toPartyId: 'main' })]);
  });

  it('refuses a second active link between the same parties, and allows one after the first ended', () => {
    chainSpec()
      .given(chain().events())
      .when(engageParty(asParty('main'), { linkId: 'l3', engagedPartyId: 'steel' }))
      .thenThrows({ code: 'CHAIN_LINK_DUPLICATE', params: { linkId: 'link-main-steel' } });
    chainSpec()
      .given([
        ...aChain().openedBy('principal').withLink('principal', 'main').events(),
        engagementEnded({ linkId: 'link-principal-main', endedByPartyId: 'principal' }),
      ])
      .when(engageParty(asParty('principal'), { linkId: 'l3', engagedPartyId: 'main', startDate: '2026-04-01' }))
      .then([partyEngaged({ linkId: 'l3', fromPartyId: 'principal', toPartyId: 'main', startDate: '2026-04-01' })]);
  });

  it('refuses a link id that is taken', () => {
    chainSpec()
      .given(chain().events())
      .when(engageParty(asParty('steel'), { linkId: 'link-main-steel', engagedPartyId: 'x' }))
      .thenThrows('LINK_ALREADY_EXISTS');
  });

  it('refuses a link without scope, with a bad start date or an unknown kind', () => {
    const given = chain().events();
    chainSpec().given(given).when(engageParty(asParty('steel'), { linkId: 'l3', engagedPartyId: 'x', scope: ' ' })).thenThrows('LINK_SCOPE_REQUIRED');
    chainSpec()
      .given(given)
      .when(engageParty(asParty('steel'), { linkId: 'l3', engagedPartyId: 'x', startDate: '2026-02-30' }))
      .thenThrows({ code: 'INPUT_DATE_INVALID', params: { field: 'startDate' } });
    chainSpec()
      .given(given)
      .when(engageParty(asParty('steel'), { linkId: 'l3', engagedPartyId: 'x', kind: 'PARTNERSHIP' as never }))
      .thenThrows({ code: 'INPUT_VALUE_INVALID', params: { field: 'kind' } });
  });
});
