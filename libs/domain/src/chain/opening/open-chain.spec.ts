import { aChain, asParty, chainOpened, chainSpec, endEngagement, engageParty, openChain } from '../../../../testing/src/builders';

describe('OpenChain', () => {
  it('opens a chain with its principal', () => {
    chainSpec()
      .given([])
      .when(openChain(asParty('principal'), { name: ' Project Zonnehof ', siteAddress: 'Dorpsstraat 1, Zwolle' }))
      .then([
        chainOpened({
          chainId: 'chain-1',
          name: 'Project Zonnehof',
          description: '48 homes',
          siteAddress: 'Dorpsstraat 1, Zwolle',
          principalPartyId: 'principal',
        }),
      ]);
  });

  it('refuses a chain opened for another principal', () => {
    chainSpec()
      .given([])
      .when(openChain(asParty('main'), { principalPartyId: 'principal', principal: { partyId: 'principal', kind: 'ORGANISATION' } }))
      .thenThrows('CHAIN_PRINCIPAL_NOT_OWN');
  });

  it('refuses a caller without a party', () => {
    chainSpec().given([]).when(openChain(asParty(null), { principalPartyId: 'principal' })).thenThrows('ACTOR_PARTY_REQUIRED');
  });

  it('refuses an unregistered principal', () => {
    chainSpec().given([]).when(openChain(asParty('principal'), { principal: null })).thenThrows('PARTY_NOT_FOUND');
  });

  it('refuses a chain without a name', () => {
    chainSpec().given([]).when(openChain(asParty('principal'), { name: '  ' })).thenThrows('CHAIN_NAME_REQUIRED');
  });

  it('refuses to open a chain twice', () => {
    chainSpec().given(aChain().openedBy('principal').events()).when(openChain(asParty('principal'))).thenThrows('CHAIN_ALREADY_OPENED');
  });

  it('answers CHAIN_NOT_FOUND to every other command on an unopened chain', () => {
    chainSpec().given([]).when(engageParty(asParty('principal'), { linkId: 'l1', engagedPartyId: 'main' })).thenThrows('CHAIN_NOT_FOUND');
    chainSpec().given([]).when(endEngagement(asParty('principal'), { linkId: 'l1' })).thenThrows('CHAIN_NOT_FOUND');
  });

  it('refuses a valid time in the future, and accepts one within the clock skew', () => {
    chainSpec()
      .given([])
      .when(openChain(asParty('principal', { occurredAt: '2026-03-02T12:05:01.000Z' })))
      .thenThrows('EVENT_OCCURRED_IN_FUTURE');
    chainSpec()
      .given([])
      .when(openChain(asParty('principal', { occurredAt: '2026-03-02T12:04:00.000Z' })))
      .then([chainOpened({ principalPartyId: 'principal' })]);
  });
});
