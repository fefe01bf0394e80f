import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A party's HTTPS endpoint for signed webhooks. Settings, not evidence: not projected from the log
 * (its deliveries are). The secret signs each delivery; it is shown once, when registered.
 */
@Entity({ name: 'webhook_endpoint' })
@Index('idx_webhook_endpoint_party', ['partyId'])
export class WebhookEndpointRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'party_id', type: 'varchar', length: 64 })
  partyId!: string;

  @Column({ type: 'varchar', length: 2048 })
  url!: string;

  /** The triggers it wants. */
  @Column({ type: 'simple-json' })
  triggers!: string[];

  @Column({ type: 'varchar', length: 128 })
  secret!: string;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 40 })
  createdAt!: string;
}
