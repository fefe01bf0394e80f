import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A party received an instruction version over a link (SafetyInstructionPassedDown). */
@Entity({ name: 'instruction_receipt' })
@Index('idx_instruction_receipt_chain', ['chainId'])
@Index('idx_instruction_receipt_instruction', ['instructionId', 'version'])
export class InstructionReceiptRow {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 64 })
  eventId!: string;

  @Column({ name: 'chain_id', type: 'varchar', length: 64 })
  chainId!: string;

  @Column({ name: 'instruction_id', type: 'varchar', length: 64 })
  instructionId!: string;

  @Column({ type: 'integer' })
  version!: number;

  /** The receiving (to-)party of the link. */
  @Column({ name: 'party_id', type: 'varchar', length: 64 })
  partyId!: string;

  @Column({ name: 'link_id', type: 'varchar', length: 64 })
  linkId!: string;

  @Column({ name: 'from_party_id', type: 'varchar', length: 64 })
  fromPartyId!: string;

  /** occurredAt of the pass-down. */
  @Column({ name: 'received_at', type: 'varchar', length: 40 })
  receivedAt!: string;

  @Column({ name: 'recorded_at', type: 'varchar', length: 40 })
  recordedAt!: string;

  @Column({ type: 'boolean' })
  retracted!: boolean;
}
