import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last version of each stream a projection group has applied, written in the batch's
 * transaction: lets any process wait until its own write shows in the read models.
 */
@Entity({ name: 'projected_stream' })
export class ProjectedStreamRow {
  @PrimaryColumn({ name: 'projection_group', type: 'varchar', length: 100 })
  group!: string;

  @PrimaryColumn({ name: 'stream_id', type: 'varchar', length: 200 })
  streamId!: string;

  @Column({ type: 'integer' })
  version!: number;
}
