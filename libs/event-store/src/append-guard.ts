import type { ExpectedVersion, NewEvent } from './envelope';
import { InvalidAppendError } from './errors';
import { isUuid } from './ids';

/** `<category>-<id>`: the category has no dash, so `$by_category` style projections work. */
const STREAM_ID = /^[a-z][a-zA-Z0-9]*-[A-Za-z0-9-]+$/;

/** The checks every adapter makes before it touches storage. */
export function guardAppend(streamId: string, events: readonly NewEvent[], expectedVersion: ExpectedVersion): void {
  if (!STREAM_ID.test(streamId)) throw new InvalidAppendError(`stream id "${streamId}" is not <category>-<id>`);
  if (events.length === 0) throw new InvalidAppendError('an append needs at least one event');
  if (expectedVersion !== 'any' && (!Number.isInteger(expectedVersion) || expectedVersion < -1)) {
    throw new InvalidAppendError(`expected version ${expectedVersion} is not -1, a version or 'any'`);
  }
  const seen = new Set<string>();
  for (const event of events) {
    if (!isUuid(event.eventId)) throw new InvalidAppendError(`event id "${event.eventId}" is not a UUID`);
    if (seen.has(event.eventId)) throw new InvalidAppendError(`event id ${event.eventId} appears twice in one append`);
    seen.add(event.eventId);
    if (!event.type) throw new InvalidAppendError('an event needs a type');
    if (Number.isNaN(Date.parse(event.occurredAt))) throw new InvalidAppendError(`occurredAt "${event.occurredAt}" is not a date`);
  }
}
