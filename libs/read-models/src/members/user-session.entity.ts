import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A browser session (not projected from the log). The cookie carries a secret; only its SHA-256 is kept. */
@Entity({ name: 'user_session' })
@Index('idx_user_session_user', ['userId'])
export class UserSessionRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Index('idx_user_session_secret', { unique: true })
  @Column({ name: 'secret_hash', type: 'varchar', length: 64 })
  secretHash!: string;

  @Column({ name: 'user_id', type: 'varchar', length: 64 })
  userId!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 40 })
  createdAt!: string;

  @Column({ name: 'expires_at', type: 'varchar', length: 40 })
  expiresAt!: string;

  @Column({ name: 'revoked_at', type: 'varchar', length: 40, nullable: true })
  revokedAt!: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 200, nullable: true })
  userAgent!: string | null;
}
