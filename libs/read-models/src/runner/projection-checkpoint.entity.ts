import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where a group of projections stands in the global log. Written in the same transaction as their rows. */
@Entity({ name: 'projection_checkpoint' })
export class ProjectionCheckpointRow {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  name!: string;

  /** The store's opaque checkpoint of the last event applied. */
  @Column({ type: 'varchar', length: 200 })
  checkpoint!: string;

  @Column({ name: 'events_applied', type: 'integer' })
  eventsApplied!: number;

  /** recordedAt of the last event applied, for lag monitoring. */
  @Column({ name: 'last_recorded_at', type: 'varchar', length: 40, nullable: true })
  lastRecordedAt!: string | null;

  @Column({ name: 'updated_at', type: 'varchar', length: 40 })
  updatedAt!: string;
}
