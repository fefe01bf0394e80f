import type { InspectorAccessGranted, InspectorAccessRevoked } from '@schakel/domain';
import type { Projection } from '../runner/projection';
import { unhandled } from '../runner/logged-event';
import { InspectorGrantRow } from './inspector-grant.entity';

/** The grants of inspector access, from the chains' access streams (reads under a grant are not kept here). */
export const inspectorGrantProjection: Projection = {
  name: 'inspector-grants',
  handles: new Set<string>(['InspectorAccessGranted', 'InspectorAccessRevoked']),
  owns: [InspectorGrantRow],
  async apply(logged, manager) {
    const event = { type: logged.type, data: logged.data } as InspectorAccessGranted | InspectorAccessRevoked;
    switch (event.type) {
      case 'InspectorAccessGranted': {
        const { grantId, chainId, inspectorPartyId, inspectorUserId, validFrom, validUntil, grantedByPartyId, grantorStanding } = event.data;
        const row: InspectorGrantRow = {
          grantId, chainId, inspectorPartyId, inspectorUserId, validFrom, validUntil, grantedByPartyId, grantorStanding,
          grantedAt: logged.occurredAt, revokedAt: null, revokeReason: null,
        };
        await manager.upsert(InspectorGrantRow, row, ['grantId']);
        return;
      }
      case 'InspectorAccessRevoked':
        await manager.update(InspectorGrantRow, { grantId: event.data.grantId }, { revokedAt: logged.occurredAt, revokeReason: event.data.reason });
        return;
      default:
        unhandled(event, logged);
    }
  },
};
