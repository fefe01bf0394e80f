import type { Projection } from '../runner/projection';
import { ChainLinkRow } from './chain-link.entity';
import { asChainEvent, chainIdOf } from '../runner/logged-event';

/** Engagements between parties of a chain, active or ended. */
export const chainLinkProjection: Projection = {
  name: 'chain-links',
  handles: new Set<string>(['PartyEngaged', 'EngagementEnded']),
  owns: [ChainLinkRow],
  async apply(logged, manager) {
    const event = asChainEvent(logged);
    if (event.type === 'PartyEngaged') {
      const { data } = event;
      const row: ChainLinkRow = {
        id: data.linkId,
        chainId: chainIdOf(logged),
        fromPartyId: data.fromPartyId,
        toPartyId: data.toPartyId,
        toPartyKind: data.toPartyKind,
        kind: data.kind,
        scope: data.scope,
        underAuthority: data.underAuthority,
        startDate: data.startDate,
        endDate: null,
        endReason: null,
        endedByPartyId: null,
        endEventId: null,
        active: true,
        engagedAt: logged.occurredAt,
        recordedAt: logged.recordedAt,
        eventId: logged.eventId,
      };
      await manager.upsert(ChainLinkRow, row, ['chainId', 'id']);
    } else if (event.type === 'EngagementEnded') {
      const { data } = event;
      await manager.update(
        ChainLinkRow,
        { chainId: chainIdOf(logged), id: data.linkId },
        {
          active: false,
          endDate: data.endDate,
          endReason: data.reason,
          endedByPartyId: data.endedByPartyId,
          endEventId: logged.eventId,
        },
      );
    }
  },
};
