import { foldChainEvents } from '../replay/fold-chain-events';
import fc from 'fast-check';
import type { ChainEvent, CompanyCertificateRecorded, EventMeta, WorkerDiplomaRecorded } from '../index';
import { decideChain, evaluateFindings, findingsOfStart, startCheck } from '../index';
import { aChain, asParty, HASH_A, instructionAcknowledged, instructionIssued, instructionPassedDown } from '../../../testing/src/builders';

// One implementation: a start check is the rules engine asked about a start that has not happened.
// Property: on any generated chain, the check at T says NO-GO for exactly the findings that arise
// once the start is really recorded at T (through the decider), and GO when none do.

const T0 = Date.parse('2026-03-01T00:00:00.000Z');
const hour = (h: number) => new Date(T0 + h * 3_600_000).toISOString();
const WORKERS = { jan: { partyId: 'zzp1', linkId: 'link-steel-zzp1' }, marek: { partyId: 'agency', linkId: 'link-steel-agency' } } as const;
type Worker = keyof typeof WORKERS;
type Timed = { at: number; event: { type: string; data: unknown } };

const worker = fc.constantFrom<Worker>('jan', 'marek');
const hours = fc.integer({ min: 1, max: 120 });
const topics = fc.subarray(['WORK_AT_HEIGHT', 'SCAFFOLDING', 'WELDING'], { minLength: 1 });

const piece = fc.oneof(
  fc.record({ kind: fc.constant('ack' as const), worker, version: fc.constantFrom(1, 2), at: hours, understood: fc.boolean() }),
  fc.record({ kind: fc.constant('passDown' as const), to: fc.constantFrom('zzp1', 'agency'), version: fc.constantFrom(1, 2), at: hours }),
  fc.record({ kind: fc.constant('requirement' as const), worker, diploma: fc.boolean(), certificate: fc.boolean(), at: hours }),
  fc.record({ kind: fc.constant('diploma' as const), worker, yearsOld: fc.constantFrom(1, 11), at: hours }),
  fc.record({ kind: fc.constant('certificate' as const), partyId: fc.constantFrom('zzp1', 'agency'), lapsed: fc.boolean(), at: hours }),
  fc.record({ kind: fc.constant('rie' as const), at: hours }),
  fc.record({ kind: fc.constant('start' as const), worker, topics, at: hours }),
  fc.record({ kind: fc.constant('siteInstruction' as const), to: fc.constantFrom('zzp1', 'agency'), at: hours }),
);

const scenario = fc.record({
  sector: fc.constantFrom<'OTHER' | 'CONSTRUCTION'>('OTHER', 'CONSTRUCTION'),
  v2At: fc.option(fc.integer({ min: 10, max: 100 }), { nil: null }),
  pieces: fc.array(piece, { maxLength: 12 }),
  gate: fc.record({ worker, topics, at: fc.integer({ min: 2, max: 130 }) }),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer S> ? S : never;

/** The generated log: chain events and credential events, each with meta on both clocks. */
function logOf(s: Scenario) {
  const chain: Timed[] = aChain()
    .openedBy('principal', { sector: s.sector })
    .withLink('principal', 'main')
    .withLink('main', 'steel')
    .withLink('steel', 'zzp1', { kind: 'SELF_EMPLOYED', underAuthority: true })
    .withLink('steel', 'agency', { kind: 'LENDING' })
    .events()
    .map((event) => ({ at: 0, event }));
  const credentials: Timed[] = [];
  chain.push({ at: 1, event: instructionIssued({ instructionId: 'ins', issuerPartyId: 'steel' }) });
  if (s.v2At !== null) {
    chain.push({ at: s.v2At, event: instructionIssued({ instructionId: 'ins', issuerPartyId: 'steel', version: 2, topics: ['WORK_AT_HEIGHT', 'SCAFFOLDING'], contentHash: 'b'.repeat(64) }) });
  }
  let site = false;
  s.pieces.forEach((p, i) => {
    switch (p.kind) {
      case 'ack': {
        const w = WORKERS[p.worker];
        if (p.version === 2 && (s.v2At === null || p.at < s.v2At)) return;
        chain.push({ at: p.at, event: instructionAcknowledged({ instructionId: 'ins', partyId: w.partyId, workerId: p.worker, version: p.version, understood: p.understood }) });
        return;
      }
      case 'passDown':
        if (p.version === 2 && (s.v2At === null || p.at < s.v2At)) return;
        chain.push({ at: p.at, event: instructionPassedDown({ instructionId: 'ins', version: p.version, linkId: `link-steel-${p.to}`, fromPartyId: 'steel', toPartyId: p.to }) });
        return;
      case 'requirement':
        chain.push({
          at: p.at,
          event: { type: 'LinkRequirementsSet', data: { linkId: WORKERS[p.worker].linkId, setByPartyId: 'steel', minimumCertificate: p.certificate ? 'VCA_1STAR' : null, minimumLadderStep: null, maySubcontract: true, workerDiplomaRequired: p.diploma } },
        });
        return;
      case 'diploma':
        credentials.push({
          at: p.at,
          event: { type: 'WorkerDiplomaRecorded', data: { partyId: WORKERS[p.worker].partyId, workerId: p.worker, diploma: 'VOL_VCA', issuedOn: `${2026 - p.yearsOld}-01-01`, registerNumber: `r${i}`, recordedByPartyId: WORKERS[p.worker].partyId } },
        });
        return;
      case 'certificate':
        credentials.push({
          at: p.at,
          event: { type: 'CompanyCertificateRecorded', data: { partyId: p.partyId, certificateId: `c${i}`, scheme: 'VCA_1STAR', ladderStep: null, registerNumber: `r${i}`, issuedOn: '2024-01-01', validUntil: p.lapsed ? '2026-03-03' : '2028-01-01', status: 'VALID', recordedByPartyId: p.partyId } },
        });
        return;
      case 'rie':
        chain.push({ at: p.at, event: { type: 'RieExtractDelivered', data: { linkId: 'link-steel-agency', fromPartyId: 'steel', toPartyId: 'agency', contentHash: HASH_A, summary: 'RI&E' } } });
        return;
      case 'start':
        chain.push({ at: p.at, event: { type: 'WorkStarted', data: { workStartId: `ws${i}`, linkId: WORKERS[p.worker].linkId, partyId: WORKERS[p.worker].partyId, workerId: p.worker, topics: p.topics, startedByPartyId: 'steel' } } });
        return;
      case 'siteInstruction':
        if (!site) chain.push({ at: 1, event: instructionIssued({ instructionId: 'site', issuerPartyId: 'main', topics: ['SITE_INSTRUCTION'], content: [{ language: 'nl', title: 'Bouwplaatsregels', body: 'Helm op.' }] }) });
        site = true;
        chain.push({ at: p.at, event: instructionPassedDown({ instructionId: 'site', linkId: 'link-main-steel', fromPartyId: 'main', toPartyId: 'steel' }) });
        chain.push({ at: p.at, event: instructionPassedDown({ instructionId: 'site', linkId: `link-steel-${p.to}`, fromPartyId: 'steel', toPartyId: p.to }) });
        return;
    }
  });
  let n = 0;
  const withMeta = (t: Timed) => ({ ...t.event, meta: { eventId: `e${++n}`, occurredAt: hour(t.at), recordedAt: hour(t.at), actorPartyId: null } as EventMeta });
  const byTime = (a: Timed, b: Timed) => a.at - b.at;
  return {
    chain: chain.sort(byTime).map(withMeta) as ChainEvent[],
    credentials: credentials.sort(byTime).map(withMeta) as (CompanyCertificateRecorded | WorkerDiplomaRecorded)[],
  };
}

const key = (f: { ruleId: string; partyIds: string[]; arisenAt: string; explanation: string }) =>
  `${f.ruleId}|${[...f.partyIds].sort().join('+')}|${f.arisenAt}|${f.explanation}`;

describe('findings and start checks agree', () => {
  it('the check at T names exactly the open findings that recording the start at T brings', () => {
    const verdicts = { GO: 0, NO_GO: 0 };
    fc.assert(
      fc.property(scenario, (s) => {
        const { chain, credentials } = logOf(s);
        const names = { jan: 'Jan', marek: 'Marek', zzp1: 'Jan de Vries', agency: 'Flex', steel: 'Staal', main: 'Van Dijk', principal: 'De Linie' };
        const facts = { chainEvents: chain, credentialEvents: credentials, names };
        const T = hour(s.gate.at);
        const w = WORKERS[s.gate.worker];
        const check = startCheck(facts, { workerPartyId: w.partyId, workerId: s.gate.worker, topics: s.gate.topics, linkId: null, at: T });
        verdicts[check.verdict] += 1;

        // record the start for real: through the decider, on the chain as known at T
        const before = chain.filter((e) => e.meta!.recordedAt <= T);
        const after = chain.filter((e) => e.meta!.recordedAt > T);
        const state = foldChainEvents(before);
        const [started] = decideChain(
          { type: 'StartWork', data: { chainId: 'chain-1', workStartId: 'real', linkId: w.linkId, workerId: s.gate.worker, worker: { workerId: s.gate.worker, partyId: w.partyId, languages: ['nl'] }, topics: s.gate.topics }, metadata: asParty('steel', { now: T }) },
          state,
        );
        const real = { ...started, meta: { eventId: 'real-start', occurredAt: T, recordedAt: T, actorPartyId: 'steel' } } as ChainEvent;
        const log = [...before, real, ...after];
        const asOf = new Date(Date.parse(T) + 60_000).toISOString();
        const findings = evaluateFindings({ ...facts, chainEvents: log }, { asOf });
        const folded = foldChainEvents([...before, real]);
        if (folded.status !== 'Opened') throw new Error('not opened');
        const concerning = findingsOfStart(findings, folded, { eventId: 'real-start', linkId: w.linkId, workerPartyId: w.partyId, workerId: s.gate.worker, at: T });

        expect(check.reasons.map(key).sort()).toEqual(concerning.map(key).sort());
        expect(check.verdict).toBe(concerning.length ? 'NO_GO' : 'GO');
        // independently of the selection: every open finding that cites the recorded start was a reason
        const citing = findings.filter((f) => f.resolvedAt === null && f.evidenceEventIds.includes('real-start'));
        for (const f of citing) expect(check.reasons.map((r) => r.ruleId)).toContain(f.ruleId);
      }),
      { numRuns: 150, seed: 20261207 },
    );
    // the property was exercised on both verdicts, not only on one
    expect(verdicts.GO).toBeGreaterThan(10);
    expect(verdicts.NO_GO).toBeGreaterThan(10);
  });
});
