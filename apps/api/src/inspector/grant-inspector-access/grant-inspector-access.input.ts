import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../graphql/date-time.scalar';
import { CommandInput, CommandPayload } from '../../graphql/command-io';

@InputType({ description: 'The principal, or a party holding gezag over an accident victim in the chain, grants an inspector read access for a period.' })
export class GrantInspectorAccessInput extends CommandInput {
  @Field(() => ID) chainId!: string;
  @Field(() => ID, { nullable: true, description: 'Leave out to have one made.' }) grantId?: string | null;
  @Field(() => ID, { description: 'The inspector\'s party (e.g. Nederlandse Arbeidsinspectie); its INSPECTOR tokens may read.' })
  inspectorPartyId!: string;
  @Field(() => String, { nullable: true, description: 'Limit the grant to one user of that party.' }) inspectorUserId?: string | null;
  @Field(() => DateTimeScalar) validFrom!: Date;
  @Field(() => DateTimeScalar, { description: 'The grant expires here (exclusive).' }) validUntil!: Date;
}

@ObjectType()
export class GrantInspectorAccessPayload extends CommandPayload {
  @Field(() => ID) grantId!: string;
}
