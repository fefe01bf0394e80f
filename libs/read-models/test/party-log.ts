import { uuidv7, type EventStore, type StoredEvent } from '@schakel/event-store';
import { StoryLog } from './story-log';

/** Registers `count` organisations (one stream each), as many small independent events. */
export async function registerParties(store: EventStore, count: number, name = (i: number) => `Aannemer ${i} B.V.`): Promise<StoredEvent[]> {
  const log = new StoryLog(store);
  const events: StoredEvent[] = [];
  for (let i = 0; i < count; i++) {
    const partyId = uuidv7();
    events.push(
      await log.party(
        { type: 'PartyRegistered', data: { partyId, kind: 'ORGANISATION', name: name(i), kvkNumber: null, country: 'NL', registeredBy: null } },
        { partyId },
      ),
    );
  }
  return events;
}
