import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { InstructionContent } from '@schakel/domain';

/** One version of a safety instruction (SafetyInstructionIssued). */
@Entity({ name: 'instruction_version' })
@Index('idx_instruction_version_chain', ['chainId'])
@Index('idx_instruction_version_event', ['eventId'])
@Index('idx_instruction_version_instruction', ['instructionId'])
export class InstructionVersionRow {
  // Keyed by chain too: an instruction id given in another chain names another instruction.
  @PrimaryColumn({ name: 'chain_id', type: 'varchar', length: 64 })
  chainId!: string;

  @PrimaryColumn({ name: 'instruction_id', type: 'varchar', length: 64 })
  instructionId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ name: 'issuer_party_id', type: 'varchar', length: 64 })
  issuerPartyId!: string;

  @Column({ type: 'simple-json' })
  content!: InstructionContent[];

  @Column({ type: 'simple-json' })
  topics!: string[];

  @Column({ name: 'content_hash', type: 'varchar', length: 64 })
  contentHash!: string;

  /** False once a newer version of the same instruction was issued. */
  @Column({ type: 'boolean' })
  current!: boolean;

  /** occurredAt of SafetyInstructionIssued. */
  @Column({ name: 'issued_at', type: 'varchar', length: 40 })
  issuedAt!: string;

  @Column({ name: 'recorded_at', type: 'varchar', length: 40 })
  recordedAt!: string;

  @Column({ name: 'event_id', type: 'varchar', length: 64 })
  eventId!: string;
}
