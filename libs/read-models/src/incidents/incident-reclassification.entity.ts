import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A severity change found out later (IncidentReclassified): a new fact, not a correction. */
@Entity({ name: 'incident_reclassification' })
@Index('idx_incident_reclassification_chain', ['chainId'])
@Index('idx_incident_reclassification_incident', ['incidentId'])
export class IncidentReclassificationRow {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 64 })
  eventId!: string;

  @Column({ name: 'incident_id', type: 'varchar', length: 64 })
  incidentId!: string;

  @Column({ name: 'chain_id', type: 'varchar', length: 64 })
  chainId!: string;

  @Column({ type: 'varchar', length: 30 })
  severity!: string;

  @Column({ name: 'absence_days', type: 'integer' })
  absenceDays!: number;

  @Column({ name: 'previous_severity', type: 'varchar', length: 30 })
  previousSeverity!: string;

  @Column({ name: 'previous_absence_days', type: 'integer' })
  previousAbsenceDays!: number;

  @Column({ name: 'became_known_at', type: 'varchar', length: 40 })
  becameKnownAt!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'by_party_id', type: 'varchar', length: 64 })
  byPartyId!: string;

  /** occurredAt of the reclassification. */
  @Column({ name: 'occurred_at', type: 'varchar', length: 40 })
  occurredAt!: string;

  @Column({ name: 'recorded_at', type: 'varchar', length: 40 })
  recordedAt!: string;
}
