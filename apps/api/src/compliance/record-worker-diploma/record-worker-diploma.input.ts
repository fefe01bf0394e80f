import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import type { WorkerDiploma } from '@schakel/domain';
import { CommandInput, CommandPayload } from '../../graphql/command-io';
import { WorkerDiplomaEnum } from '../compliance-enums';

@InputType()
export class RecordWorkerDiplomaInput extends CommandInput {
  @Field(() => ID)
  partyId!: string;

  @Field(() => ID)
  workerId!: string;

  @Field(() => WorkerDiplomaEnum)
  diploma!: WorkerDiploma;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  issuedOn!: string;

  @Field(() => String)
  registerNumber!: string;
}

@ObjectType()
export class RecordWorkerDiplomaPayload extends CommandPayload {}
