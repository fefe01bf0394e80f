import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { actionStatuses, actionSubjectKinds, type ActionStatus, type ActionSubjectKind } from '@schakel/domain';
import { EvidenceInput } from '../chains/record-vergewis-check/record-vergewis-check.input';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { CommandInput, CommandPayload } from '../graphql/command-io';

export const ActionSubjectKindEnum = Object.fromEntries(actionSubjectKinds.map((k) => [k, k])) as Record<ActionSubjectKind, ActionSubjectKind>;
registerEnumType(ActionSubjectKindEnum, { name: 'ActionSubjectKind', description: 'What a corrective action follows up: a finding, an incident or a coordinator direction.' });
export const ActionStatusEnum = Object.fromEntries(actionStatuses.map((s) => [s, s])) as Record<ActionStatus, ActionStatus>;
registerEnumType(ActionStatusEnum, { name: 'ActionStatus', description: 'OPEN (also after a reopening), COMPLETED by the assignee, VERIFIED by the assigner.' });

@InputType({ description: 'A finding as the findings query shows it: its rule and the moment it arose (and one of its parties, when several findings share both).' })
export class FindingRefInput {
  @Field() ruleId!: string;
  @Field(() => DateTimeScalar) arisenAt!: Date;
  @Field(() => ID, { nullable: true }) partyId?: string | null;
}

@InputType()
export class AssignCorrectiveActionInput extends CommandInput {
  @Field(() => ID) chainId!: string;
  @Field(() => ActionSubjectKindEnum) subjectKind!: ActionSubjectKind;
  @Field(() => FindingRefInput, { nullable: true, description: 'For FINDING.' }) finding?: FindingRefInput | null;
  @Field(() => ID, { nullable: true, description: 'For INCIDENT.' }) incidentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'For DIRECTION (a coordinator direction).' }) directionId?: string | null;
  @Field({ description: 'What is to be done, plain text (at most 1000 characters).' }) description!: string;
  @Field(() => ID, { nullable: true, description: 'A party in the chain at or below yours; by default the duty bearer.' }) assigneePartyId?: string | null;
  @Field(() => DateTimeScalar, { description: 'By when; after now. Not completed by then: CHAIN-ACTION-OVERDUE.' }) dueAt!: Date;
}

@InputType()
export class CommentOnCorrectiveActionInput extends CommandInput {
  @Field(() => ID) chainId!: string;
  @Field(() => ID) actionId!: string;
  @Field({ description: 'Plain text, at most 2000 characters; shown escaped everywhere.' }) text!: string;
}

@InputType()
export class CompleteCorrectiveActionInput extends CommandInput {
  @Field(() => ID) chainId!: string;
  @Field(() => ID) actionId!: string;
  @Field({ description: 'What was done.' }) note!: string;
  @Field(() => [EvidenceInput], { defaultValue: [], description: 'Documents by hash, e.g. a photo of the new anchor.' }) evidence!: EvidenceInput[];
}

@InputType()
export class VerifyCorrectiveActionInput extends CommandInput {
  @Field(() => ID) chainId!: string;
  @Field(() => ID) actionId!: string;
}

@InputType()
export class ReopenCorrectiveActionInput extends CommandInput {
  @Field(() => ID) chainId!: string;
  @Field(() => ID) actionId!: string;
  @Field({ description: 'Why the fix does not do.' }) reason!: string;
}

@ObjectType({ isAbstract: true })
export abstract class CorrectiveActionPayload extends CommandPayload {
  @Field(() => ID) actionId!: string;
}

@ObjectType() export class AssignCorrectiveActionPayload extends CorrectiveActionPayload {}
@ObjectType() export class CommentOnCorrectiveActionPayload extends CorrectiveActionPayload {}
@ObjectType() export class CompleteCorrectiveActionPayload extends CorrectiveActionPayload {}
@ObjectType() export class VerifyCorrectiveActionPayload extends CorrectiveActionPayload {}
@ObjectType() export class ReopenCorrectiveActionPayload extends CorrectiveActionPayload {}
