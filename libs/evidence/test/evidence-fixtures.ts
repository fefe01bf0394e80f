import { sealEvents, type LoggedEvent, type ReadAllOptions } from '@schakel/event-store';
import { aNewEvent, aStreamId } from '@schakel/event-store/testing';

/**
 * A global log built from real sealed envelopes (sealEvents), read back like a store's readAll:
 * in order, a page at a time, after an opaque checkpoint.
 */
export class InMemoryLog {
  readonly kind = 'memory';
  readonly events: LoggedEvent[] = [];
  private readonly heads = new Map<string, { version: number; hash: string }>();

  /** Appends `count` realistic events to `streamId`, each recorded one second after the last. */
  append(streamId: string, count = 1): LoggedEvent[] {
    const head = this.heads.get(streamId) ?? { version: -1, hash: '0'.repeat(64) };
    const written: LoggedEvent[] = [];
    for (let i = 0; i < count; i++) {
      const position = this.events.length + 1;
      const recordedAt = new Date(Date.UTC(2025, 2, 14, 8, 0, 0) + position * 1000).toISOString();
      const last = written[written.length - 1];
      const [sealed] = sealEvents(streamId, last ? { version: last.streamVersion, hash: last.hash } : head, [aNewEvent({ occurredAt: recordedAt })], recordedAt);
      const logged: LoggedEvent = { ...sealed, globalPosition: position, checkpoint: String(position) };
      this.events.push(logged);
      written.push(logged);
    }
    const last = written[written.length - 1];
    this.heads.set(streamId, { version: last.streamVersion, hash: last.hash });
    return written;
  }

  async readAll(options: ReadAllOptions = {}): Promise<LoggedEvent[]> {
    const from = options.after ? Number(options.after) : 0;
    return this.events.slice(from, from + (options.limit ?? 1000));
  }
}

/**
 * A log of five streams whose events interleave: the chain and a party are what an inspector asks
 * for, the rest is other traffic in the same log.
 */
export function anInterleavedLog(): { log: InMemoryLog; chain: string; party: string; other: string } {
  const log = new InMemoryLog();
  const chain = aStreamId('chain');
  const party = aStreamId('party');
  const other = aStreamId('chain');
  const noise = aStreamId('worker');
  log.append(other, 2);
  log.append(chain, 2);
  log.append(party, 1);
  log.append(noise, 3);
  log.append(chain, 1);
  log.append(other, 1);
  log.append(party, 2);
  log.append(chain, 3);
  log.append(noise, 1);
  log.append(chain, 1);
  log.append(other, 2);
  return { log, chain, party, other };
}
