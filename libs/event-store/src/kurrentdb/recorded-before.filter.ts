import type { StoredEvent } from '../envelope';
import { InvalidReadError } from './kurrentdb-errors';

/**
 * What the records said at `instant`: only events whose recordedAt (transaction time, from the
 * metadata) is at or before it. Compared as instants, so any ISO-8601 form of the same moment works.
 */
export function recordedNoLaterThan<E extends Pick<StoredEvent, 'recordedAt'>>(events: readonly E[], instant: string): E[] {
  const limit = Date.parse(instant);
  if (Number.isNaN(limit)) throw new InvalidReadError(`recordedBefore "${instant}" is not an ISO-8601 instant`);
  return events.filter((event) => Date.parse(event.recordedAt) <= limit);
}
