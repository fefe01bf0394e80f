import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One engagement: from-party engaged to-party in a chain (PartyEngaged, EngagementEnded). */
@Entity({ name: 'chain_link' })
@Index('idx_chain_link_chain', ['chainId'])
@Index('idx_chain_link_to_party', ['toPartyId'])
@Index('idx_chain_link_from_party', ['fromPartyId'])
@Index('idx_chain_link_event', ['eventId'])
@Index('idx_chain_link_id', ['id'])
export class ChainLinkRow {
  // Keyed by chain and id: an id given in another chain names another row, never this one.
  @PrimaryColumn({ name: 'chain_id', type: 'varchar', length: 64 })
  chainId!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'from_party_id', type: 'varchar', length: 64 })
  fromPartyId!: string;

  @Column({ name: 'to_party_id', type: 'varchar', length: 64 })
  toPartyId!: string;

  @Column({ name: 'to_party_kind', type: 'varchar', length: 20 })
  toPartyKind!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: string;

  @Column({ type: 'text' })
  scope!: string;

  @Column({ name: 'under_authority', type: 'boolean' })
  underAuthority!: boolean;

  @Column({ name: 'start_date', type: 'varchar', length: 10 })
  startDate!: string;

  @Column({ name: 'end_date', type: 'varchar', length: 10, nullable: true })
  endDate!: string | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason!: string | null;

  @Column({ name: 'ended_by_party_id', type: 'varchar', length: 64, nullable: true })
  endedByPartyId!: string | null;

  /** eventId of EngagementEnded, so its corrections find the row. */
  @Column({ name: 'end_event_id', type: 'varchar', length: 64, nullable: true })
  endEventId!: string | null;

  @Column({ type: 'boolean' })
  active!: boolean;

  /** occurredAt of PartyEngaged. */
  @Column({ name: 'engaged_at', type: 'varchar', length: 40 })
  engagedAt!: string;

  @Column({ name: 'recorded_at', type: 'varchar', length: 40 })
  recordedAt!: string;

  /** eventId of PartyEngaged. */
  @Column({ name: 'event_id', type: 'varchar', length: 64 })
  eventId!: string;
}
