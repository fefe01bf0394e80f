import { copyCount } from '../shared/copy-count';
import { storyFourEvents } from '../../test/story-four.fixture';
import type { ReplayEvent } from '../replay/replay-event';
import { evolveChain } from './chain.decider';
import type { ChainEvent } from './chain.events';
import { initialChainState, type ChainState, type OpenedChain } from './chain.state';

// One evolve for every caller: it must leave the state it is given as it was, and cost in
// proportion to the event, not to the history. Costs are counted in slots copied by the
// persistent collections (node copies and array views), never timed.

const fold = (events: readonly ReplayEvent[], from: ChainState = initialChainState()) => events.reduce((s, e) => evolveChain(s, e as ChainEvent), from);

const meta = (i: number) => ({ eventId: `ev-${i}`, occurredAt: '2026-01-05T08:00:00.000Z', recordedAt: '2026-01-05T08:00:00.000Z', actorPartyId: 'principal' });

/** A chain with `n` links, checks, incidents (each notified once), and pass-downs, acknowledgements and work starts. */
function busyChain(n: number): ReplayEvent[] {
  const events: ReplayEvent[] = [];
  let i = 0;
  const add = (type: string, data: Record<string, unknown>) => events.push({ type, data, meta: meta(i++) });
  add('ChainOpened', { chainId: 'c1', name: 'Zuiderpark', description: '', siteAddress: null, principalPartyId: 'principal', sector: 'CONSTRUCTION' });
  add('SafetyInstructionIssued', { instructionId: 'i1', version: 1, issuerPartyId: 'principal', content: [{ language: 'nl', title: 'Valgevaar', body: '…' }], topics: ['WORK_AT_HEIGHT'], contentHash: 'h1' });
  add('IncidentReported', { incidentId: 'x-first', reporterPartyId: 'principal', kind: 'NEAR_MISS', happenedAt: '2026-01-05T07:00:00.000Z', location: 'blok B', description: 'plank', topics: [], victim: null, severity: 'NONE', absenceDays: 0, victimRelation: null, authorityHolderPartyId: null });
  for (let k = 0; k < n; k++) {
    add('PartyEngaged', { linkId: `l-${k}`, fromPartyId: 'principal', toPartyId: `p-${k}`, toPartyKind: 'ORGANISATION', kind: 'SUBCONTRACT', scope: 'ruwbouw', underAuthority: false, startDate: '2026-01-05' });
    add('VergewisCheckRecorded', { checkId: `k-${k}`, checkerPartyId: 'principal', subjectPartyId: `p-${k}`, subjectWorkerId: null, subject: 'CERTIFICATE', outcome: 'CONFIRMED', summary: 'VCA', evidence: [], validUntil: null, relatedIncidentId: null, relatedInstructionId: null });
    add('IncidentReported', { incidentId: `x-${k}`, reporterPartyId: 'principal', kind: 'NEAR_MISS', happenedAt: '2026-01-05T07:00:00.000Z', location: 'blok B', description: 'plank', topics: [], victim: null, severity: 'NONE', absenceDays: 0, victimRelation: null, authorityHolderPartyId: null });
    add('IncidentNotified', { incidentId: `x-${k}`, notifierPartyId: 'principal', recipient: { kind: 'PARTY', partyId: `p-${k}` }, channel: 'EMAIL', reference: null });
    add('SafetyInstructionPassedDown', { instructionId: 'i1', version: 1, linkId: `l-${k}`, fromPartyId: 'principal', toPartyId: `p-${k}` });
    add('SafetyInstructionAcknowledged', { instructionId: 'i1', version: 1, partyId: `p-${k}`, workerId: null, language: 'nl', understood: true });
    add('WorkStarted', { workStartId: `w-${k}`, linkId: `l-${k}`, partyId: `p-${k}`, workerId: `wk-${k}`, topics: [], startedByPartyId: `p-${k}` });
  }
  return events;
}

function slotsCopiedBy(work: () => unknown): number {
  const before = copyCount.slots;
  work();
  return copyCount.slots - before;
}

describe('evolveChain', () => {
  it('never changes the state it is given: every state of a fold still reads as it did when it was made', () => {
    const events = [...storyFourEvents(), ...busyChain(40).slice(1)];
    const states: { state: ChainState; json: string }[] = [];
    let state = initialChainState();
    for (const event of events) {
      state = evolveChain(state, event as ChainEvent);
      states.push({ state, json: JSON.stringify(state) });
    }
    // and a second branch from the middle, which must not disturb the first
    fold(events.slice(10, 30), states[20].state);
    expect(states.filter((s) => JSON.stringify(s.state) !== s.json).length).toBe(0);
    expect(JSON.stringify(states[states.length - 1].state)).toContain('"acknowledgements":[{');
  });

  it('two events evolved onto the same state give two independent states', () => {
    const base = fold(busyChain(50));
    const check = (checkId: string): ReplayEvent => ({ ...busyChain(1)[4], data: { ...(busyChain(1)[4].data as object), checkId }, meta: meta(9000) });
    const left = evolveChain(base, check('k-left') as ChainEvent) as OpenedChain;
    const right = evolveChain(base, check('k-right') as ChainEvent) as OpenedChain;
    expect([left.checks.length, right.checks.length, (base as OpenedChain).checks.length]).toEqual([51, 51, 50]);
    expect([left.checks[50].checkId, right.checks[50].checkId]).toEqual(['k-left', 'k-right']);
  });

  it('takes in a plain copy of a state (its JSON) and goes on to the same state', () => {
    const events = busyChain(30);
    const whole = fold(events);
    const half = fold(events.slice(0, 100));
    const plain = JSON.parse(JSON.stringify(half)) as ChainState;
    expect(fold(events.slice(100), plain)).toEqual(whole);
    // states compare by what they read as, so one event missing shows
    expect(fold(events.slice(101), plain)).not.toEqual(whole);
  });

  it('one more event onto 10,000 links, checks, incidents and acknowledgements copies a path, not the collection', () => {
    const history = busyChain(10_000);
    const state = fold(history);
    const next = busyChain(10_001).slice(history.length);
    const more: ReplayEvent[] = [
      ...next,
      { type: 'EngagementEnded', data: { linkId: 'l-5000', endDate: '2026-01-06', reason: 'klaar', endedByPartyId: 'principal' }, meta: meta(99_001) },
      { type: 'IncidentReclassified', data: { incidentId: 'x-5000', severity: 'ABSENCE', absenceDays: 2, previousSeverity: 'NONE', previousAbsenceDays: 0, becameKnownAt: '2026-01-06T08:00:00.000Z', reason: 'uitval', reclassifiedByPartyId: 'principal' }, meta: meta(99_002) },
    ];
    const costs = more.map((event) => ({ type: event.type, slots: slotsCopiedBy(() => evolveChain(state, event as ChainEvent)) }));
    expect(costs.map((c) => c.type)).toEqual([
      'PartyEngaged', 'VergewisCheckRecorded', 'IncidentReported', 'IncidentNotified', 'SafetyInstructionPassedDown',
      'SafetyInstructionAcknowledged', 'WorkStarted', 'EngagementEnded', 'IncidentReclassified',
    ]);
    // a path of a trie of 10,000 is 3 nodes of at most 32 slots, per list touched
    expect(costs.filter((c) => c.slots >= 1000)).toEqual([]);
  });

  it('folds in time proportional to the events: twice the history copies about twice the slots', () => {
    const small = slotsCopiedBy(() => fold(busyChain(5_000)));
    const large = slotsCopiedBy(() => fold(busyChain(10_000)));
    // a fold that copied its collections per event would give 4× (and copy ~10⁸ slots)
    expect(large / small).toBeLessThan(2.3);
    expect(large).toBeLessThan(200 * 70_000);
  });
});
