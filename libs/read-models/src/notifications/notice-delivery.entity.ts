import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** PENDING until sent; SENT and FAILED are recorded in the log too; WITHDRAWN and OFF were never sent. */
export const deliveryStatuses = ['PENDING', 'SENT', 'FAILED', 'WITHDRAWN', 'OFF'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/**
 * One message to one recipient, derived by the outbox from one event. The id is the idempotency
 * key (event, trigger, channel, recipient): deriving it again changes nothing. Kept by the outbox,
 * never emptied by a rebuild (that would send everything again).
 */
@Entity({ name: 'notice_delivery' })
@Index('idx_notice_delivery_due', ['status', 'nextAttemptAt'])
@Index('idx_notice_delivery_party', ['partyId', 'createdAt'])
@Index('idx_notice_delivery_endpoint', ['endpointId', 'createdAt'])
@Index('idx_notice_delivery_incident', ['incidentId', 'trigger'])
export class NoticeDeliveryRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'source_event_id', type: 'varchar', length: 64 })
  sourceEventId!: string;

  @Column({ name: 'source_type', type: 'varchar', length: 64 })
  sourceType!: string;

  @Column({ type: 'varchar', length: 32 })
  trigger!: string;

  @Column({ type: 'varchar', length: 10 })
  channel!: string;

  /** Null for a message about the party itself (a credential). */
  @Column({ name: 'chain_id', type: 'varchar', length: 64, nullable: true })
  chainId!: string | null;

  /** The party told. */
  @Column({ name: 'party_id', type: 'varchar', length: 64 })
  partyId!: string;

  /** The party whose entry asked for the message. */
  @Column({ name: 'from_party_id', type: 'varchar', length: 64 })
  fromPartyId!: string;

  @Column({ name: 'user_id', type: 'varchar', length: 64, nullable: true })
  userId!: string | null;

  @Column({ name: 'worker_id', type: 'varchar', length: 64, nullable: true })
  workerId!: string | null;

  @Column({ name: 'endpoint_id', type: 'varchar', length: 64, nullable: true })
  endpointId!: string | null;

  /** The e-mail address or the endpoint's URL, as it was when the message was derived. */
  @Column({ type: 'varchar', length: 2048 })
  address!: string;

  @Column({ type: 'varchar', length: 8 })
  language!: string;

  @Column({ name: 'instruction_id', type: 'varchar', length: 64, nullable: true })
  instructionId!: string | null;

  @Column({ type: 'integer', nullable: true })
  version!: number | null;

  @Column({ name: 'incident_id', type: 'varchar', length: 64, nullable: true })
  incidentId!: string | null;

  /** INSPECTOR_GRANT_*: the grant the message is about. */
  @Column({ name: 'grant_id', type: 'varchar', length: 64, nullable: true })
  grantId!: string | null;

  /** CREDENTIAL_EXPIRES: the certificate id, or `<workerId>:<diploma>`. */
  @Column({ name: 'credential_id', type: 'varchar', length: 140, nullable: true })
  credentialId!: string | null;

  /** FINDING_*: the finding's rule. */
  @Column({ name: 'rule_id', type: 'varchar', length: 64, nullable: true })
  ruleId!: string | null;

  /** FINDING_*: SHA-256 of the finding's identity (rule, duty bearers, deadline, first entry): weighed again by it when due. */
  @Column({ name: 'finding_key', type: 'varchar', length: 64, nullable: true })
  findingKey!: string | null;

  /** What the message is about in words, where no read model names it (a credential: scheme and register number). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  label!: string | null;

  /** WORKER_LINK: the batch of links; the link itself is derived again when sent, never stored. */
  @Column({ name: 'batch_id', type: 'varchar', length: 64, nullable: true })
  batchId!: string | null;

  /** NLA_REPORT_DUE: the deadline (policy) the reminder is about; FINDING_*: the deadline (the instant the finding arises); WORKER_LINK: when the link expires; INSPECTOR_GRANT_*: when the grant ends. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  deadline!: string | null;

  /** WEBHOOK: the body, fixed when derived so every attempt signs the same bytes. */
  @Column({ type: 'text', nullable: true })
  body!: string | null;

  @Column({ type: 'varchar', length: 10 })
  status!: DeliveryStatus;

  @Column({ type: 'integer' })
  attempts!: number;

  /** The member takes this kind in the daily digest: it waits for the digest's hour and goes out with the others. */
  @Column({ type: 'boolean', default: false })
  digest!: boolean;

  /** Bumped by a redelivery: each round is recorded in the log once. */
  @Column({ type: 'integer' })
  round!: number;

  @Column({ name: 'created_at', type: 'varchar', length: 40 })
  createdAt!: string;

  @Column({ name: 'next_attempt_at', type: 'varchar', length: 40 })
  nextAttemptAt!: string;

  /** When this round was first tried: retries stop a configured time after it. */
  @Column({ name: 'first_attempt_at', type: 'varchar', length: 40, nullable: true })
  firstAttemptAt!: string | null;

  @Column({ name: 'sent_at', type: 'varchar', length: 40, nullable: true })
  sentAt!: string | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;
}
