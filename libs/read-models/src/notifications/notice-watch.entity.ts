import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Since when the outbox tells of something it weighs rather than reads from one event (findings
 * that arise): what arose before, on an installation's first start or in an imported past, is for
 * the queries, not for a mail. Written once, by the first process that weighs; never moved.
 */
@Entity({ name: 'notice_watch' })
export class NoticeWatchRow {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  name!: string;

  @Column({ type: 'varchar', length: 40 })
  since!: string;
}
