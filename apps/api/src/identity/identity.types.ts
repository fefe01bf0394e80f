import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../graphql/command-io';
import { MemberRoleEnum } from '../graphql/enums';

@ObjectType({ description: 'A person who may act for a party: INVITED until they first sign in through their link, then ACTIVE.' })
export class Member {
  @Field(() => ID) partyId!: string;
  @Field(() => ID) userId!: string;
  @Field() email!: string;
  @Field() name!: string;
  @Field(() => MemberRoleEnum) role!: string;
  @Field(() => ID, { nullable: true }) workerId!: string | null;
  @Field() language!: string;
  @Field({ description: 'INVITED or ACTIVE.' }) status!: string;
  @Field(() => Date) invitedAt!: Date;
  @Field(() => Date, { nullable: true }) joinedAt!: Date | null;
}

@InputType()
export class InviteMemberInput extends CommandInput {
  @Field(() => ID, { description: 'The party they will act for: yours (a MANAGER), or any (an ADMIN).' }) partyId!: string;
  @Field({ description: 'Where the sign-in link goes; the address is the person.' }) email!: string;
  @Field() name!: string;
  @Field(() => MemberRoleEnum) role!: string;
  @Field({ description: 'ISO 639-1 code of the language of their mails, e.g. "nl".' }) language!: string;
  @Field(() => ID, { nullable: true, description: 'For a WORKER: the registered worker of the party they are.' }) workerId?: string | null;
}

@ObjectType()
export class InviteMemberPayload extends CommandPayload {
  @Field(() => ID) invitationId!: string;
  @Field(() => ID, { description: 'The person; the same id in every party that invites this address.' }) userId!: string;
  @Field({ description: 'True when a sign-in link was e-mailed (SMTP_URL configured, not rate-limited).' }) mailed!: boolean;
}

@InputType()
export class ChangeMemberRoleInput extends CommandInput {
  @Field(() => ID) partyId!: string;
  @Field(() => ID) userId!: string;
  @Field(() => MemberRoleEnum) role!: string;
  @Field(() => ID, { nullable: true }) workerId?: string | null;
}

@InputType()
export class RemoveMemberInput extends CommandInput {
  @Field(() => ID) partyId!: string;
  @Field(() => ID) userId!: string;
}

@ObjectType()
export class MemberPayload extends CommandPayload {}

@ObjectType({ description: 'A signed-in browser session.' })
export class SignedIn {
  @Field(() => ID) sessionId!: string;
  @Field(() => ID) userId!: string;
  @Field() email!: string;
  @Field(() => Date) expiresAt!: Date;
}

@ObjectType({ description: 'One of your live sessions.' })
export class Session {
  @Field(() => ID) id!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => String, { nullable: true }) userAgent!: string | null;
  @Field({ description: 'The session of this very request.' }) current!: boolean;
}

@InputType()
export class AcceptInvitationInput extends CommandInput {
  @Field(() => ID) partyId!: string;
  @Field(() => ID, { description: 'One of your open invitations (myInvitations).' }) invitationId!: string;
}

@ObjectType({ description: 'An invitation of yours that you have not accepted yet.' })
export class OpenInvitation {
  @Field(() => ID) partyId!: string;
  @Field({ description: 'The name of the party that invited you.' }) partyName!: string;
  @Field(() => ID) invitationId!: string;
  @Field(() => MemberRoleEnum) role!: string;
  @Field(() => Date) invitedAt!: Date;
}

@ObjectType({ description: 'Who is calling: the person and the role they act in (their party: myParty).' })
export class Me {
  @Field(() => ID) userId!: string;
  @Field(() => String, { nullable: true, description: 'Their name as their party knows them (null for a development token or an installation ADMIN).' }) name!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field() role!: string;
  @Field(() => ID, { nullable: true }) workerId!: string | null;
}
