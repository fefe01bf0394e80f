import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A worker of a party (WorkerRegistered on the party's stream). */
@Entity({ name: 'worker' })
@Index('idx_worker_party', ['partyId'])
@Index('idx_worker_id', ['id'])
export class WorkerRow {
  // Keyed by party and id: a worker id another party registers names another worker.
  @PrimaryColumn({ name: 'party_id', type: 'varchar', length: 64 })
  partyId!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'simple-json' })
  languages!: string[];

  @Column({ type: 'varchar', length: 20 })
  relation!: string;

  /** occurredAt of WorkerRegistered. */
  @Column({ name: 'registered_at', type: 'varchar', length: 40 })
  registeredAt!: string;

  @Column({ name: 'recorded_at', type: 'varchar', length: 40 })
  recordedAt!: string;
}
