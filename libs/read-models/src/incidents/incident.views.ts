import type { Authority, IncidentKind, IncidentSeverity, IncidentVictim, NotificationChannel, VictimRelation } from '@schakel/domain';
import type { IncidentNotificationRow } from './incident-notification.entity';
import type { IncidentReclassificationRow } from './incident-reclassification.entity';
import type { IncidentRow } from './incident.entity';

// Incidents with who was told and how they were reclassified.
// Plain read-only views: instants are ISO strings; "…At" fields without comment are valid time
// (occurredAt), `recordedAt` is transaction time. Each row becomes a fresh plain object: entities
// never leave this library.

export interface IncidentNotificationView {
  readonly eventId: string;
  readonly incidentId: string;
  readonly notifierPartyId: string;
  readonly recipient: { readonly kind: 'PARTY'; readonly partyId: string } | { readonly kind: 'AUTHORITY'; readonly authority: Authority };
  readonly channel: NotificationChannel;
  readonly reference: string | null;
  readonly notifiedAt: string;
  readonly recordedAt: string;
  readonly retracted: boolean;
}

export interface IncidentReclassificationView {
  readonly eventId: string;
  readonly incidentId: string;
  readonly severity: IncidentSeverity;
  readonly absenceDays: number;
  readonly previousSeverity: IncidentSeverity;
  readonly previousAbsenceDays: number;
  readonly becameKnownAt: string;
  readonly reason: string;
  readonly byPartyId: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
}

export interface IncidentView {
  readonly id: string;
  readonly chainId: string;
  readonly reporterPartyId: string;
  readonly kind: IncidentKind;
  readonly happenedAt: string;
  readonly location: string;
  readonly description: string;
  readonly topics: readonly string[];
  readonly victim: IncidentVictim | null;
  /** Current: the latest reclassification, else the (corrected) report. */
  readonly severity: IncidentSeverity;
  readonly absenceDays: number;
  /** As reported, after corrections of the report. */
  readonly reportedSeverity: IncidentSeverity;
  readonly reportedAbsenceDays: number;
  readonly victimRelation: VictimRelation | null;
  readonly authorityHolderPartyId: string | null;
  /** recordedAt of the report. */
  readonly reportedAt: string;
  readonly eventId: string;
  readonly retracted: boolean;
  readonly notifications: readonly IncidentNotificationView[];
  readonly reclassifications: readonly IncidentReclassificationView[];
}

export const toNotificationView = (row: IncidentNotificationRow): IncidentNotificationView => ({
  eventId: row.eventId,
  incidentId: row.incidentId,
  notifierPartyId: row.notifierPartyId,
  recipient:
    row.recipientKind === 'AUTHORITY'
      ? { kind: 'AUTHORITY', authority: row.recipientAuthority as Authority }
      : { kind: 'PARTY', partyId: row.recipientPartyId as string },
  channel: row.channel as IncidentNotificationView['channel'],
  reference: row.reference,
  notifiedAt: row.notifiedAt,
  recordedAt: row.recordedAt,
  retracted: row.retracted,
});

export const toReclassificationView = (row: IncidentReclassificationRow): IncidentReclassificationView => ({
  eventId: row.eventId,
  incidentId: row.incidentId,
  severity: row.severity as IncidentReclassificationView['severity'],
  absenceDays: row.absenceDays,
  previousSeverity: row.previousSeverity as IncidentReclassificationView['previousSeverity'],
  previousAbsenceDays: row.previousAbsenceDays,
  becameKnownAt: row.becameKnownAt,
  reason: row.reason,
  byPartyId: row.byPartyId,
  occurredAt: row.occurredAt,
  recordedAt: row.recordedAt,
});

export const toIncidentView = (
  row: IncidentRow,
  notifications: readonly IncidentNotificationView[],
  reclassifications: readonly IncidentReclassificationView[],
): IncidentView => ({
  id: row.id,
  chainId: row.chainId,
  reporterPartyId: row.reporterPartyId,
  kind: row.kind as IncidentView['kind'],
  happenedAt: row.happenedAt,
  location: row.location,
  description: row.description,
  topics: [...row.topics],
  victim: row.victim ? { ...row.victim } : null,
  severity: row.severity as IncidentView['severity'],
  absenceDays: row.absenceDays,
  reportedSeverity: row.reportedSeverity as IncidentView['reportedSeverity'],
  reportedAbsenceDays: row.reportedAbsenceDays,
  victimRelation: row.victimRelation as IncidentView['victimRelation'],
  authorityHolderPartyId: row.authorityHolderPartyId,
  reportedAt: row.reportedAt,
  eventId: row.eventId,
  retracted: row.retracted,
  notifications,
  reclassifications,
});
