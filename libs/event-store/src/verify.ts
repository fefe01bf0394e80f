import type { EventStore } from './event-store.port';
import type { StoredEvent } from './envelope';
import { GENESIS_HASH, hashEvent } from './hashing';

export interface VerifyFailure {
  readonly globalPosition: number;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly eventId: string;
  readonly reason: 'HASH_MISMATCH' | 'PREV_HASH_MISMATCH' | 'VERSION_GAP';
  readonly detail: string;
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly eventsChecked: number;
  readonly streamsChecked: number;
  /** The first broken event in global order, when any. */
  readonly firstFailure: VerifyFailure | null;
}

/** Checks one event against the head of its stream as verified so far; null when it holds. */
export function checkLink(
  event: StoredEvent,
  head: { version: number; hash: string } | undefined,
): VerifyFailure | null {
  const expectedVersion = head ? head.version + 1 : 0;
  const expectedPrev = head ? head.hash : GENESIS_HASH;
  const at = {
    globalPosition: event.globalPosition,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    eventId: event.eventId,
  };
  if (event.streamVersion !== expectedVersion) {
    return { ...at, reason: 'VERSION_GAP', detail: `expected version ${expectedVersion}, found ${event.streamVersion}` };
  }
  if (event.prevHash !== expectedPrev) {
    return { ...at, reason: 'PREV_HASH_MISMATCH', detail: `prevHash does not match the hash of version ${expectedVersion - 1}` };
  }
  const recomputed = hashEvent(event);
  if (recomputed !== event.hash) {
    return { ...at, reason: 'HASH_MISMATCH', detail: `stored hash ${event.hash.slice(0, 12)}…, content hashes to ${recomputed.slice(0, 12)}…` };
  }
  return null;
}

/** Recomputes every hash of the log, in global order, and names the first broken position. */
export async function verifyEventStore(store: EventStore, pageSize = 5000): Promise<VerifyReport> {
  const heads = new Map<string, { version: number; hash: string }>();
  let eventsChecked = 0;
  let after = '';
  for (;;) {
    const page = await store.readAll({ after, limit: pageSize });
    if (page.length === 0) break;
    for (const event of page) {
      const failure = checkLink(event, heads.get(event.streamId));
      if (failure) return { ok: false, eventsChecked, streamsChecked: heads.size, firstFailure: failure };
      heads.set(event.streamId, { version: event.streamVersion, hash: event.hash });
      eventsChecked++;
    }
    after = page[page.length - 1].checkpoint;
  }
  return { ok: true, eventsChecked, streamsChecked: heads.size, firstFailure: null };
}
