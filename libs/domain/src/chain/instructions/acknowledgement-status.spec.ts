import {
  aChain,
  chainSpec,
  entryRetracted,
  instructionAcknowledged,
  instructionIssued,
  instructionPassedDown,
  withEventId,
} from '../../../../testing/src/builders';
import { acknowledgementStatus, acknowledgementStatusOf, receiptsOf, receivedVersions } from './instruction-queries';
import { instructionOf } from '../chain-collections';

const base = () =>
  aChain()
    .openedBy('principal')
    .withLink('principal', 'main')
    .withLink('main', 'steel')
    .withLink('main', 'zzp', { kind: 'SELF_EMPLOYED' })
    .withInstruction('wah', 'main')
    .withPassDown('wah', 'main', 'steel')
    .withPassDown('wah', 'main', 'zzp')
    .events();

describe('acknowledgement status (evolve + queries)', () => {
  it('is MISSING for a party that received the instruction but did not acknowledge it', () => {
    const state = chainSpec().given(base()).state();
    expect(acknowledgementStatus(state, 'wah')).toEqual([
      expect.objectContaining({ partyId: 'steel', workerId: null, status: 'MISSING', currentVersion: 1, receivedVersion: 1 }),
      expect.objectContaining({ partyId: 'zzp', workerId: null, status: 'MISSING' }),
    ]);
  });

  it('stays MISSING for a worker who signed in a language he does not read, until he signs in one he reads', () => {
    const unread = instructionAcknowledged({ instructionId: 'wah', partyId: 'steel', workerId: 'piotr', language: 'nl', understood: false });
    const state = chainSpec().given([...base(), unread]).state();
    expect(acknowledgementStatusOf(state, 'wah', 'steel', 'piotr')).toBe('MISSING');
    const read = instructionAcknowledged({ instructionId: 'wah', partyId: 'steel', workerId: 'piotr', language: 'pl' });
    expect(acknowledgementStatusOf(chainSpec().given([...base(), unread, read]).state(), 'wah', 'steel', 'piotr')).toBe('CURRENT');
  });

  it('is CURRENT after acknowledging the current version, STALE once a new version is issued', () => {
    const acked = [...base(), instructionAcknowledged({ instructionId: 'wah', partyId: 'zzp' })];
    expect(acknowledgementStatusOf(chainSpec().given(acked).state(), 'wah', 'zzp')).toBe('CURRENT');

    const superseded = [...acked, instructionIssued({ instructionId: 'wah', issuerPartyId: 'main', version: 2 })];
    const state = chainSpec().given(superseded).state();
    expect(acknowledgementStatusOf(state, 'wah', 'zzp')).toBe('STALE');
    expect(acknowledgementStatus(state, 'wah').find((row) => row.partyId === 'zzp')).toMatchObject({
      status: 'STALE',
      acknowledgedVersion: 1,
      currentVersion: 2,
      receivedVersion: 1,
    });
  });

  it('tracks workers apart from their party, and knows when and through which link a version arrived', () => {
    const events = [
      ...base(),
      withEventId(instructionAcknowledged({ instructionId: 'wah', partyId: 'steel', workerId: 'piotr', language: 'pl' }), 'ack-piotr'),
    ];
    const state = chainSpec().given(events).state();
    expect(acknowledgementStatusOf(state, 'wah', 'steel', 'piotr')).toBe('CURRENT');
    expect(acknowledgementStatusOf(state, 'wah', 'steel')).toBe('MISSING');
    expect(acknowledgementStatusOf(state, 'wah', 'steel', 'anna')).toBe('MISSING');
    const row = acknowledgementStatus(state, 'wah').find((r) => r.workerId === 'piotr');
    expect(row?.acknowledged).toMatchObject({ eventId: 'ack-piotr', recordedByPartyId: 'steel' });

    const instruction = instructionOf(state, 'wah');
    expect(instruction && receiptsOf(instruction, 'steel')).toEqual([
      expect.objectContaining({
        version: 1,
        linkId: 'link-main-steel',
        fromPartyId: 'main',
        stamp: expect.objectContaining({ eventId: 'evt-0006', occurredAt: '2026-03-02T08:05:00.000Z' }),
      }),
    ]);
    expect(instruction && receivedVersions(instruction, 'main')).toEqual([1]);
  });

  it('stops counting a retracted acknowledgement and a retracted pass-down', () => {
    const events = [
      ...base(),
      withEventId(instructionAcknowledged({ instructionId: 'wah', partyId: 'zzp' }), 'ack-zzp'),
      entryRetracted({ targetEventId: 'ack-zzp', targetType: 'SafetyInstructionAcknowledged', retractedByPartyId: 'zzp' }),
      instructionPassedDown({ instructionId: 'wah', linkId: 'link-principal-main', fromPartyId: 'principal', toPartyId: 'main' }),
      entryRetracted({ targetEventId: 'evt-0006', targetType: 'SafetyInstructionPassedDown', retractedByPartyId: 'main' }),
    ];
    const state = chainSpec().given(events).state();
    expect(acknowledgementStatusOf(state, 'wah', 'zzp')).toBe('MISSING');
    // the retracted pass-down to steel no longer counts as a receipt; it stays listed as retracted.
    // main is the issuer: it holds every version, and is listed only once it acknowledged itself
    expect(acknowledgementStatus(state, 'wah').map((row) => row.partyId)).toEqual(['zzp']);
    const instruction = instructionOf(state, 'wah');
    expect(instruction?.passDowns[0]).toMatchObject({ toPartyId: 'steel', retraction: expect.objectContaining({ retractedByPartyId: 'main' }) });
    expect(instruction?.acknowledgements[0].retraction).toMatchObject({ reason: 'Entered by mistake' });
  });

  it('answers MISSING and no rows for an unknown instruction', () => {
    const state = chainSpec().given(base()).state();
    expect(acknowledgementStatus(state, 'nope')).toEqual([]);
    expect(acknowledgementStatusOf(state, 'nope', 'steel')).toBe('MISSING');
  });
});
