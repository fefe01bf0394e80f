import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A correction or retraction of an earlier entry; the original stays as it was recorded. */
@Entity({ name: 'entry_correction' })
@Index('idx_entry_correction_chain', ['chainId'])
@Index('idx_entry_correction_target', ['targetEventId'])
export class EntryCorrectionRow {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 64 })
  eventId!: string;

  @Column({ name: 'chain_id', type: 'varchar', length: 64 })
  chainId!: string;

  @Column({ name: 'target_event_id', type: 'varchar', length: 64 })
  targetEventId!: string;

  @Column({ name: 'target_type', type: 'varchar', length: 60 })
  targetType!: string;

  /** 'CORRECTED' | 'RETRACTED'. */
  @Column({ type: 'varchar', length: 20 })
  kind!: string;

  @Column({ type: 'text' })
  reason!: string;

  /** Field → new value; null for a retraction. */
  @Column({ type: 'simple-json', nullable: true })
  changes!: Record<string, unknown> | null;

  /** Field → value before the correction; null for a retraction. */
  @Column({ name: 'previous_values', type: 'simple-json', nullable: true })
  previousValues!: Record<string, unknown> | null;

  @Column({ name: 'by_party_id', type: 'varchar', length: 64 })
  byPartyId!: string;

  @Column({ name: 'occurred_at', type: 'varchar', length: 40 })
  occurredAt!: string;

  @Column({ name: 'recorded_at', type: 'varchar', length: 40 })
  recordedAt!: string;
}
