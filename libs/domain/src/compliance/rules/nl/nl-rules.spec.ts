import type { ChainEvent, CompanyCertificateRecorded, EvaluationOptions, Finding, WorkerDiplomaRecorded } from '../../../index';
import { accidentRegister, chainDecider, evaluateFindings } from '../../../index';
import {
  aChain,
  HASH_A,
  incidentNotified,
  incidentReclassified,
  incidentReported,
  instructionAcknowledged,
  instructionIssued,
  instructionPassedDown,
  vergewisCheckRecorded,
} from '../../../../../testing/src/builders';

// Given the log (events with both clocks), when evaluated as of a moment, then exactly these findings.

type Facts = { chain: ChainEvent[]; credentials: (CompanyCertificateRecorded | WorkerDiplomaRecorded)[] };
let counter = 0;
/** The event recorded (and occurred) at `instant`, recorded by `actor`. */
function at<E extends { type: string; data: unknown }>(instant: string, event: E, recordedAt = instant): E & { meta: NonNullable<ChainEvent['meta']> } {
  counter += 1;
  return { ...event, meta: { eventId: `e${counter}`, occurredAt: instant, recordedAt, actorPartyId: null } };
}
const T0 = '2026-03-01T00:00:00.000Z';
// not a building site, so the construction rules stay out of the other rules' tests
const base = () => aChain().openedBy('principal', { sector: 'OTHER' }).withLink('principal', 'main').withLink('main', 'steel').withLink('steel', 'agency', { kind: 'LENDING' }).withLink('steel', 'zzp1', { kind: 'SELF_EMPLOYED' }).events().map((e) => at(T0, e as ChainEvent));

function when(facts: Partial<Facts>, asOf: string, options: Partial<EvaluationOptions> = {}): Finding[] {
  return evaluateFindings({ chainEvents: [...base(), ...(facts.chain ?? [])], credentialEvents: facts.credentials ?? [] }, { asOf, ...options });
}
const ids = (findings: Finding[]) => findings.map((f) => `${f.ruleId}:${f.partyIds.join('+')}${f.resolvedAt ? ':resolved' : ''}`);
const LEND_IN_FORCE = { policy: { lendingActInForceFrom: '2026-01-01' } };

const accident = (data: Partial<ChainEvent['data']> = {}) =>
  incidentReported({
    incidentId: 'inc',
    reporterPartyId: 'steel',
    kind: 'ACCIDENT',
    happenedAt: '2026-03-02T08:00:00.000Z',
    victim: { partyId: 'agency', workerId: 'w7', linkId: 'link-steel-agency' },
    severity: 'HOSPITAL_ADMISSION',
    victimRelation: 'LENT_WORKER',
    authorityHolderPartyId: 'steel',
    ...(data as object),
  });
const nla = (by: string, channel: 'PHONE' | 'ONLINE' = 'ONLINE') => incidentNotified({ incidentId: 'inc', notifierPartyId: by, channel });
const inform = (by: string, to: string) => incidentNotified({ incidentId: 'inc', notifierPartyId: by, recipient: { kind: 'PARTY', partyId: to }, channel: 'EMAIL' });
const ACC = '2026-03-02T08:00:00.000Z';

describe('NL-ARBO-9-REPORT', () => {
  it('flags a hospital admission not reported within the 24 h policy, marked as policy', () => {
    const findings = when({ chain: [at('2026-03-02T09:00:00.000Z', accident())] }, '2026-03-04T00:00:00.000Z');
    expect(ids(findings)).toEqual(['NL-ARBO-9-REPORT:steel']);
    expect(findings[0]).toMatchObject({ arisenAt: '2026-03-03T08:00:00.000Z', resolvedAt: null, basis: { kind: 'LAW', article: 'Arbowet 9(1); 1(1)(a)(2°), 1(2)(a)(1°)' } });
    expect(findings[0].policyNote).toContain('24 h');
  });
  it('is compliant when reported in time, and on time exactly at 24 h (the boundary)', () => {
    expect(ids(when({ chain: [at(ACC, accident()), at('2026-03-02T10:00:00.000Z', nla('steel'))] }, '2026-03-05T00:00:00.000Z'))).toEqual([]);
    expect(ids(when({ chain: [at(ACC, accident()), at('2026-03-03T08:00:00.000Z', nla('steel'))] }, '2026-03-05T00:00:00.000Z'))).toEqual([]);
    expect(ids(when({ chain: [at(ACC, accident()), at('2026-03-03T08:00:00.001Z', nla('steel'))] }, '2026-03-05T00:00:00.000Z'))).toEqual(['NL-ARBO-9-REPORT:steel:resolved']);
  });
  it('follows a configured deadline, and not before it has passed', () => {
    expect(ids(when({ chain: [at(ACC, accident()), at('2026-03-02T20:00:00.000Z', nla('steel'))] }, '2026-03-05T00:00:00.000Z', { policy: { directReportHours: 8 } }))).toEqual(['NL-ARBO-9-REPORT:steel:resolved']);
    expect(ids(when({ chain: [at(ACC, accident())] }, '2026-03-03T07:59:59.000Z'))).toEqual([]);
  });
  it('a report recorded late is late under the RECORDED clock, not under the OCCURRED clock', () => {
    const late = at('2026-03-02T10:00:00.000Z', nla('steel'), '2026-03-04T10:00:00.000Z');
    expect(ids(when({ chain: [at(ACC, accident()), late] }, '2026-03-05T00:00:00.000Z'))).toEqual(['NL-ARBO-9-REPORT:steel:resolved']);
    expect(ids(when({ chain: [at(ACC, accident()), late] }, '2026-03-05T00:00:00.000Z', { clock: 'OCCURRED' }))).toEqual([]);
  });
  it('does not apply to a zzp\'er on its own account or to an absence accident', () => {
    const zzp = accident({ victim: { partyId: 'zzp1', workerId: null, linkId: 'link-steel-zzp1' }, victimRelation: 'SELF_EMPLOYED', authorityHolderPartyId: 'zzp1' } as never);
    expect(ids(when({ chain: [at(ACC, zzp)] }, '2026-03-05T00:00:00.000Z'))).toEqual([]);
    expect(ids(when({ chain: [at(ACC, accident({ severity: 'ABSENCE', absenceDays: 2 } as never))] }, '2026-03-05T00:00:00.000Z'))).toEqual([]);
  });
  it('applies only rules in force at asOf', () => {
    expect(ids(when({ chain: [at(ACC, accident())] }, '2026-03-05T00:00:00.000Z', { policy: { lendingActInForceFrom: '2026-01-01' } }))).toEqual([
      'NL-ARBO-9-REPORT:steel',
      'NL-LEND-INFORM:steel',
      'NL-LEND-INFORM:agency',
    ]);
  });
});

describe('NL-ARBO-9-PHONE', () => {
  const death = accident({ severity: 'DEATH' } as never);
  it('flags a death reported online only', () => {
    expect(ids(when({ chain: [at(ACC, death), at('2026-03-02T09:00:00.000Z', nla('steel'))] }, '2026-03-05T00:00:00.000Z'))).toEqual(['NL-ARBO-9-PHONE:steel']);
  });
  it('is compliant when phoned, exactly at the deadline too', () => {
    expect(ids(when({ chain: [at(ACC, death), at('2026-03-03T08:00:00.000Z', nla('steel', 'PHONE'))] }, '2026-03-05T00:00:00.000Z'))).toEqual([]);
  });
});

describe('NL-ARBO-9-LATE-DISCOVERY', () => {
  const absence = accident({ severity: 'ABSENCE', absenceDays: 2 } as never);
  const admitted = incidentReclassified({ incidentId: 'inc', reclassifiedByPartyId: 'steel', becameKnownAt: '2026-03-05T12:00:00.000Z', previousSeverity: 'ABSENCE', previousAbsenceDays: 2 });
  it('restarts the clock at becameKnownAt: flagged when not reported within 24 h of it', () => {
    const findings = when({ chain: [at(ACC, absence), at('2026-03-05T13:00:00.000Z', admitted)] }, '2026-03-07T00:00:00.000Z');
    expect(ids(findings)).toEqual(['NL-ARBO-9-LATE-DISCOVERY:steel']);
    expect(findings[0].arisenAt).toBe('2026-03-06T12:00:00.000Z');
  });
  it('is compliant when reported within 24 h of becoming known (days after the accident), boundary included', () => {
    expect(ids(when({ chain: [at(ACC, absence), at('2026-03-05T13:00:00.000Z', admitted), at('2026-03-06T12:00:00.000Z', nla('steel'))] }, '2026-03-08T00:00:00.000Z'))).toEqual([]);
  });
});

describe('NL-ARBO-9-REGISTER', () => {
  const employee = accident({ reporterPartyId: 'main', victim: { partyId: 'steel', workerId: 's1', linkId: 'link-main-steel' }, victimRelation: 'EMPLOYEE', authorityHolderPartyId: 'steel', severity: 'ABSENCE', absenceDays: 5 } as never);
  it('an accident the employer never learned of is the recording party\'s finding (CHAIN-INFORM-EMPLOYER), not a gap in the employer\'s register', () => {
    const findings = when({ chain: [at(ACC, employee)] }, '2026-03-05T00:00:00.000Z');
    expect(ids(findings)).toEqual(['CHAIN-INFORM-EMPLOYER:main']);
    expect(findings[0]).toMatchObject({ arisenAt: '2026-03-03T08:00:00.000Z', basis: { kind: 'CERTIFICATION_OR_CONTRACT' } });
    expect(findings[0].policyNote).toContain('24 h');
  });
  it('is compliant once the employer was notified, and exactly 3 days is not registrable', () => {
    expect(ids(when({ chain: [at(ACC, employee), at('2026-03-02T09:00:00.000Z', inform('main', 'steel'))] }, '2026-03-05T00:00:00.000Z'))).toEqual([]);
    const three = accident({ reporterPartyId: 'main', victim: { partyId: 'steel', workerId: 's1', linkId: 'link-main-steel' }, victimRelation: 'EMPLOYEE', authorityHolderPartyId: 'steel', severity: 'ABSENCE', absenceDays: 3 } as never);
    const register = (incident: ChainEvent) => accidentRegister([[...base(), at(ACC, incident)].reduce(chainDecider.evolve, chainDecider.initialState())], 'steel').map((e) => e.absenceDays);
    expect(register(employee)).toEqual([5]);
    expect(register(three)).toEqual([]);
  });
});

describe('NL-LEND-INFORM', () => {
  it('flags a hirer that did not inform the agency (and another agency lending to it) and an agency that did not report', () => {
    const second = aChain().withLink('steel', 'agency2', { kind: 'LENDING' }).events().map((e) => at(T0, e as ChainEvent));
    expect(ids(when({ chain: [...second, at(ACC, accident()), at('2026-03-02T09:00:00.000Z', nla('steel'))] }, '2026-03-05T00:00:00.000Z', LEND_IN_FORCE))).toEqual([
      'NL-LEND-INFORM:steel',
      'NL-LEND-INFORM:steel',
      'NL-LEND-INFORM:agency',
    ]);
  });
  it('is compliant when informed and the agency reported within 24 h of being informed (boundary)', () => {
    const chain = [at(ACC, accident()), at('2026-03-02T09:00:00.000Z', nla('steel')), at('2026-03-02T20:00:00.000Z', inform('steel', 'agency')), at('2026-03-03T20:00:00.000Z', nla('agency'))];
    expect(ids(when({ chain }, '2026-03-05T00:00:00.000Z', LEND_IN_FORCE))).toEqual([]);
  });
  it('is not in force before the act (default 2027-07-01)', () => {
    expect(ids(when({ chain: [at(ACC, accident()), at('2026-03-02T09:00:00.000Z', nla('steel'))] }, '2026-03-05T00:00:00.000Z'))).toEqual([]);
  });
});

describe('NL-LEND-VERGEWIS', () => {
  const resumed = { type: 'WorkResumed' as const, data: { incidentId: 'inc', resumedByPartyId: 'steel', victimPartyId: 'agency', victimWorkerId: 'w7' } };
  const check = vergewisCheckRecorded({ checkId: 'c', checkerPartyId: 'agency', subjectPartyId: 'steel', subject: 'MEASURES_TAKEN', relatedIncidentId: 'inc' });
  const reported = [at(ACC, accident()), at('2026-03-02T09:00:00.000Z', nla('steel')), at('2026-03-02T09:00:00.000Z', inform('steel', 'agency')), at('2026-03-02T10:00:00.000Z', nla('agency'))];
  it('flags a resumption before the agency\'s check, resolved by a later check', () => {
    const findings = when({ chain: [...reported, at('2026-03-09T07:00:00.000Z', resumed), at('2026-03-09T09:00:00.000Z', check)] }, '2026-03-10T00:00:00.000Z', LEND_IN_FORCE);
    expect(ids(findings)).toEqual(['NL-LEND-VERGEWIS:agency:resolved']);
    expect(findings[0]).toMatchObject({ arisenAt: '2026-03-09T07:00:00.000Z', resolvedAt: '2026-03-09T09:00:00.000Z', basis: { kind: 'LENDING_ACT', inForceFrom: '2026-01-01' } });
  });
  it('is compliant when the check came first or at the same moment; a NOT_CONFIRMED check does not count', () => {
    expect(ids(when({ chain: [...reported, at('2026-03-09T07:00:00.000Z', check), at('2026-03-09T07:00:00.000Z', resumed)] }, '2026-03-10T00:00:00.000Z', LEND_IN_FORCE))).toEqual([]);
    const notConfirmed = vergewisCheckRecorded({ checkId: 'c', checkerPartyId: 'agency', subjectPartyId: 'steel', subject: 'MEASURES_TAKEN', relatedIncidentId: 'inc', outcome: 'NOT_CONFIRMED' });
    expect(ids(when({ chain: [...reported, at('2026-03-09T06:00:00.000Z', notConfirmed), at('2026-03-09T07:00:00.000Z', resumed)] }, '2026-03-10T00:00:00.000Z', LEND_IN_FORCE))).toEqual(['NL-LEND-VERGEWIS:agency']);
  });
});

const start = (linkId: string, partyId: string, workerId: string, topics = ['WORK_AT_HEIGHT']) => ({
  type: 'WorkStarted' as const,
  data: { workStartId: `ws-${workerId}`, linkId, partyId, workerId, topics, startedByPartyId: partyId },
});

describe('NL-ARBO-5-RIE', () => {
  const extract = { type: 'RieExtractDelivered' as const, data: { linkId: 'link-steel-agency', fromPartyId: 'steel', toPartyId: 'agency', contentHash: HASH_A, summary: 'RI&E' } };
  it('flags a lent worker starting before the extract reached the agency', () => {
    expect(ids(when({ chain: [at('2026-03-02T07:00:00.000Z', start('link-steel-agency', 'agency', 'w7')), at('2026-03-02T08:00:00.000Z', extract)] }, '2026-03-03T00:00:00.000Z'))).toEqual(['NL-ARBO-5-RIE:steel:resolved']);
  });
  it('is compliant when delivered strictly before the start; at the start itself is too late', () => {
    expect(ids(when({ chain: [at('2026-03-02T06:59:59.999Z', extract), at('2026-03-02T07:00:00.000Z', start('link-steel-agency', 'agency', 'w7'))] }, '2026-03-03T00:00:00.000Z'))).toEqual([]);
    expect(ids(when({ chain: [at('2026-03-02T07:00:00.000Z', extract), at('2026-03-02T07:00:00.000Z', start('link-steel-agency', 'agency', 'w7'))] }, '2026-03-03T00:00:00.000Z'))).toEqual(['NL-ARBO-5-RIE:steel:resolved']);
  });
  it('a new task on the link starts the duty again: the first extract does not cover it', () => {
    const first = [at('2026-03-02T06:00:00.000Z', extract), at('2026-03-02T07:00:00.000Z', start('link-steel-agency', 'agency', 'w7'))];
    const welding = at('2026-03-05T07:00:00.000Z', { ...start('link-steel-agency', 'agency', 'w7', ['WELDING']), data: { ...start('link-steel-agency', 'agency', 'w7', ['WELDING']).data, workStartId: 'ws-w7-2' } });
    expect(ids(when({ chain: [...first, welding] }, '2026-03-06T00:00:00.000Z'))).toEqual(['NL-ARBO-5-RIE:steel']);
    // the same task again needs nothing new; a fresh extract before the new task is compliant
    const again = at('2026-03-05T07:00:00.000Z', { ...start('link-steel-agency', 'agency', 'w7'), data: { ...start('link-steel-agency', 'agency', 'w7').data, workStartId: 'ws-w7-3' } });
    expect(ids(when({ chain: [...first, again] }, '2026-03-06T00:00:00.000Z'))).toEqual([]);
    expect(ids(when({ chain: [...first, at('2026-03-04T00:00:00.000Z', extract), welding] }, '2026-03-06T00:00:00.000Z'))).toEqual([]);
  });
});

describe('NL-ARBO-8-INSTRUCTION and CHAIN-FLOWDOWN', () => {
  const issued = (version: number) => instructionIssued({ instructionId: 'i', issuerPartyId: 'main', version, topics: ['WORK_AT_HEIGHT'] });
  const passed = (from: string, to: string, version: number) => instructionPassedDown({ instructionId: 'i', version, linkId: `link-${from}-${to}`, fromPartyId: from, toPartyId: to });
  const v2Everywhere = [issued(1), issued(2), passed('main', 'steel', 2), passed('steel', 'zzp1', 2), passed('steel', 'agency', 2)].map((e) => at('2026-03-01T10:00:00.000Z', e));
  it('a genuine zzp\'er who acknowledged only v1 and starts work: the engaging party is flagged (CHAIN-INFORM-ZZP), never the zzp\'er', () => {
    const v1 = at('2026-03-01T11:00:00.000Z', instructionAcknowledged({ instructionId: 'i', partyId: 'zzp1', version: 1 }));
    const findings = when({ chain: [...v2Everywhere, v1, at('2026-03-02T07:00:00.000Z', start('link-steel-zzp1', 'zzp1', 'zzp1-self'))] }, '2026-03-03T00:00:00.000Z');
    expect(ids(findings)).toEqual(['CHAIN-INFORM-ZZP:steel']);
    expect(findings[0].explanation).toContain('only version 1');
    const v2 = at('2026-03-01T11:00:00.000Z', instructionAcknowledged({ instructionId: 'i', partyId: 'zzp1', version: 2 }));
    expect(ids(when({ chain: [...v2Everywhere, v2, at('2026-03-02T07:00:00.000Z', start('link-steel-zzp1', 'zzp1', 'zzp1-self'))] }, '2026-03-03T00:00:00.000Z'))).toEqual([]);
  });
  it('a lent worker must acknowledge as a worker: flagged against the hirer, its Arbo employer, not the agency; nothing when the topics do not overlap', () => {
    const partyAck = at('2026-03-01T11:00:00.000Z', instructionAcknowledged({ instructionId: 'i', partyId: 'agency', version: 2 }));
    expect(ids(when({ chain: [...v2Everywhere, partyAck, at('2026-03-02T07:00:00.000Z', start('link-steel-agency', 'agency', 'w7'))] }, '2026-03-03T00:00:00.000Z'))).toEqual(
      expect.arrayContaining(['NL-ARBO-8-INSTRUCTION:steel']),
    );
    expect(ids(when({ chain: [...v2Everywhere, at('2026-03-02T07:00:00.000Z', start('link-steel-zzp1', 'zzp1', 'zzp1-self', ['WELDING']))] }, '2026-03-03T00:00:00.000Z'))).toEqual([]);
  });
  it("says whose act a late acknowledgement was: a manager's PROXY entry is the employer's statement, a LINK the worker's own act", () => {
    const work = at('2026-03-02T07:00:00.000Z', start('link-steel-agency', 'agency', 'w7'));
    const late = (channel: 'PROXY' | 'LINK') =>
      at('2026-03-02T09:00:00.000Z', instructionAcknowledged({ instructionId: 'i', partyId: 'agency', workerId: 'w7', version: 2, channel }));
    const proxy = when({ chain: [...v2Everywhere, work, late('PROXY')] }, '2026-03-03T00:00:00.000Z').find((f) => f.ruleId === 'NL-ARBO-8-INSTRUCTION');
    expect(proxy?.resolvedAt).toBe('2026-03-02T09:00:00.000Z');
    expect(proxy?.explanation).toContain("Acknowledged later (PROXY: entered by a manager on the worker's behalf (the employer's statement)).");
    const link = when({ chain: [...v2Everywhere, work, late('LINK')] }, '2026-03-03T00:00:00.000Z').find((f) => f.ruleId === 'NL-ARBO-8-INSTRUCTION');
    expect(link?.explanation).toContain("Acknowledged later (LINK: the worker's own act, by personal link).");
  });
  it('CHAIN-FLOWDOWN: flags the first party that did not pass the current version down before work below started', () => {
    const partial = [issued(1), passed('main', 'steel', 1)].map((e) => at('2026-03-01T10:00:00.000Z', e));
    const ack = at('2026-03-02T10:00:00.000Z', instructionAcknowledged({ instructionId: 'i', partyId: 'zzp1', version: 1 }));
    const findings = when({ chain: [...partial, at('2026-03-02T07:00:00.000Z', start('link-steel-zzp1', 'zzp1', 'zzp1-self')), at('2026-03-02T09:00:00.000Z', passed('steel', 'zzp1', 1)), ack] }, '2026-03-03T00:00:00.000Z');
    expect(ids(findings)).toEqual(['CHAIN-FLOWDOWN:steel:resolved', 'CHAIN-INFORM-ZZP:steel:resolved']);
    const compliant = [...v2Everywhere, at('2026-03-01T12:00:00.000Z', instructionAcknowledged({ instructionId: 'i', partyId: 'zzp1', version: 2 })), at('2026-03-02T07:00:00.000Z', start('link-steel-zzp1', 'zzp1', 'zzp1-self'))];
    expect(ids(when({ chain: compliant }, '2026-03-03T00:00:00.000Z'))).toEqual([]);
  });
});

const requirements = (data: Partial<{ minimumCertificate: string | null; minimumLadderStep: number | null; workerDiplomaRequired: boolean }>) => ({
  type: 'LinkRequirementsSet' as const,
  data: { linkId: 'link-main-steel', setByPartyId: 'main', minimumCertificate: null, minimumLadderStep: null, maySubcontract: true, workerDiplomaRequired: false, ...data } as never,
});
const certificate = (data: Partial<CompanyCertificateRecorded['data']>): CompanyCertificateRecorded => ({
  type: 'CompanyCertificateRecorded',
  data: { partyId: 'steel', certificateId: 'c1', scheme: 'VCA_2STAR', ladderStep: null, registerNumber: 'R1', issuedOn: '2025-01-01', validUntil: '2026-06-30', status: 'VALID', recordedByPartyId: 'steel', ...data },
});

describe('NL-VCA-CERT', () => {
  it('flags a subcontracting party with only VCA* where VCA* is the minimum (VCA** when subcontracting)', () => {
    const findings = when({ chain: [at('2026-03-01T09:00:00.000Z', requirements({ minimumCertificate: 'VCA_1STAR' }))], credentials: [at(T0, certificate({ scheme: 'VCA_1STAR' }))] }, '2026-03-03T00:00:00.000Z');
    expect(ids(findings)).toEqual(['NL-VCA-CERT:steel+main']);
  });
  it('is compliant with VCA**, flags it from the day after it expires and when suspended', () => {
    const chain = [at('2026-03-01T09:00:00.000Z', requirements({ minimumCertificate: 'VCA_2STAR' }))];
    expect(ids(when({ chain, credentials: [at(T0, certificate({}))] }, '2026-06-30T23:59:59.000Z'))).toEqual([]);
    const expired = when({ chain, credentials: [at(T0, certificate({}))] }, '2026-07-02T00:00:00.000Z');
    expect(expired.map((f) => [f.ruleId, f.arisenAt])).toEqual([['NL-VCA-CERT', '2026-07-01T00:00:00.000Z']]);
    const suspended = [at(T0, certificate({})), at('2026-04-01T00:00:00.000Z', certificate({ status: 'SUSPENDED' })), at('2026-04-10T00:00:00.000Z', certificate({ status: 'VALID' }))];
    expect(when({ chain, credentials: suspended }, '2026-05-01T00:00:00.000Z').map((f) => [f.arisenAt, f.resolvedAt])).toEqual([['2026-04-01T00:00:00.000Z', '2026-04-10T00:00:00.000Z']]);
  });
});

describe('SCL-STEP', () => {
  const chain = [at('2026-03-01T09:00:00.000Z', requirements({ minimumLadderStep: 3 }))];
  it('flags step 2 where 3 is required; step 3 exactly is compliant', () => {
    expect(ids(when({ chain, credentials: [at(T0, certificate({ scheme: 'SAFETY_CULTURE_LADDER', ladderStep: 2 }))] }, '2026-03-03T00:00:00.000Z'))).toEqual(['SCL-STEP:steel']);
    expect(ids(when({ chain, credentials: [at(T0, certificate({ scheme: 'SAFETY_CULTURE_LADDER', ladderStep: 3 }))] }, '2026-03-03T00:00:00.000Z'))).toEqual([]);
  });
});

describe('NL-VCA-DIPLOMA', () => {
  const chain = (day: string) => [
    at('2026-03-01T09:00:00.000Z', requirements({ workerDiplomaRequired: true })),
    at(`${day}T07:00:00.000Z`, start('link-main-steel', 'steel', 's1', ['WELDING'])),
  ];
  const diploma = (issuedOn: string): WorkerDiplomaRecorded => ({ type: 'WorkerDiplomaRecorded', data: { partyId: 'steel', workerId: 's1', diploma: 'B_VCA', issuedOn, registerNumber: 'D1', recordedByPartyId: 'steel' } });
  it('a diploma exactly 10 years old to the day still counts; a day older does not', () => {
    expect(ids(when({ chain: chain('2026-03-02'), credentials: [at(T0, diploma('2016-03-02'))] }, '2026-03-03T00:00:00.000Z'))).toEqual([]);
    expect(ids(when({ chain: chain('2026-03-03'), credentials: [at(T0, diploma('2016-03-02'))] }, '2026-03-04T00:00:00.000Z'))).toEqual(['NL-VCA-DIPLOMA:steel']);
  });
  it('flags a worker without a diploma, resolved by a later diploma', () => {
    expect(ids(when({ chain: chain('2026-03-02'), credentials: [at('2026-03-02T12:00:00.000Z', diploma('2026-03-02'))] }, '2026-03-03T00:00:00.000Z'))).toEqual(['NL-VCA-DIPLOMA:steel:resolved']);
  });
});

describe('NL-GEZAG-SIGNAL', () => {
  const supervision = { type: 'DirectSupervisionRecorded' as const, data: { linkId: 'link-steel-zzp1', supervisorPartyId: 'steel', selfEmployedPartyId: 'zzp1', description: 'Foreman assigns tasks', recordedByPartyId: 'zzp1' } };
  it('flags direct supervision of a zzp\'er without gezag; none under gezag or without a signal', () => {
    expect(ids(when({ chain: [at('2026-03-02T07:00:00.000Z', supervision)] }, '2026-03-03T00:00:00.000Z'))).toEqual(['NL-GEZAG-SIGNAL:steel']);
    const underGezag = aChain().withLink('steel', 'zzp9', { kind: 'SELF_EMPLOYED', underAuthority: true }).events().map((e) => at(T0, e as ChainEvent));
    expect(ids(when({ chain: [...underGezag, at('2026-03-02T07:00:00.000Z', { ...supervision, data: { ...supervision.data, linkId: 'link-steel-zzp9', selfEmployedPartyId: 'zzp9' } })] }, '2026-03-03T00:00:00.000Z'))).toEqual([]);
    expect(ids(when({}, '2026-03-03T00:00:00.000Z'))).toEqual([]);
  });
});

describe('construction: NL-BOUW-*', () => {
  const describe_ = (days: number, peak: number, personDays: number, specialHazards: string[] = []) => ({
    type: 'ConstructionProjectDescribed' as const,
    data: { estimatedWorkingDays: days, peakSimultaneousWorkers: peak, personDays, plannedSiteStart: '2026-04-01', specialHazards, describedByPartyId: 'principal' },
  });
  const notice = { type: 'ConstructionNoticeFiled' as const, data: { noticeNumber: 1, reference: 'NLA-1', filedByPartyId: 'principal' } };
  const plan = { type: 'HealthSafetyPlanPublished' as const, data: { version: 1, contentHash: HASH_A, summary: 'v1', publishedByPartyId: 'principal' } };
  const coordinator = (phase: 'DESIGN' | 'EXECUTION') => ({ type: 'CoordinatorAppointed' as const, data: { phase, coordinatorPartyId: 'main', appointedByPartyId: 'principal' } });
  // coordinators and plan in place before the site (and the engagements) so only the notice rule is in play
  const agreement = { type: 'ExecutionAgreementRecorded' as const, data: { uitvoerendePartyId: 'main', reference: 'Contract 1', recordedByPartyId: 'principal' } };
  const prepared = (d: ReturnType<typeof describe_>) => [at('2026-02-01T00:00:00.000Z', d), at('2026-02-01T00:00:00.000Z', coordinator('DESIGN')), at('2026-02-01T00:00:00.000Z', coordinator('EXECUTION')), at('2026-02-01T00:00:00.000Z', agreement), at('2026-02-01T00:00:00.000Z', plan)];
  const asOf = '2026-04-02T00:00:00.000Z';
  const early = (events: { type: string; data: unknown }[]) =>
    evaluateFindings({ chainEvents: [at('2026-01-01T00:00:00.000Z', aChain().openedBy('principal').events()[0] as ChainEvent), ...(events as ChainEvent[]), ...base().slice(1)], credentialEvents: [] }, { asOf });

  it('NL-BOUW-VOORMELDING: above the thresholds without notice is flagged; exactly 30 days / exactly 500 person-days are not above', () => {
    expect(ids(early(prepared(describe_(31, 21, 400))))).toEqual(['NL-BOUW-VOORMELDING:principal']);
    expect(ids(early(prepared(describe_(30, 25, 400))))).toEqual([]);
    expect(ids(early(prepared(describe_(10, 5, 501))))).toEqual(['NL-BOUW-VOORMELDING:principal']);
    expect(ids(early(prepared(describe_(10, 5, 500))))).toEqual([]);
    expect(ids(early([...prepared(describe_(31, 21, 400)), at('2026-03-31T00:00:00.000Z', notice)]))).toEqual([]);
  });
  it('NL-BOUW-VOORMELDING: a change after the notice needs an update', () => {
    const changed = [...prepared(describe_(31, 21, 400)), at('2026-03-01T00:00:00.000Z', notice), at('2026-03-10T00:00:00.000Z', describe_(60, 30, 1200))];
    expect(ids(early(changed))).toEqual(['NL-BOUW-VOORMELDING:principal']);
    expect(ids(early([...changed, at('2026-03-11T00:00:00.000Z', { ...notice, data: { ...notice.data, noticeNumber: 2 } })]))).toEqual([]);
  });
  it('NL-BOUW-COORDINATOR: design phase on the principal, execution phase on the uitvoerende partij; two employers alone need no V&G plan', () => {
    const d = at('2026-02-01T00:00:00.000Z', describe_(10, 5, 100));
    expect(ids(early([d]))).toEqual(['NL-BOUW-COORDINATOR:principal', 'NL-BOUW-COORDINATOR:main', 'NL-BOUW-COORDINATOR:principal']);
    expect(ids(early([d, at('2026-02-01T00:00:00.000Z', coordinator('DESIGN')), at('2026-02-01T00:00:00.000Z', coordinator('EXECUTION')), at('2026-02-01T00:00:00.000Z', agreement)]))).toEqual([]);
  });
  it('NL-BOUW-PLAN-RECEIPT: a party on site records receipt of the current plan; addressees of directions too (policy grace)', () => {
    const base = [...prepared(describe_(10, 5, 100)), at('2026-04-01T07:00:00.000Z', start('link-main-steel', 'steel', 's1', ['WELDING']))];
    expect(ids(early(base))).toEqual(['NL-BOUW-PLAN-RECEIPT:steel']);
    expect(ids(early([...base, at('2026-03-20T00:00:00.000Z', { type: 'HealthSafetyPlanAcknowledged' as const, data: { version: 1, partyId: 'steel' } })]))).toEqual([]);
    const direction = { type: 'CoordinatorDirectionIssued' as const, data: { directionId: 'd1', coordinatorPartyId: 'main', addresseePartyIds: ['steel'], text: 'Close edge' } };
    expect(ids(early([...prepared(describe_(10, 5, 100)), at('2026-03-01T00:00:00.000Z', direction)]))).toEqual(['NL-BOUW-PLAN-RECEIPT:steel']);
    expect(ids(early([...prepared(describe_(10, 5, 100)), at('2026-03-01T00:00:00.000Z', direction), at('2026-03-04T00:00:00.000Z', { type: 'CoordinatorDirectionAcknowledged' as const, data: { directionId: 'd1', partyId: 'steel' } })]))).toEqual([]);
  });
});
