import type { ReplayEvent } from '../src/replay/replay-event';

// docs/domain.md story 4 as stored events (plain data, log order): a fall from the scaffold of block B,
// an earlier near miss at the same scaffold, and an acknowledgement dated before the fall but
// entered the day after it.

export const ids = {
  chain: 'c0000000-0000-7000-8000-000000000001',
  principal: 'p0000000-0000-7000-8000-00000000000p',
  main: 'p0000000-0000-7000-8000-00000000000m',
  steel: 'p0000000-0000-7000-8000-00000000000s',
  jan: 'p0000000-0000-7000-8000-00000000000j',
  agency: 'p0000000-0000-7000-8000-00000000000a',
  marek: 'w0000000-0000-7000-8000-0000000000mk',
  tomasz: 'w0000000-0000-7000-8000-0000000000tz',
  links: { main: 'l-main', steel: 'l-steel', jan: 'l-jan', agency: 'l-agency' },
  instruction: 'i-height',
  nearMiss: 'x-near-miss',
  fall: 'x-fall',
} as const;

let counter = 0;
function ev(type: string, data: Record<string, unknown>, occurredAt: string, recordedAt: string, actor: string | null): ReplayEvent {
  counter += 1;
  return { type, data, meta: { eventId: `e-${String(counter).padStart(3, '0')}-${type}`, occurredAt, recordedAt, actorPartyId: actor } };
}

const at = (day: number, time = '08:00') => `2026-09-${String(day).padStart(2, '0')}T${time}:00.000Z`;
const content = (title: string) => [{ language: 'nl', title, body: '…' }];

export const FALL_AT = at(15, '10:00');

export function storyFourEvents(): ReplayEvent[] {
  counter = 0;
  const { principal, main, steel, jan, agency, marek, tomasz, links, instruction } = ids;
  const engage = (linkId: string, from: string, to: string, kind: string, day: number) =>
    ev('PartyEngaged', { linkId, fromPartyId: from, toPartyId: to, toPartyKind: kind === 'SELF_EMPLOYED' ? 'PERSON' : 'ORGANISATION', kind, scope: `scope ${linkId}`, underAuthority: kind === 'LENDING' || kind === 'SELF_EMPLOYED', startDate: at(day).slice(0, 10) }, at(day), at(day), from);
  const passDown = (linkId: string, from: string, to: string, day: number) =>
    ev('SafetyInstructionPassedDown', { instructionId: instruction, version: 2, linkId, fromPartyId: from, toPartyId: to }, at(day), at(day), from);
  const ack = (partyId: string, workerId: string | null, occurredAt: string, recordedAt: string) =>
    ev('SafetyInstructionAcknowledged', { instructionId: instruction, version: 2, partyId, workerId, language: 'nl' }, occurredAt, recordedAt, partyId);
  return [
    ev('ChainOpened', { chainId: ids.chain, name: 'Renovatie Hoogstraat', description: '120 woningen', siteAddress: 'Hoogstraat 12', principalPartyId: principal }, at(1), at(1), principal),
    engage(links.main, principal, main, 'SUBCONTRACT', 1),
    engage(links.steel, main, steel, 'SUBCONTRACT', 1),
    engage(links.jan, steel, jan, 'SELF_EMPLOYED', 1),
    engage(links.agency, steel, agency, 'LENDING', 1),
    ev('SafetyInstructionIssued', { instructionId: instruction, version: 1, issuerPartyId: main, content: content('Werken op hoogte'), topics: ['WORK_AT_HEIGHT'], contentHash: 'a'.repeat(64) }, at(2), at(2), main),
    ev('SafetyInstructionIssued', { instructionId: instruction, version: 2, issuerPartyId: main, content: content('Werken op hoogte (v2)'), topics: ['WORK_AT_HEIGHT', 'SCAFFOLDING'], contentHash: 'b'.repeat(64) }, at(3), at(3), main),
    passDown(links.steel, main, steel, 3),
    passDown(links.jan, steel, jan, 3),
    passDown(links.agency, steel, agency, 3),
    ack(jan, null, at(4), at(4)),
    ack(agency, marek, at(4, '09:00'), at(4, '09:00')),
    ev('IncidentReported', { incidentId: ids.nearMiss, reporterPartyId: steel, kind: 'NEAR_MISS', happenedAt: at(10, '09:00'), location: 'Steiger blok B', description: 'Loszittende steigerplank', topics: ['SCAFFOLDING'], victim: null, severity: 'NONE', absenceDays: 0, victimRelation: null, authorityHolderPartyId: null }, at(10, '09:00'), at(10, '09:30'), steel),
    ev('IncidentNotified', { incidentId: ids.nearMiss, notifierPartyId: steel, recipient: { kind: 'PARTY', partyId: main }, channel: 'EMAIL', reference: null }, at(10, '10:00'), at(10, '10:00'), steel),
    ev('EngagementEnded', { linkId: links.jan, endDate: '2026-09-12', reason: 'Lassen klaar', endedByPartyId: steel }, at(12), at(12), steel),
    ev('IncidentReported', { incidentId: ids.fall, reporterPartyId: steel, kind: 'ACCIDENT', happenedAt: FALL_AT, location: 'steiger  blok b', description: 'Val van steiger', topics: ['WORK_AT_HEIGHT'], victim: { partyId: agency, workerId: tomasz, linkId: links.agency }, severity: 'HOSPITAL_ADMISSION', absenceDays: 0, victimRelation: 'LENT_WORKER', authorityHolderPartyId: steel }, FALL_AT, at(15, '11:00'), steel),
    ev('IncidentNotified', { incidentId: ids.fall, notifierPartyId: steel, recipient: { kind: 'AUTHORITY', authority: 'NLA' }, channel: 'PHONE', reference: 'NLA-1' }, at(15, '11:30'), at(15, '11:30'), steel),
    ev('IncidentNotified', { incidentId: ids.fall, notifierPartyId: steel, recipient: { kind: 'PARTY', partyId: agency }, channel: 'PHONE', reference: null }, at(15, '12:00'), at(15, '12:00'), steel),
    // signed "the day before", entered the day after the fall
    ack(agency, tomasz, at(14, '07:30'), at(16, '09:00')),
  ];
}
