import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../../graphql/command-io';
import { EvidenceInput } from '../../chains/record-vergewis-check/record-vergewis-check.input';

@InputType()
export class RecordIncidentMeasuresInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => ID)
  incidentId!: string;

  @Field(() => String, { description: 'What was done to prevent a repeat.' })
  description!: string;

  @Field(() => [EvidenceInput], { defaultValue: [], description: 'Documents by hash, e.g. photos of the new edge protection.' })
  evidence!: EvidenceInput[];
}

@ObjectType()
export class RecordIncidentMeasuresPayload extends CommandPayload {}
