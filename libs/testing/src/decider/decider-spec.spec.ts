import { chainDecider, type ChainEvent } from '@schakel/domain';
import { asParty, chainEventRecorder, chainOpened, chainScenario, chainSpec, engageParty, openChain, partyEngaged } from '../builders';
import { deciderSpec } from './decider-spec';
import { attachMeta } from './given-events';
import { hasCode } from './has-code';

// The harness must fail when the decider does not do what a test says.
describe('deciderSpec', () => {
  const opened = chainOpened({ principalPartyId: 'p' });

  it('attaches meta to given events: ids, a minute apart, the recording party', () => {
    const [first, second] = attachMeta<ChainEvent>([opened, partyEngaged({ linkId: 'l', fromPartyId: 'p', toPartyId: 'x' })], {
      recordedBy: chainEventRecorder,
    });
    expect(first.meta).toEqual({ eventId: 'evt-0001', occurredAt: '2026-03-02T08:00:00.000Z', recordedAt: '2026-03-02T08:00:00.000Z', actorPartyId: 'p' });
    expect(second.meta).toMatchObject({ eventId: 'evt-0002', occurredAt: '2026-03-02T08:01:00.000Z', actorPartyId: 'p' });
  });

  it('fails then() when the decided events differ', () => {
    expect(() =>
      chainSpec()
        .given([opened])
        .when(engageParty(asParty('p'), { linkId: 'l', engagedPartyId: 'x' }))
        .then([partyEngaged({ linkId: 'l', fromPartyId: 'p', toPartyId: 'y' })]),
    ).toThrow();
  });

  it('fails thenThrows() when the command succeeds, or fails with another code or family', () => {
    const spec = () => chainSpec().given([opened]);
    expect(() => spec().when(engageParty(asParty('p'), { linkId: 'l', engagedPartyId: 'x' })).thenThrows('CHAIN_LINK_CYCLE')).toThrow(
      /expected CHAIN_LINK_CYCLE, but the command decided \["PartyEngaged"\]/,
    );
    expect(() => spec().when(engageParty(asParty('p'), { linkId: 'l', engagedPartyId: 'p' })).thenThrows('CHAIN_LINK_DUPLICATE')).toThrow(
      /code CHAIN_LINK_CYCLE/,
    );
    expect(() =>
      spec().when(engageParty(asParty('p'), { linkId: 'l', engagedPartyId: 'p' })).thenThrows(hasCode('CHAIN_LINK_CYCLE', { rule: 'Other' })),
    ).toThrow(/rule LinkCannotCreateCycle/);
    const error = spec().when(engageParty(asParty('p'), { linkId: 'l', engagedPartyId: 'p' })).thenThrows(hasCode('CHAIN_LINK_CYCLE'));
    expect(error.family).toBe('RULE_VIOLATED');
  });

  it('fails thenThrows() on an error that is not a DomainError', () => {
    const broken = { ...chainDecider, decide: () => { throw new TypeError('boom'); } };
    expect(() => deciderSpec(broken).given([]).when(openChain(asParty('p'))).thenThrows('CHAIN_NOT_FOUND')).toThrow(
      /expected a DomainError CHAIN_NOT_FOUND, but got TypeError: boom/,
    );
  });

  it('scenario: records nothing on a refused command, and fails when a refused command succeeds', () => {
    const s = chainScenario();
    s.run(openChain(asParty('p')));
    s.refuses(openChain(asParty('p')), 'CHAIN_ALREADY_OPENED');
    expect(s.events).toHaveLength(1);
    expect(() => s.refuses(engageParty(asParty('p'), { linkId: 'l', engagedPartyId: 'x' }), 'CHAIN_LINK_CYCLE')).toThrow(/recorded 1 event/);
  });
});
