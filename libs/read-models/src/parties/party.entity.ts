import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A registered party (stream `party-<id>`). */
@Entity({ name: 'party' })
@Index('idx_party_kvk', ['kvkNumber'])
export class PartyRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'kvk_number', type: 'varchar', length: 20, nullable: true })
  kvkNumber!: string | null;

  @Column({ type: 'varchar', length: 2 })
  country!: string;

  @Column({ name: 'registered_by', type: 'varchar', length: 64, nullable: true })
  registeredBy!: string | null;

  /** occurredAt of PartyRegistered. */
  @Column({ name: 'registered_at', type: 'varchar', length: 40 })
  registeredAt!: string;

  @Column({ name: 'recorded_at', type: 'varchar', length: 40 })
  recordedAt!: string;

  /** Version of the party stream after its last event (workers included). */
  @Column({ name: 'stream_version', type: 'integer' })
  streamVersion!: number;
}
