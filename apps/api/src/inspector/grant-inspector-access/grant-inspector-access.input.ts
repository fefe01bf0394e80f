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
  @Field(() => String, {
    nullable: true,
    description: 'Limit the grant to the inspector with this e-mail address; one who is not yet a member of the inspectorate is invited into it as INSPECTOR and sent a sign-in link.',
  })
  inspectorEmail?: string | null;
  @Field(() => String, { nullable: true, description: 'The inspector\'s name, for the invitation (required when they are invited).' }) inspectorName?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 639-1 language of the invitation mail (default nl).' }) inspectorLanguage?: string | null;
  @Field(() => DateTimeScalar) validFrom!: Date;
  @Field(() => DateTimeScalar, { description: 'The grant expires here (exclusive).' }) validUntil!: Date;
}

@ObjectType()
export class GrantInspectorAccessPayload extends CommandPayload {
  @Field(() => ID) grantId!: string;
  @Field({ description: 'True when the inspector named by e-mail was invited into the inspectorate now.' }) inspectorInvited!: boolean;
  @Field({ description: 'True when their sign-in link was e-mailed (SMTP_URL); without, `schakel invite` prints one.' }) inspectorMailed!: boolean;
}
