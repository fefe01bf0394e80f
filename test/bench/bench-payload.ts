import { uuidv7, type NewEvent } from '@schakel/event-store';

export const BENCH_EVENT_TYPE = 'VergewisCheckRecorded';

// One domain-shaped payload of about 500 bytes of JSON, the same for every contender; only the
// sequence number and the ids change per event.
export function benchPayload(seq: number): Record<string, unknown> {
  return {
    checkId: uuidv7(),
    checkerPartyId: '0190f5c2-7b1e-7c3a-9d4e-5f6a7b8c9d01',
    subjectPartyId: '0190f5c2-7b1e-7c3a-9d4e-5f6a7b8c9d02',
    subjectWorkerId: null,
    subject: 'CERTIFICATE',
    outcome: 'CONFIRMED',
    summary: `VCA-certificaat en hoogwerkerpas gecontroleerd op de bouwplaats, bericht ${seq}; geldig tot einde project`,
    evidence: [{ name: 'vca-certificaat.pdf', sha256: 'a3f5c9e1b7d2468f0e1c3b5a7d9f2e4c6b8a0d2f4e6c8b0a2d4f6e8c0b2d4f6e' }],
    validUntil: '2026-12-31',
    relatedIncidentId: null,
    relatedInstructionId: null,
  };
}

export const BENCH_ACTOR = { userId: 'bench-user', partyId: '0190f5c2-7b1e-7c3a-9d4e-5f6a7b8c9d01', role: 'MANAGER', workerId: null };

/** A Schakel event with the bench payload. */
export function benchEvent(seq: number): NewEvent {
  return {
    eventId: uuidv7(),
    type: BENCH_EVENT_TYPE,
    schemaVersion: 1,
    data: benchPayload(seq),
    occurredAt: new Date().toISOString(),
    actor: BENCH_ACTOR,
    correlationId: uuidv7(),
    causationId: null,
  };
}

export function benchEvents(count: number, firstSeq = 0): NewEvent[] {
  return Array.from({ length: count }, (_, i) => benchEvent(firstSeq + i));
}
