import { chainEventTypes } from '@schakel/domain';
import type { Projection } from '../runner/projection';
import { ChainRow } from './chain.entity';
import { asChainEvent, chainIdOf } from '../runner/logged-event';

/** The chain itself, and for every chain event the stream version callers use as expectedVersion. */
export const chainProjection: Projection = {
  name: 'chains',
  handles: new Set<string>(chainEventTypes),
  owns: [ChainRow],
  async apply(logged, manager) {
    const event = asChainEvent(logged);
    if (event.type === 'ChainOpened') {
      const { data } = event;
      const row: ChainRow = {
        id: data.chainId,
        name: data.name,
        description: data.description,
        siteAddress: data.siteAddress,
        principalPartyId: data.principalPartyId,
        openedAt: logged.occurredAt,
        recordedAt: logged.recordedAt,
        streamVersion: logged.streamVersion,
        lastRecordedAt: logged.recordedAt,
      };
      await manager.upsert(ChainRow, row, ['id']);
      return;
    }
    await manager.update(
      ChainRow,
      { id: chainIdOf(logged) },
      { streamVersion: logged.streamVersion, lastRecordedAt: logged.recordedAt },
    );
  },
};
