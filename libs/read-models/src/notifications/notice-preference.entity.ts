import { Column, Entity, PrimaryColumn } from 'typeorm';

export const noticeModes = ['IMMEDIATE', 'DAILY_DIGEST', 'OFF'] as const;
export type NoticeMode = (typeof noticeModes)[number];

/**
 * A member's choice for one trigger (no row: IMMEDIATE). Settings, not evidence: not projected
 * from the log, so a rebuild leaves them.
 */
@Entity({ name: 'notice_preference' })
export class NoticePreferenceRow {
  @PrimaryColumn({ name: 'party_id', type: 'varchar', length: 64 })
  partyId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 64 })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  trigger!: string;

  @Column({ type: 'varchar', length: 10 })
  mode!: NoticeMode;

  @Column({ name: 'updated_at', type: 'varchar', length: 40 })
  updatedAt!: string;
}
