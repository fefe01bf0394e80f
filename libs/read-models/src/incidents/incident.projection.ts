import type { Projection } from '../runner/projection';
import { IncidentNotificationRow } from './incident-notification.entity';
import { IncidentReclassificationRow } from './incident-reclassification.entity';
import { IncidentRow } from './incident.entity';
import { asChainEvent, chainIdOf } from '../runner/logged-event';

/** Incidents with their notifications and reclassifications. */
export const incidentProjection: Projection = {
  name: 'incidents',
  handles: new Set<string>(['IncidentReported', 'IncidentNotified', 'IncidentReclassified']),
  owns: [IncidentRow, IncidentNotificationRow, IncidentReclassificationRow],
  async apply(logged, manager) {
    const event = asChainEvent(logged);
    const chainId = chainIdOf(logged);
    switch (event.type) {
      case 'IncidentReported': {
        const { data } = event;
        const row: IncidentRow = {
          id: data.incidentId,
          chainId,
          reporterPartyId: data.reporterPartyId,
          kind: data.kind,
          happenedAt: data.happenedAt,
          location: data.location,
          description: data.description,
          topics: data.topics,
          victim: data.victim,
          severity: data.severity,
          absenceDays: data.absenceDays,
          reportedSeverity: data.severity,
          reportedAbsenceDays: data.absenceDays,
          victimRelation: data.victimRelation,
          authorityHolderPartyId: data.authorityHolderPartyId,
          reportedAt: logged.recordedAt,
          eventId: logged.eventId,
          retracted: false,
        };
        await manager.upsert(IncidentRow, row, ['chainId', 'id']);
        return;
      }
      case 'IncidentNotified': {
        const { data } = event;
        const { recipient } = data;
        const row: IncidentNotificationRow = {
          eventId: logged.eventId,
          chainId,
          incidentId: data.incidentId,
          notifierPartyId: data.notifierPartyId,
          recipientKind: recipient.kind,
          recipientPartyId: recipient.kind === 'PARTY' ? recipient.partyId : null,
          recipientAuthority: recipient.kind === 'AUTHORITY' ? recipient.authority : null,
          channel: data.channel,
          reference: data.reference,
          notifiedAt: logged.occurredAt,
          recordedAt: logged.recordedAt,
          retracted: false,
        };
        await manager.upsert(IncidentNotificationRow, row, ['eventId']);
        return;
      }
      case 'IncidentReclassified': {
        const { data } = event;
        const row: IncidentReclassificationRow = {
          eventId: logged.eventId,
          incidentId: data.incidentId,
          chainId,
          severity: data.severity,
          absenceDays: data.absenceDays,
          previousSeverity: data.previousSeverity,
          previousAbsenceDays: data.previousAbsenceDays,
          becameKnownAt: data.becameKnownAt,
          reason: data.reason,
          byPartyId: data.reclassifiedByPartyId,
          occurredAt: logged.occurredAt,
          recordedAt: logged.recordedAt,
        };
        await manager.upsert(IncidentReclassificationRow, row, ['eventId']);
        // The latest reclassification is the incident's current severity.
        await manager.update(IncidentRow, { chainId, id: data.incidentId }, { severity: data.severity, absenceDays: data.absenceDays });
        return;
      }
      default:
        return;
    }
  },
};
