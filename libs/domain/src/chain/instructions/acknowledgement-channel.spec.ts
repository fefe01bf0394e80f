import type { SafetyInstructionAcknowledged } from '../chain.events';
import { acknowledgementEntryOf, channelOfAcknowledgement } from './acknowledgement-channel';

const importMark = { importId: 'imp', sourceSha256: 'ab', importerPartyId: 'principal' };
const ack = (data: Partial<SafetyInstructionAcknowledged['data']>, meta: Partial<NonNullable<SafetyInstructionAcknowledged['meta']>> = {}) => ({
  data: { instructionId: 'i', version: 1, partyId: 'agency', workerId: 'marek', language: 'pl', understood: true, ...data },
  meta: { eventId: 'e', occurredAt: '2026-03-01T07:00:00.000Z', recordedAt: '2026-03-01T07:00:00.000Z', actorPartyId: 'agency', ...meta },
});

describe('whose act an acknowledgement is: the channel, and the entry derived from it', () => {
  it('reads the recorded channel, and for older events derives it from the actor', () => {
    expect(channelOfAcknowledgement(ack({ channel: 'LINK' }))).toBe('LINK');
    expect(channelOfAcknowledgement(ack({}, { actorWorkerId: 'marek' }))).toBe('OWN_ACCOUNT');
    expect(channelOfAcknowledgement(ack({ workerId: null }))).toBe('OWN_ACCOUNT');
    expect(channelOfAcknowledgement(ack({}))).toBe('PROXY');
  });

  it('entry: OWN for OWN_ACCOUNT and LINK, ON_BEHALF for PROXY, IMPORTED whenever the import mark is there', () => {
    expect(acknowledgementEntryOf({ channel: 'OWN_ACCOUNT' })).toBe('OWN');
    expect(acknowledgementEntryOf({ channel: 'LINK' })).toBe('OWN');
    expect(acknowledgementEntryOf({ channel: 'PROXY' })).toBe('ON_BEHALF');
    for (const channel of ['OWN_ACCOUNT', 'LINK', 'PROXY'] as const) expect(acknowledgementEntryOf({ channel, imported: importMark })).toBe('IMPORTED');
  });
});
