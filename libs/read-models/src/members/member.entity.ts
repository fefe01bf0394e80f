import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A person who may act for a party: invited, or active after accepting (membership events on the party stream). */
@Entity({ name: 'member' })
@Index('idx_member_email', ['email'])
@Index('idx_member_user', ['userId'])
@Index('idx_member_identity', ['identityIssuer', 'identitySubject'])
export class MemberRow {
  @PrimaryColumn({ name: 'party_id', type: 'varchar', length: 64 })
  partyId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 64 })
  userId!: string;

  @Column({ name: 'invitation_id', type: 'varchar', length: 64 })
  invitationId!: string;

  /** Lower-cased. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: string;

  @Column({ name: 'worker_id', type: 'varchar', length: 64, nullable: true })
  workerId!: string | null;

  @Column({ type: 'varchar', length: 8 })
  language!: string;

  /** INVITED or ACTIVE; a removed member has no row. */
  @Column({ type: 'varchar', length: 10 })
  status!: string;

  @Column({ name: 'invited_at', type: 'varchar', length: 40 })
  invitedAt!: string;

  @Column({ name: 'joined_at', type: 'varchar', length: 40, nullable: true })
  joinedAt!: string | null;

  /** The company sign-in (OpenID Connect issuer and subject) linked to the member on first use (MemberIdentityLinked). */
  @Column({ name: 'identity_issuer', type: 'varchar', length: 500, nullable: true })
  identityIssuer!: string | null;

  @Column({ name: 'identity_subject', type: 'varchar', length: 255, nullable: true })
  identitySubject!: string | null;
}
