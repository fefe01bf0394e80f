import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../../graphql/command-io';

@InputType()
export class RecordExecutionAgreementInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => ID, { description: 'The uitvoerende partij: the main contractor the principal engaged for the works.' })
  uitvoerendePartyId!: string;

  @Field(() => String, { description: 'Your reference of the written agreement (contract number, document).' })
  reference!: string;
}

@ObjectType()
export class RecordExecutionAgreementPayload extends CommandPayload {}
