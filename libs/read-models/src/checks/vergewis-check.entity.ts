import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Evidence } from '@schakel/domain';

/** An upstream party ascertained something about a downstream party or worker (VergewisCheckRecorded). */
@Entity({ name: 'vergewis_check' })
@Index('idx_vergewis_check_chain', ['chainId'])
@Index('idx_vergewis_check_event', ['eventId'])
@Index('idx_vergewis_check_id', ['id'])
export class VergewisCheckRow {
  // Keyed by chain and id: an id given in another chain names another row, never this one.
  @PrimaryColumn({ name: 'chain_id', type: 'varchar', length: 64 })
  chainId!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'checker_party_id', type: 'varchar', length: 64 })
  checkerPartyId!: string;

  @Column({ name: 'subject_party_id', type: 'varchar', length: 64 })
  subjectPartyId!: string;

  @Column({ name: 'subject_worker_id', type: 'varchar', length: 64, nullable: true })
  subjectWorkerId!: string | null;

  @Column({ type: 'varchar', length: 30 })
  subject!: string;

  @Column({ type: 'varchar', length: 20 })
  outcome!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'simple-json' })
  evidence!: Evidence[];

  @Column({ name: 'valid_until', type: 'varchar', length: 10, nullable: true })
  validUntil!: string | null;

  @Column({ name: 'related_incident_id', type: 'varchar', length: 64, nullable: true })
  relatedIncidentId!: string | null;

  @Column({ name: 'related_instruction_id', type: 'varchar', length: 64, nullable: true })
  relatedInstructionId!: string | null;

  /** occurredAt of the check. */
  @Column({ name: 'checked_at', type: 'varchar', length: 40 })
  checkedAt!: string;

  @Column({ name: 'recorded_at', type: 'varchar', length: 40 })
  recordedAt!: string;

  @Column({ name: 'event_id', type: 'varchar', length: 64 })
  eventId!: string;

  @Column({ type: 'boolean' })
  retracted!: boolean;
}
