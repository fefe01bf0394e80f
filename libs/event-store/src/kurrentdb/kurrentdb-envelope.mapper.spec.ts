import { convertRustRecord } from '@kurrent/kurrentdb-client/dist/utils/convertRustEvent';
import type { NewEvent } from '../envelope';
import { GENESIS_HASH, hashEvent, sealEvents } from '../hashing';
import { uuidv7 } from '../ids';
import { checkLink } from '../verify';
import { ForeignEventError } from './kurrentdb-errors';
import { asStoredJson, fromRecordedEvent, toEventData, type RecordedLike } from './kurrentdb-envelope.mapper';

const STREAM = 'chain-0190a1b2-3c4d-7e5f-8a9b-0c1d2e3f4a5b';

function aNewEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    eventId: uuidv7(),
    type: 'SafetyInstructionIssued',
    schemaVersion: 2,
    data: {
      title: 'Werken op hoogte — steiger “blok B”',
      languages: ['nl', 'pl', 'uk'],
      body: { nl: 'Valbeveiliging verplicht', uk: 'Страховка обов’язкова', emoji: '🦺' },
      version: 3,
      ratio: 0.1,
      huge: 1e21,
      negative: -42.5,
      supersedes: null,
      urgent: true,
      nested: [[1, 2], { deep: { deeper: [false, null, 'x'] } }],
    },
    occurredAt: '2025-03-01T09:58:00.000Z',
    actor: { userId: 'user-7', partyId: 'party-3', role: 'SAFETY_OFFICER', workerId: 'worker-9' },
    correlationId: uuidv7(),
    causationId: uuidv7(),
    ...overrides,
  };
}

function seal(events: NewEvent[], head = { version: -1, hash: GENESIS_HASH }) {
  const prepared = events.map((e) => ({ ...e, data: asStoredJson(e.data), actor: asStoredJson(e.actor) }));
  return sealEvents(STREAM, head, prepared, '2025-03-01T10:00:00.123Z');
}

/**
 * What the server hands back: the client writes JSON.stringify(data) and JSON.stringify(metadata)
 * as UTF-8 bytes (streams/appendToStream/append.js) and reads them with the client's own record
 * converter, the one readStream and readAll use.
 */
function throughTheClient(event: ReturnType<typeof toEventData>, revision: number, commit: bigint): RecordedLike {
  return convertRustRecord({
    streamId: STREAM,
    id: event.id,
    type: event.type,
    isJson: event.contentType === 'application/json',
    revision: BigInt(revision),
    created: Date.parse('2025-03-01T10:00:00.200Z'),
    data: Buffer.from(JSON.stringify(event.data), 'utf8'),
    metadata: Buffer.from(JSON.stringify(event.metadata), 'utf8'),
    position: { commit, prepare: commit },
  } as never) as RecordedLike;
}

describe('envelope -> KurrentDB event', () => {
  it('uses the eventId as the record id, the type as the event type and the payload as JSON data', () => {
    const [sealed] = seal([aNewEvent()]);
    const data = toEventData(sealed);
    expect(data.id).toBe(sealed.eventId);
    expect(data.type).toBe('SafetyInstructionIssued');
    expect(data.contentType).toBe('application/json');
    expect(data.data).toEqual(sealed.data);
  });

  it('puts the rest of the envelope in the metadata, with KurrentDB’s own $correlationId and $causationId', () => {
    const [sealed] = seal([aNewEvent()]);
    expect(toEventData(sealed).metadata).toEqual({
      schemaVersion: 2,
      occurredAt: sealed.occurredAt,
      recordedAt: '2025-03-01T10:00:00.123Z',
      actor: sealed.actor,
      correlationId: sealed.correlationId,
      causationId: sealed.causationId,
      prevHash: GENESIS_HASH,
      hash: sealed.hash,
      $correlationId: sealed.correlationId,
      $causationId: sealed.causationId,
    });
  });

  it('leaves $causationId out when there is no cause, and keeps causationId null', () => {
    const [sealed] = seal([aNewEvent({ causationId: null })]);
    const metadata = toEventData(sealed).metadata as Record<string, unknown>;
    expect(metadata).not.toHaveProperty('$causationId');
    expect(metadata.causationId).toBeNull();
  });
});

describe('KurrentDB event -> envelope', () => {
  it('restores every field exactly after a round trip through the client’s JSON encoding', () => {
    const sealed = seal([aNewEvent(), aNewEvent({ causationId: null, actor: { userId: 'u', partyId: null, role: 'ADMIN' } })]);
    const restored = sealed.map((event, i) => fromRecordedEvent(throughTheClient(toEventData(event), i, 1000n + BigInt(i))));
    expect(restored).toEqual(sealed.map((event, i) => ({ ...event, globalPosition: 1000 + i })));
  });

  it('re-hashes to the stored hash, and the chain links hold', () => {
    const sealed = seal([aNewEvent(), aNewEvent(), aNewEvent()]);
    const restored = sealed.map((event, i) => fromRecordedEvent(throughTheClient(toEventData(event), i, 64n * BigInt(i + 1))));
    let head: { version: number; hash: string } | undefined;
    for (const event of restored) {
      expect(hashEvent(event)).toBe(event.hash);
      expect(checkLink(event, head)).toBeNull();
      head = { version: event.streamVersion, hash: event.hash };
    }
  });

  it('normalises a payload to its JSON form before hashing, so undefined members and -0 still re-hash', () => {
    const [sealed] = seal([aNewEvent({ data: { kept: 1, dropped: undefined, zero: -0, when: new Date('2025-03-01T00:00:00Z') } })]);
    expect(sealed.data).toEqual({ kept: 1, zero: 0, when: '2025-03-01T00:00:00.000Z' });
    const restored = fromRecordedEvent(throughTheClient(toEventData(sealed), 0, 1n));
    expect(hashEvent(restored)).toBe(sealed.hash);
  });

  it('round-trips payloads that are not objects (null, a number, a string, an array)', () => {
    for (const data of [null, 42, 'plain', [1, 'two']]) {
      const [sealed] = seal([aNewEvent({ data })]);
      const restored = fromRecordedEvent(throughTheClient(toEventData(sealed), 0, 1n));
      expect(restored.data).toEqual(data);
      expect(hashEvent(restored)).toBe(sealed.hash);
    }
  });

  it('shows a changed payload as a hash mismatch, as verify needs', () => {
    const [sealed] = seal([aNewEvent()]);
    const tampered = toEventData({ ...sealed, data: { ...(sealed.data as object), version: 4 } });
    const restored = fromRecordedEvent(throughTheClient(tampered, 0, 1n));
    expect(hashEvent(restored)).not.toBe(restored.hash);
    expect(checkLink(restored, undefined)?.reason).toBe('HASH_MISMATCH');
  });

  it('takes -1 as the global position when the server gave none', () => {
    const [sealed] = seal([aNewEvent()]);
    const recorded = { ...throughTheClient(toEventData(sealed), 0, 1n), position: undefined };
    expect(fromRecordedEvent(recorded).globalPosition).toBe(-1);
  });

  describe('refuses records that are not Schakel envelopes with ForeignEventError', () => {
    const [sealed] = seal([aNewEvent()]);
    const good = throughTheClient(toEventData(sealed), 5, 1n);
    const metadata = good.metadata as Record<string, unknown>;
    const cases: Array<[string, RecordedLike]> = [
      ['binary data', { ...good, isJson: false }],
      ['no metadata', { ...good, metadata: undefined }],
      ['metadata that is not JSON', { ...good, metadata: new Uint8Array([1, 2, 3]) }],
      ['no recordedAt', { ...good, metadata: { ...metadata, recordedAt: undefined } }],
      ['a schemaVersion that is not an integer', { ...good, metadata: { ...metadata, schemaVersion: '1' } }],
      ['a hash that is not SHA-256 hex', { ...good, metadata: { ...metadata, hash: 'abc' } }],
      ['a causationId that is a number', { ...good, metadata: { ...metadata, causationId: 7 } }],
      ['no actor', { ...good, metadata: { ...metadata, actor: undefined } }],
      ['an actor without role', { ...good, metadata: { ...metadata, actor: { userId: 'u', partyId: null } } }],
    ];
    it.each(cases)('%s', (_name, recorded) => {
      let thrown: unknown;
      try {
        fromRecordedEvent(recorded);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ForeignEventError);
      expect(thrown).toMatchObject({ streamName: STREAM, revision: 5n, code: 'STORE_FOREIGN_EVENT' });
    });
  });
});
