import { jsonEvent, type EventData, type JSONType, type Position } from '@kurrent/kurrentdb-client';
import type { Actor, StoredEvent } from '../envelope';
import type { SealedEvent } from '../hashing';
import { globalPositionOf } from './kurrentdb-checkpoint';
import { ForeignEventError } from './kurrentdb-errors';

/**
 * The event metadata Schakel writes: the envelope minus what KurrentDB itself holds (id, type,
 * stream, revision, position) and minus the payload, which is the event's data. `$correlationId`
 * and `$causationId` are KurrentDB's own names, so its system projections ($by_correlation_id)
 * work on Schakel's events too.
 */
export interface SchakelEventMetadata {
  readonly schemaVersion: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly prevHash: string;
  readonly hash: string;
  readonly $correlationId: string;
  readonly $causationId?: string;
}

/** What the adapter needs of a record read back: the client's RecordedEvent has this shape. */
export interface RecordedLike {
  readonly streamId: string;
  readonly id: string;
  readonly type: string;
  readonly revision: bigint;
  readonly isJson: boolean;
  readonly data: unknown;
  readonly metadata?: unknown;
  readonly position?: Position;
}

/**
 * The value as it will come back from the store: the client writes JSON.stringify of data and
 * metadata, so hashing this form makes a read-back re-hash to the same value (undefined members
 * and -0 would otherwise differ).
 */
export function asStoredJson<T>(value: T): T {
  if (value === undefined) return null as T;
  return JSON.parse(JSON.stringify(value)) as T;
}

function toMetadata(event: SealedEvent): SchakelEventMetadata {
  return {
    schemaVersion: event.schemaVersion,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    actor: event.actor,
    correlationId: event.correlationId,
    causationId: event.causationId,
    prevHash: event.prevHash,
    hash: event.hash,
    $correlationId: event.correlationId,
    ...(event.causationId !== null ? { $causationId: event.causationId } : {}),
  };
}

/** A sealed envelope as a KurrentDB JSON event; the envelope's eventId is the record id (server idempotency). */
export function toEventData(event: SealedEvent): EventData {
  return jsonEvent({
    id: event.eventId,
    type: event.type,
    // The client types data as object | array | string; a null or number payload is written the same way.
    data: event.data as JSONType,
    metadata: toMetadata(event) as unknown as JSONType,
  });
}

const HASH = /^[0-9a-f]{64}$/;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
const isNullableString = (value: unknown): boolean => value === null || typeof value === 'string';

function actorProblem(actor: unknown): string | null {
  if (!isRecord(actor)) return 'actor is not an object';
  if (typeof actor.userId !== 'string') return 'actor.userId is not a string';
  if (!isNullableString(actor.partyId)) return 'actor.partyId is not a string or null';
  if (typeof actor.role !== 'string') return 'actor.role is not a string';
  if (actor.workerId !== undefined && !isNullableString(actor.workerId)) return 'actor.workerId is not a string or null';
  return null;
}

function metadataProblem(metadata: unknown): string | null {
  if (!isRecord(metadata)) return 'metadata is not a JSON object';
  if (!Number.isInteger(metadata.schemaVersion)) return 'schemaVersion is not an integer';
  for (const key of ['occurredAt', 'recordedAt', 'correlationId'] as const) {
    if (typeof metadata[key] !== 'string') return `${key} is not a string`;
  }
  if (!isNullableString(metadata.causationId)) return 'causationId is not a string or null';
  for (const key of ['prevHash', 'hash'] as const) {
    if (typeof metadata[key] !== 'string' || !HASH.test(metadata[key] as string)) return `${key} is not a SHA-256 hex digest`;
  }
  return actorProblem(metadata.actor);
}

/**
 * A record read from KurrentDB back into the stored envelope, exactly as it was hashed. The stream
 * name is the Schakel stream id; the revision is its version. Anything else is a ForeignEventError.
 */
export function fromRecordedEvent(recorded: RecordedLike): StoredEvent {
  if (!recorded.isJson) throw new ForeignEventError(recorded.streamId, recorded.revision, 'the data is not JSON');
  const problem = metadataProblem(recorded.metadata);
  if (problem) throw new ForeignEventError(recorded.streamId, recorded.revision, problem);
  const metadata = recorded.metadata as unknown as SchakelEventMetadata;
  return {
    eventId: recorded.id,
    streamId: recorded.streamId,
    streamVersion: Number(recorded.revision),
    globalPosition: globalPositionOf(recorded.position),
    type: recorded.type,
    schemaVersion: metadata.schemaVersion,
    data: recorded.data,
    occurredAt: metadata.occurredAt,
    recordedAt: metadata.recordedAt,
    actor: metadata.actor,
    correlationId: metadata.correlationId,
    causationId: metadata.causationId,
    prevHash: metadata.prevHash,
    hash: metadata.hash,
  };
}
