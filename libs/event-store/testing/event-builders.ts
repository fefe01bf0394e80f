import { createHash } from 'node:crypto';
import type { Actor, NewEvent } from '../src/envelope';
import { uuidv7 } from '../src/ids';

/** A stream id no other test uses: `test<Category>-<uuid>` (the category has no dash). */
export function aStreamId(category = ''): string {
  return `test${category}-${uuidv7()}`;
}

export const anActor = (overrides: Partial<Actor> = {}): Actor => ({
  userId: 'user-' + uuidv7().slice(-12),
  partyId: uuidv7(),
  role: 'SAFETY_OFFICER',
  ...overrides,
});

// Sized like a real SafetyInstructionIssued (~500 bytes of JSON) so adapters are tested, and later
// benchmarked, on payloads of the size they will meet.
function aSafetyInstructionPayload(): Record<string, unknown> {
  const body =
    'Werk op hoogte alleen met valbeveiliging die vandaag is gekeurd. Meld losse steigerdelen direct bij de uitvoerder. ' +
    'Work at height only with fall protection inspected today; report loose scaffold parts to the site lead.';
  return {
    instructionId: uuidv7(),
    chainId: uuidv7(),
    version: 1,
    title: 'Werken op hoogte — steiger blok B',
    body,
    language: 'nl',
    topics: ['WORK_AT_HEIGHT', 'SCAFFOLDING', 'PPE'],
    contentHash: createHash('sha256').update(body).digest('hex'),
    supersedes: null,
  };
}

/** A realistic new event (about 500 bytes of data, a fresh uuidv7 id); override any field. */
export function aNewEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    eventId: uuidv7(),
    type: 'SafetyInstructionIssued',
    schemaVersion: 1,
    data: aSafetyInstructionPayload(),
    occurredAt: new Date().toISOString(),
    actor: anActor(),
    correlationId: uuidv7(),
    causationId: null,
    ...overrides,
  };
}

/** `count` fresh events, each with its own id. */
export const someNewEvents = (count: number, overrides: Partial<Omit<NewEvent, 'eventId'>> = {}): NewEvent[] =>
  Array.from({ length: count }, () => aNewEvent(overrides));
