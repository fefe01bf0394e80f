import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../graphql/command-io';
import { DateTimeScalar } from '../graphql/date-time.scalar';

@InputType()
export class CreateAcknowledgementLinksInput extends CommandInput {
  @Field(() => ID) chainId!: string;
  @Field(() => ID) instructionId!: string;
  @Field(() => Int, { description: 'The instruction version the workers are to read.' }) version!: number;
  @Field(() => ID, { nullable: true, description: "The workers' party; left out: your own party." })
  workerPartyId?: string | null;
  @Field(() => [ID], { description: 'One link per worker (at most 50).' }) workerIds!: string[];
}

@ObjectType({ description: "A worker's personal link: hand it over (text it, or print the toolbox sheet); it is not stored." })
export class AcknowledgementLink {
  @Field({ description: 'Names the link (to revoke it); the log keeps only its SHA-256.' }) linkId!: string;
  @Field(() => ID) workerId!: string;
  @Field(() => ID) workerPartyId!: string;
  @Field() workerName!: string;
  @Field({ description: 'The signed token; the page is at /w/<token>.' }) token!: string;
  @Field() url!: string;
  @Field(() => DateTimeScalar) expiresAt!: Date;
}

@ObjectType()
export class CreateAcknowledgementLinksPayload extends CommandPayload {
  @Field(() => ID, { description: 'The batch: GET /toolbox-sheet/<chainId>/<batchId> prints its QR codes.' }) batchId!: string;
  @Field(() => [AcknowledgementLink]) links!: AcknowledgementLink[];
}

@InputType()
export class RevokeAcknowledgementLinkInput extends CommandInput {
  @Field(() => ID) chainId!: string;
  @Field({ description: 'The linkId createAcknowledgementLinks answered.' }) linkId!: string;
}

@ObjectType()
export class RevokeAcknowledgementLinkPayload extends CommandPayload {}
