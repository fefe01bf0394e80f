import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A chain (stream `chain-<id>`), with the stream version the read model has caught up to. */
@Entity({ name: 'chain' })
@Index('idx_chain_principal', ['principalPartyId'])
export class ChainRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'site_address', type: 'text', nullable: true })
  siteAddress!: string | null;

  @Column({ name: 'principal_party_id', type: 'varchar', length: 64 })
  principalPartyId!: string;

  /** occurredAt of ChainOpened. */
  @Column({ name: 'opened_at', type: 'varchar', length: 40 })
  openedAt!: string;

  /** recordedAt of ChainOpened. */
  @Column({ name: 'recorded_at', type: 'varchar', length: 40 })
  recordedAt!: string;

  /** The chain stream's version after the last event applied: callers pass it as expectedVersion. */
  @Column({ name: 'stream_version', type: 'integer' })
  streamVersion!: number;

  @Column({ name: 'last_recorded_at', type: 'varchar', length: 40 })
  lastRecordedAt!: string;
}
