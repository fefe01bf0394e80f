import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../../graphql/command-io';
import { StartCheckReason, StartVerdictEnum } from '../start-check/start-check.types';
import type { StartVerdict } from '@schakel/domain';

@InputType({ description: 'The start goes through the gate: the server runs the start check and records its result with the start.' })
export class StartGateInput {
  @Field({ defaultValue: false, description: "True when the worker's personal pass (QR code) was scanned, not typed in. Prefer `pass`: the server then verifies it." })
  passScanned!: boolean;

  @Field(() => String, { nullable: true, description: "The token of the worker's personal pass, as scanned: it must be the pass of this worker, valid now. The start is then recorded as identified by pass." })
  pass?: string | null;

  @Field(() => String, { nullable: true, description: 'Required when the check says NO-GO: starting anyway is an override by you, recorded with this reason. Refused for a GO.' })
  overrideReason?: string | null;

  @Field(() => String, { nullable: true, description: 'The language of the answer\'s reasons: "nl" or "en"; default the language of your membership, else Dutch. The log keeps the rules\' own words.' })
  language?: string | null;
}

@InputType()
export class StartWorkInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => ID, { description: "The link that engages the worker's party." })
  linkId!: string;

  @Field(() => ID, { description: 'The party the worker belongs to.' })
  workerPartyId!: string;

  @Field(() => ID)
  workerId!: string;

  @Field(() => [String], { defaultValue: [], description: "The task's topics (UPPER_SNAKE_CASE), e.g. WORK_AT_HEIGHT." })
  topics!: string[];

  @Field(() => StartGateInput, { nullable: true, description: 'Give it at the gate: the start check runs and its result is recorded with the start (WorkStartChecked). Leave it out to record a start after the fact.' })
  gate?: StartGateInput | null;
}

@ObjectType()
export class StartWorkPayload extends CommandPayload {
  @Field(() => ID)
  workStartId!: string;

  @Field(() => StartVerdictEnum, { nullable: true, description: 'The start check recorded with the start; null without a gate.' })
  verdict!: StartVerdict | null;

  @Field(() => [StartCheckReason], { description: "The gate's answer: the reasons for NO-GO in the reader's language (empty for GO or without a gate)." })
  reasons!: StartCheckReason[];
}
