import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An inspector's access to a chain as granted (InspectorAccessGranted), and revoked if it was. */
@Entity({ name: 'inspector_grant' })
@Index('idx_inspector_grant_inspector', ['inspectorPartyId'])
@Index('idx_inspector_grant_grantor', ['grantedByPartyId'])
export class InspectorGrantRow {
  @PrimaryColumn({ name: 'grant_id', type: 'varchar', length: 64 })
  grantId!: string;

  @Column({ name: 'chain_id', type: 'varchar', length: 64 })
  chainId!: string;

  @Column({ name: 'inspector_party_id', type: 'varchar', length: 64 })
  inspectorPartyId!: string;

  /** One user of the inspectorate, or null for all its INSPECTORs. */
  @Column({ name: 'inspector_user_id', type: 'varchar', length: 64, nullable: true })
  inspectorUserId!: string | null;

  @Column({ name: 'valid_from', type: 'varchar', length: 40 })
  validFrom!: string;

  @Column({ name: 'valid_until', type: 'varchar', length: 40 })
  validUntil!: string;

  @Column({ name: 'granted_by_party_id', type: 'varchar', length: 64 })
  grantedByPartyId!: string;

  @Column({ name: 'grantor_standing', type: 'varchar', length: 20 })
  grantorStanding!: string;

  @Column({ name: 'granted_at', type: 'varchar', length: 40 })
  grantedAt!: string;

  @Column({ name: 'revoked_at', type: 'varchar', length: 40, nullable: true })
  revokedAt!: string | null;

  @Column({ name: 'revoke_reason', type: 'text', nullable: true })
  revokeReason!: string | null;
}
