import { chainDecider } from '@schakel/domain';
const N = Number(process.argv[2] ?? 10000);
const P = '0190aaaa-0000-7000-8000-000000000001', S = '0190aaaa-0000-7000-8000-000000000002', C = '0190aaaa-0000-7000-8000-0000000000cc';
const meta = (i: number) => ({ eventId: `e${i}`, occurredAt: '2025-01-01T00:00:00.000Z', recordedAt: '2025-01-01T00:00:00.000Z', actorPartyId: P });
const events: any[] = [
  { type: 'ChainOpened', data: { chainId: C, name: 'x', description: 'y', siteAddress: null, principalPartyId: P }, meta: meta(0) },
  { type: 'PartyEngaged', data: { linkId: '0190aaaa-0000-7000-8000-0000000000ff', fromPartyId: P, toPartyId: S, toPartyKind: 'ORGANISATION', kind: 'SUBCONTRACT', scope: 's', underAuthority: false, startDate: '2025-01-01' }, meta: meta(1) },
];
for (let i = 0; i < N; i++) events.push({ type: 'VergewisCheckRecorded', data: { checkId: `c-${i}`, checkerPartyId: P, subjectPartyId: S, subjectWorkerId: null, subject: 'CERTIFICATE', outcome: 'CONFIRMED', summary: 'VCA checked', evidence: [], validUntil: null, relatedIncidentId: null, relatedInstructionId: null }, meta: meta(i + 2) });
const t = performance.now();
let s = chainDecider.initialState();
for (const e of events) s = chainDecider.evolve(s, e);
console.log(N, (performance.now() - t).toFixed(1), 'ms');
