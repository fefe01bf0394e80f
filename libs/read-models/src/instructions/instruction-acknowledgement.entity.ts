import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A party, or one of its workers, acknowledged an instruction version (SafetyInstructionAcknowledged). */
@Entity({ name: 'instruction_acknowledgement' })
@Index('idx_instruction_ack_chain', ['chainId'])
@Index('idx_instruction_ack_instruction', ['instructionId', 'version'])
export class InstructionAcknowledgementRow {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 64 })
  eventId!: string;

  @Column({ name: 'chain_id', type: 'varchar', length: 64 })
  chainId!: string;

  @Column({ name: 'instruction_id', type: 'varchar', length: 64 })
  instructionId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'party_id', type: 'varchar', length: 64 })
  partyId!: string;

  @Column({ name: 'worker_id', type: 'varchar', length: 64, nullable: true })
  workerId!: string | null;

  @Column({ type: 'varchar', length: 8 })
  language!: string;

  /** OWN_ACCOUNT, LINK or PROXY: whose act it is. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  channel!: string | null;

  /** occurredAt of the acknowledgement. */
  @Column({ name: 'acknowledged_at', type: 'varchar', length: 40 })
  acknowledgedAt!: string;

  @Column({ name: 'recorded_at', type: 'varchar', length: 40 })
  recordedAt!: string;

  @Column({ type: 'boolean' })
  retracted!: boolean;

  /** false: signed in a language the worker does not read; on record, but it does not count as instruction. */
  @Column({ type: 'boolean', default: true })
  understood!: boolean;
}
