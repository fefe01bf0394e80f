import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { IncidentVictim } from '@schakel/domain';

/** A near miss or accident (IncidentReported), with its current severity. */
@Entity({ name: 'incident' })
@Index('idx_incident_chain', ['chainId'])
@Index('idx_incident_event', ['eventId'])
@Index('idx_incident_id', ['id'])
export class IncidentRow {
  // Keyed by chain and id: an id given in another chain names another row, never this one.
  @PrimaryColumn({ name: 'chain_id', type: 'varchar', length: 64 })
  chainId!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'reporter_party_id', type: 'varchar', length: 64 })
  reporterPartyId!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: string;

  @Column({ name: 'happened_at', type: 'varchar', length: 40 })
  happenedAt!: string;

  @Column({ type: 'text' })
  location!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'simple-json' })
  topics!: string[];

  @Column({ type: 'simple-json', nullable: true })
  victim!: IncidentVictim | null;

  /** Current: the latest reclassification, else the (corrected) report. */
  @Column({ type: 'varchar', length: 30 })
  severity!: string;

  @Column({ name: 'absence_days', type: 'integer' })
  absenceDays!: number;

  /** As reported, after corrections of the report. */
  @Column({ name: 'reported_severity', type: 'varchar', length: 30 })
  reportedSeverity!: string;

  @Column({ name: 'reported_absence_days', type: 'integer' })
  reportedAbsenceDays!: number;

  @Column({ name: 'victim_relation', type: 'varchar', length: 40, nullable: true })
  victimRelation!: string | null;

  @Column({ name: 'authority_holder_party_id', type: 'varchar', length: 64, nullable: true })
  authorityHolderPartyId!: string | null;

  /** recordedAt of IncidentReported. */
  @Column({ name: 'reported_at', type: 'varchar', length: 40 })
  reportedAt!: string;

  @Column({ name: 'event_id', type: 'varchar', length: 64 })
  eventId!: string;

  @Column({ type: 'boolean' })
  retracted!: boolean;
}
