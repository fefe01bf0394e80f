import type { ChainEvent, ChainState, Finding } from '../index';
import { chainDecider, evaluateFindings } from '../index';
import { aChain, acknowledgeInstruction, asParty, instructionIssued, instructionPassedDown } from '../../../testing/src/builders';

// Given a chain, when a fact that breaks a rule is recorded through the decider (not refused),
// then the finding it breaks stays open: the record holds what happened, the rules flag it.

let counter = 0;
function at(instant: string, event: ChainEvent): ChainEvent {
  counter += 1;
  return { ...event, meta: { eventId: `e${counter}`, occurredAt: instant, recordedAt: instant, actorPartyId: null } } as ChainEvent;
}
const T0 = '2026-03-01T00:00:00.000Z';
const START = '2026-03-02T07:00:00.000Z';
const ASOF = '2026-03-03T00:00:00.000Z';

const base = () =>
  aChain()
    .openedBy('principal')
    .withLink('principal', 'main')
    .withLink('main', 'steel')
    .withLink('steel', 'agency', { kind: 'LENDING' })
    .withLink('steel', 'zzp1', { kind: 'SELF_EMPLOYED' })
    .events()
    .map((e) => at(T0, e as ChainEvent));
const issued = at('2026-03-01T10:00:00.000Z', instructionIssued({ instructionId: 'i', issuerPartyId: 'main', topics: ['WORK_AT_HEIGHT'] }));
const passed = (from: string, to: string) =>
  at('2026-03-01T10:00:00.000Z', instructionPassedDown({ instructionId: 'i', version: 1, linkId: `link-${from}-${to}`, fromPartyId: from, toPartyId: to }));
const start = (linkId: string, partyId: string, workerId: string) =>
  at(START, { type: 'WorkStarted', data: { workStartId: `ws-${workerId}`, linkId, partyId, workerId, topics: ['WORK_AT_HEIGHT'], startedByPartyId: partyId } } as ChainEvent);

function recorded(given: ChainEvent[], command: Parameters<typeof chainDecider.decide>[0]): ChainEvent[] {
  const state = given.reduce<ChainState>((s, e) => chainDecider.evolve(s, e), chainDecider.initialState());
  return chainDecider.decide(command, state).map((e) => at('2026-03-01T11:00:00.000Z', e));
}
const open = (findings: Finding[]) => findings.filter((f) => f.resolvedAt === null).map((f) => `${f.ruleId}:${f.partyIds.join('+')}`);

describe('record, then flag', () => {
  it('an acknowledgement in a language the lent worker does not read is recorded, and NL-ARBO-8 stays open', () => {
    const radu = { workerId: 'w7', partyId: 'agency', languages: ['ro'] };
    const given = [...base(), issued, passed('main', 'steel'), passed('steel', 'agency')];
    const acks = recorded(given, acknowledgeInstruction(asParty('steel'), { instructionId: 'i', workerId: 'w7', worker: radu, language: 'nl' }));
    expect(acks).toHaveLength(1);
    expect(acks[0].data).toMatchObject({ partyId: 'agency', workerId: 'w7', language: 'nl', understood: false });

    const findings = evaluateFindings({ chainEvents: [...given, ...acks, start('link-steel-agency', 'agency', 'w7')], credentialEvents: [] }, { asOf: ASOF });
    // the hirer is the lent worker's Arbo employer (Arbowet 1(1)(a)(2°)), not the agency
    expect(open(findings)).toContain('NL-ARBO-8-INSTRUCTION:steel');
  });

  it('the same acknowledgement in a language the worker reads resolves NL-ARBO-8', () => {
    const radu = { workerId: 'w7', partyId: 'agency', languages: ['ro', 'nl'] };
    const given = [...base(), issued, passed('main', 'steel'), passed('steel', 'agency')];
    const acks = recorded(given, acknowledgeInstruction(asParty('steel'), { instructionId: 'i', workerId: 'w7', worker: radu, language: 'nl' }));
    const findings = evaluateFindings({ chainEvents: [...given, ...acks, start('link-steel-agency', 'agency', 'w7')], credentialEvents: [] }, { asOf: ASOF });
    expect(findings.map((f) => f.ruleId)).not.toContain('NL-ARBO-8-INSTRUCTION');
  });

  it('an acknowledgement of a version that never came down is recorded, and CHAIN-FLOWDOWN stays open', () => {
    // main passed it to steel; steel never passed it to its zzp'er, who signs v1 anyway
    const given = [...base(), issued, passed('main', 'steel')];
    const acks = recorded(given, acknowledgeInstruction(asParty('zzp1'), { instructionId: 'i' }));
    expect(acks.map((e) => e.data)).toEqual([expect.objectContaining({ partyId: 'zzp1', version: 1, workerId: null, understood: true })]);

    const findings = evaluateFindings({ chainEvents: [...given, ...acks, start('link-steel-zzp1', 'zzp1', 'zzp1-self')], credentialEvents: [] }, { asOf: ASOF });
    expect(open(findings).filter((f) => !f.startsWith('NL-BOUW-'))).toEqual(['CHAIN-FLOWDOWN:steel']);
  });
});
