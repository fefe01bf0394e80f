import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../../graphql/command-io';

@InputType()
export class RecordDirectSupervisionInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => ID, { description: "The zzp'er's SELF_EMPLOYED link." })
  linkId!: string;

  @Field(() => ID, { description: "The party that directs or supervises the zzp'er." })
  supervisorPartyId!: string;

  @Field(() => String)
  description!: string;
}

@ObjectType()
export class RecordDirectSupervisionPayload extends CommandPayload {}
