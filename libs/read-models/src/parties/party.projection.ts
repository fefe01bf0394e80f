import type { PartyRegistered, WorkerRegistered } from '@schakel/domain';
import type { Projection } from '../runner/projection';
import { PartyRow } from './party.entity';
import { WorkerRow } from './worker.entity';
import { asPartyEvent, unhandled } from '../runner/logged-event';

/** Parties and their workers, from the party streams. */
export const partyProjection: Projection = {
  name: 'parties',
  // Membership events are the members projection's.
  handles: new Set<string>(['PartyRegistered', 'WorkerRegistered'] satisfies (PartyRegistered | WorkerRegistered)['type'][]),
  owns: [PartyRow, WorkerRow],
  async apply(logged, manager) {
    const event = asPartyEvent(logged) as PartyRegistered | WorkerRegistered;
    switch (event.type) {
      case 'PartyRegistered': {
        const { data } = event;
        const row: PartyRow = {
          id: data.partyId,
          kind: data.kind,
          name: data.name,
          kvkNumber: data.kvkNumber,
          country: data.country,
          registeredBy: data.registeredBy,
          registeredAt: logged.occurredAt,
          recordedAt: logged.recordedAt,
          streamVersion: logged.streamVersion,
        };
        await manager.upsert(PartyRow, row, ['id']);
        return;
      }
      case 'WorkerRegistered': {
        const { data } = event;
        const row: WorkerRow = {
          id: data.workerId,
          partyId: data.partyId,
          name: data.name,
          languages: data.languages,
          relation: data.relation,
          registeredAt: logged.occurredAt,
          recordedAt: logged.recordedAt,
        };
        await manager.upsert(WorkerRow, row, ['partyId', 'id']);
        await manager.update(PartyRow, { id: data.partyId }, { streamVersion: logged.streamVersion });
        return;
      }
      default:
        unhandled(event, logged);
    }
  },
};
