import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A single-use sign-in code sent to an address. Not projected from the log (a rebuild leaves it):
 * only the SHA-256 of the code is kept, so the table alone signs nobody in.
 */
@Entity({ name: 'sign_in_code' })
@Index('idx_sign_in_code_email', ['email', 'createdAt'])
export class SignInCodeRow {
  @PrimaryColumn({ name: 'code_hash', type: 'varchar', length: 64 })
  codeHash!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /** The address the request came from, for the per-address rate limit. */
  @Column({ name: 'requested_from', type: 'varchar', length: 64 })
  requestedFrom!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 40 })
  createdAt!: string;

  @Column({ name: 'expires_at', type: 'varchar', length: 40 })
  expiresAt!: string;

  @Column({ name: 'used_at', type: 'varchar', length: 40, nullable: true })
  usedAt!: string | null;
}
