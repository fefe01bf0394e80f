import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An incident was notified to a party or to the authority (IncidentNotified). */
@Entity({ name: 'incident_notification' })
@Index('idx_incident_notification_chain', ['chainId'])
@Index('idx_incident_notification_incident', ['incidentId'])
export class IncidentNotificationRow {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 64 })
  eventId!: string;

  @Column({ name: 'chain_id', type: 'varchar', length: 64 })
  chainId!: string;

  @Column({ name: 'incident_id', type: 'varchar', length: 64 })
  incidentId!: string;

  @Column({ name: 'notifier_party_id', type: 'varchar', length: 64 })
  notifierPartyId!: string;

  /** 'PARTY' | 'AUTHORITY'. */
  @Column({ name: 'recipient_kind', type: 'varchar', length: 20 })
  recipientKind!: string;

  @Column({ name: 'recipient_party_id', type: 'varchar', length: 64, nullable: true })
  recipientPartyId!: string | null;

  @Column({ name: 'recipient_authority', type: 'varchar', length: 20, nullable: true })
  recipientAuthority!: string | null;

  @Column({ type: 'varchar', length: 20 })
  channel!: string;

  @Column({ type: 'text', nullable: true })
  reference!: string | null;

  /** occurredAt of the notification. */
  @Column({ name: 'notified_at', type: 'varchar', length: 40 })
  notifiedAt!: string;

  @Column({ name: 'recorded_at', type: 'varchar', length: 40 })
  recordedAt!: string;

  @Column({ type: 'boolean' })
  retracted!: boolean;
}
