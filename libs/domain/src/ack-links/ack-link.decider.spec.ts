import { aChain, asParty, asWorker } from '../../../testing/src/builders';
import { attachMeta } from '../../../testing/src/decider/given-events';
import { chainDecider } from '../chain/chain.decider';
import type { ChainEvent } from '../chain/chain.events';
import type { OpenedChain } from '../chain/chain.state';
import type { CommandMetadata } from '../shared/messages';
import type { ResolvedWorker } from '../shared/values';
import { acknowledgementLinkDecider } from './ack-link.decider';
import type { AcknowledgementLinkEvent } from './ack-link.events';

// principal → main → steel ⇢(LENDING) agency; 'wah' passed main → steel → agency; 'top' kept by main
const chain = (): OpenedChain => {
  const events = aChain()
    .openedBy('principal')
    .withLink('principal', 'main')
    .withLink('main', 'steel')
    .withLink('steel', 'agency', { kind: 'LENDING', underAuthority: true })
    .withInstruction('wah', 'main')
    .withPassDown('wah', 'main', 'steel')
    .withPassDown('wah', 'steel', 'agency')
    .withInstruction('top', 'main')
    .events();
  return (attachMeta(events as ChainEvent[]) as ChainEvent[]).reduce(chainDecider.evolve, chainDecider.initialState()) as OpenedChain;
};

const marek: ResolvedWorker = { workerId: 'marek', partyId: 'agency', languages: ['pl'] };
const sanne: ResolvedWorker = { workerId: 'sanne', partyId: 'steel', languages: ['nl'] };

function make(metadata: CommandMetadata, worker: ResolvedWorker | null, options: { state?: ReturnType<typeof acknowledgementLinkDecider.initialState>; workerId?: string; instructionId?: string } = {}) {
  return acknowledgementLinkDecider.decide(
    {
      type: 'MakeAcknowledgementLinks',
      data: {
        chainId: 'c1',
        batchId: 'b1',
        chain: chain(),
        instructionId: options.instructionId ?? 'wah',
        version: 1,
        links: [{ linkIdHash: 'h1', workerId: options.workerId ?? worker?.workerId ?? 'nobody', worker, expiresAt: '2026-03-16T08:00:00Z' }],
        maxWorkers: 50,
      },
      metadata,
    },
    options.state ?? acknowledgementLinkDecider.initialState(),
  );
}

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'OK';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('MakeAcknowledgementLinks: who may hand a worker a personal link', () => {
  it("records the links (a hash each, never the link) for the lent worker's hirer, its own party, and the party that passed the instruction down", () => {
    expect(make(asParty('steel'), marek)).toEqual([
      {
        type: 'AcknowledgementLinksMade',
        data: {
          chainId: 'c1',
          batchId: 'b1',
          instructionId: 'wah',
          version: 1,
          madeByPartyId: 'steel',
          links: [{ linkIdHash: 'h1', workerId: 'marek', workerPartyId: 'agency', expiresAt: '2026-03-16T08:00:00.000Z' }],
        },
      },
    ]);
    expect(codeOf(() => make(asParty('agency'), marek))).toBe('OK');
    // main passed the instruction down to steel, so it may make links for steel's own worker
    expect(codeOf(() => make(asParty('main'), sanne))).toBe('OK');
  });

  it('refuses anyone else, an unknown worker, and a party outside the chain', () => {
    expect(codeOf(() => make(asParty('main'), marek))).toBe('ACK_LINK_NOT_ALLOWED');
    expect(codeOf(() => make(asParty('principal'), marek))).toBe('ACK_LINK_NOT_ALLOWED');
    expect(codeOf(() => make(asParty('steel'), null, { workerId: 'ghost' }))).toBe('WORKER_NOT_FOUND');
    expect(codeOf(() => make(asParty('elders'), marek))).toBe('CHAIN_PARTY_NOT_IN_CHAIN');
    // main kept 'top' to itself: steel's own worker could not acknowledge it, so steel gets no link for it
    expect(codeOf(() => make(asParty('steel'), sanne, { instructionId: 'top' }))).toBe('INSTRUCTION_NOT_RECEIVED');
  });

  it('revokes a link once, only by the party that made it', () => {
    const [made] = make(asParty('steel'), marek) as AcknowledgementLinkEvent[];
    const state = acknowledgementLinkDecider.evolve(acknowledgementLinkDecider.initialState(), made);
    const revoke = (metadata: CommandMetadata, s = state) =>
      acknowledgementLinkDecider.decide({ type: 'RevokeAcknowledgementLink', data: { chainId: 'c1', linkId: 'L', linkIdHash: 'h1' }, metadata }, s);
    expect(codeOf(() => revoke(asParty('agency')))).toBe('ACK_LINK_NOT_FOUND');
    expect(codeOf(() => revoke(asWorker('agency', 'marek')))).toBe('ACK_LINK_NOT_FOUND');
    const [revoked] = revoke(asParty('steel'));
    expect(revoked).toEqual({ type: 'AcknowledgementLinkRevoked', data: { chainId: 'c1', linkIdHash: 'h1', workerId: 'marek', revokedByPartyId: 'steel' } });
    const after = acknowledgementLinkDecider.evolve(state, revoked);
    expect(after.links.get('h1')).toMatchObject({ revoked: true, batchId: 'b1', madeByPartyId: 'steel' });
    expect(codeOf(() => revoke(asParty('steel'), after))).toBe('ACK_LINK_ALREADY_REVOKED');
    expect(codeOf(() => make(asParty('steel'), marek, { state: after }))).toBe('ACK_LINK_ALREADY_MADE');
  });
});
