import fc from 'fast-check';
import { foldChainEvents } from '../replay/fold-chain-events';
import type { ReplayEvent } from '../replay/replay-event';
import { evolveChain } from './chain.decider';
import type { ChainEvent } from './chain.events';
import { initialChainState, type ChainState } from './chain.state';

// The chain's collections append in place to the newest version of a line (docs/adr/0025). A fold
// along one line, a fold that branches at every step, and a fold resumed from a plain copy must
// give the same state, and no state anyone kept may change (random histories).

const pool = (prefix: string) => fc.nat({ max: 12 }).map((n) => `${prefix}-${n}`);
const meta = (i: number) => ({ eventId: `ev-${i}`, occurredAt: '2026-01-05T08:00:00.000Z', recordedAt: '2026-01-05T08:00:00.000Z', actorPartyId: 'principal' });

const entry: fc.Arbitrary<{ type: string; data: Record<string, unknown> }> = fc.oneof(
  pool('l').map((l) => ({ type: 'PartyEngaged', data: { linkId: l, fromPartyId: 'principal', toPartyId: `p${l}`, toPartyKind: 'ORGANISATION', kind: 'SUBCONTRACT', scope: 'ruwbouw', underAuthority: false, startDate: '2026-01-05' } })),
  pool('l').map((l) => ({ type: 'EngagementEnded', data: { linkId: l, endDate: '2026-01-06', reason: 'klaar', endedByPartyId: 'principal' } })),
  fc.tuple(pool('k'), pool('l')).map(([k, l]) => ({ type: 'VergewisCheckRecorded', data: { checkId: k, checkerPartyId: 'principal', subjectPartyId: `p${l}`, subjectWorkerId: null, subject: 'CERTIFICATE', outcome: 'CONFIRMED', summary: 'VCA', evidence: [], validUntil: null, relatedIncidentId: null, relatedInstructionId: null } })),
  pool('x').map((x) => ({ type: 'IncidentReported', data: { incidentId: x, reporterPartyId: 'principal', kind: 'NEAR_MISS', happenedAt: '2026-01-05T07:00:00.000Z', location: 'blok B', description: 'plank', topics: [], victim: null, severity: 'NONE', absenceDays: 0, victimRelation: null, authorityHolderPartyId: null } })),
  fc.tuple(pool('x'), pool('l')).map(([x, l]) => ({ type: 'IncidentNotified', data: { incidentId: x, notifierPartyId: 'principal', recipient: { kind: 'PARTY', partyId: `p${l}` }, channel: 'EMAIL', reference: null } })),
  pool('x').map((x) => ({ type: 'IncidentReclassified', data: { incidentId: x, severity: 'ABSENCE', absenceDays: 2, previousSeverity: 'NONE', previousAbsenceDays: 0, becameKnownAt: '2026-01-06T08:00:00.000Z', reason: 'uitval', reclassifiedByPartyId: 'principal' } })),
  pool('i').map((i) => ({ type: 'SafetyInstructionIssued', data: { instructionId: i, version: 1, issuerPartyId: 'principal', content: [{ language: 'nl', title: 'Valgevaar', body: '…' }], topics: ['WORK_AT_HEIGHT'], contentHash: 'h1' } })),
  fc.tuple(pool('i'), pool('l')).map(([i, l]) => ({ type: 'SafetyInstructionPassedDown', data: { instructionId: i, version: 1, linkId: l, fromPartyId: 'principal', toPartyId: `p${l}` } })),
  fc.tuple(pool('i'), pool('l')).map(([i, l]) => ({ type: 'SafetyInstructionAcknowledged', data: { instructionId: i, version: 1, partyId: `p${l}`, workerId: null, language: 'nl', understood: true } })),
  fc.tuple(pool('w'), pool('l')).map(([w, l]) => ({ type: 'WorkStarted', data: { workStartId: w, linkId: l, partyId: `p${l}`, workerId: `wk-${w}`, topics: [], startedByPartyId: `p${l}` } })),
);

const history: fc.Arbitrary<ReplayEvent[]> = fc.array(entry, { maxLength: 120 }).map((entries) => [
  { type: 'ChainOpened', data: { chainId: 'c1', name: 'Zuiderpark', description: '', siteAddress: null, principalPartyId: 'principal', sector: 'CONSTRUCTION' } },
  ...entries,
].map((e, i) => ({ ...e, meta: meta(i) })));

describe('evolveChain over versions that branch', () => {
  it('gives the same state along one line, branching at every step, and from a plain copy; kept states never change', () => {
    fc.assert(
      fc.property(history, fc.nat(), (events, cutAt) => {
        const straight = foldChainEvents(events);

        // every step evolves the same event onto the state twice: the second append starts from a
        // state that is no longer the newest of its line
        const kept: { state: ChainState; json: string }[] = [];
        let branching = initialChainState();
        for (const event of events) {
          const sibling = evolveChain(branching, event as ChainEvent);
          branching = evolveChain(branching, event as ChainEvent);
          kept.push({ state: sibling, json: JSON.stringify(sibling) }, { state: branching, json: JSON.stringify(branching) });
        }

        const cut = cutAt % (events.length + 1);
        const plain = JSON.parse(JSON.stringify(foldChainEvents(events.slice(0, cut)))) as ChainState;
        const resumed = foldChainEvents(events.slice(cut), undefined, plain);

        expect(JSON.stringify(branching)).toBe(JSON.stringify(straight));
        expect(JSON.stringify(resumed)).toBe(JSON.stringify(straight));
        expect(branching).toEqual(straight);
        expect(kept.filter((k) => JSON.stringify(k.state) !== k.json)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
