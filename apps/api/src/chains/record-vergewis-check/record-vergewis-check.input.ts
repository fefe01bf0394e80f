import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { CheckOutcome, CheckSubject } from '@schakel/domain';
import { CommandInput, CommandPayload } from '../../graphql/command-io';
import { CheckOutcomeEnum, CheckSubjectEnum } from '../../graphql/enums';

@InputType({ description: 'A document the check rests on, by name and hash (the document itself stays with you).' })
export class EvidenceInput {
  @Field()
  name!: string;

  @Field({ description: 'SHA-256 of the document: 64 hexadecimal characters.' })
  sha256!: string;

  @Field(() => Int, { nullable: true, description: 'The size of the document in bytes, when known (the web app sends it with the hash it computed).' })
  sizeBytes?: number | null;
}

@InputType()
export class RecordVergewisCheckInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => ID, { nullable: true, description: 'A UUID of your choosing; generated when left out.' })
  checkId?: string | null;

  @Field(() => ID, { description: 'The party checked: one below yours through active links.' })
  subjectPartyId!: string;

  @Field(() => ID, { nullable: true, description: 'A worker of the subject party, when the check is about one person.' })
  subjectWorkerId?: string | null;

  @Field(() => CheckSubjectEnum)
  subject!: CheckSubject;

  @Field(() => CheckOutcomeEnum)
  outcome!: CheckOutcome;

  @Field()
  summary!: string;

  @Field(() => [EvidenceInput], { defaultValue: [] })
  evidence!: EvidenceInput[];

  @Field(() => String, { nullable: true, description: 'Date YYYY-MM-DD until which the finding holds (e.g. a certificate\'s expiry).' })
  validUntil?: string | null;

  @Field(() => ID, { nullable: true, description: 'The incident this check follows up (e.g. measures taken).' })
  relatedIncidentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The instruction this check is about (e.g. that it was received).' })
  relatedInstructionId?: string | null;
}

@ObjectType()
export class RecordVergewisCheckPayload extends CommandPayload {
  @Field(() => ID)
  checkId!: string;
}
