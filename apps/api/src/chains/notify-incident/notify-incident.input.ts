import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import type { Authority, NotificationChannel } from '@schakel/domain';
import { CommandInput, CommandPayload } from '../../graphql/command-io';
import { AuthorityEnum, NotificationChannelEnum } from '../../graphql/enums';

@InputType({ description: 'Give exactly one recipient: a party in the chain (recipientPartyId) or an authority.' })
export class NotifyIncidentInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => ID)
  incidentId!: string;

  @Field(() => ID, { nullable: true, description: 'A party in the chain you informed, e.g. the agency of a lent worker.' })
  recipientPartyId?: string | null;

  @Field(() => AuthorityEnum, { nullable: true, description: 'The authority you reported to (NLA).' })
  authority?: Authority | null;

  @Field(() => NotificationChannelEnum, { description: 'A death is reported to the NLA by PHONE.' })
  channel!: NotificationChannel;

  @Field(() => String, { nullable: true, description: 'The recipient\'s reference, e.g. the NLA report number.' })
  reference?: string | null;
}

@ObjectType()
export class NotifyIncidentPayload extends CommandPayload {}
