import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export const GrantStatusEnum = { ACTIVE: 'ACTIVE', NOT_YET_VALID: 'NOT_YET_VALID', EXPIRED: 'EXPIRED', REVOKED: 'REVOKED' } as const;
registerEnumType(GrantStatusEnum, {
  name: 'GrantStatus',
  description: 'ACTIVE: may be used now. NOT_YET_VALID: starts at validFrom. EXPIRED: validUntil has passed. REVOKED: withdrawn by a grantor.',
});

@ObjectType({ description: 'Read access to a chain for an inspectorate (or one of its inspectors), as granted.' })
export class InspectorGrant {
  @Field(() => ID) grantId!: string;
  @Field(() => ID) chainId!: string;
  @Field({ description: 'The name of the chain (the project).' }) chainName!: string;
  @Field(() => ID) inspectorPartyId!: string;
  @Field({ description: 'The inspectorate the grant is for.' }) inspectorPartyName!: string;
  @Field(() => ID, { nullable: true, description: 'The one inspector the grant is for; null: every INSPECTOR of the inspectorate.' }) inspectorUserId!: string | null;
  @Field(() => ID) grantedByPartyId!: string;
  @Field({ description: 'The party that granted access (the principal, or a holder of gezag over a victim).' }) grantedByPartyName!: string;
  @Field(() => Date) validFrom!: Date;
  @Field(() => Date, { description: 'Exclusive.' }) validUntil!: Date;
  @Field(() => GrantStatusEnum) status!: string;
  @Field(() => String, { nullable: true }) revokeReason!: string | null;
  @Field({ description: 'The readable replay of the chain, to open in the browser (signed in) or with a bearer token.' }) reportPath!: string;
}
