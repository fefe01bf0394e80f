import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ActionStatus, ActionSubjectKind } from '@schakel/domain';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { ActionStatusEnum, ActionSubjectKindEnum } from './corrective-action.inputs';

@ObjectType({ description: 'A document by its SHA-256 hash.' })
export class ActionEvidence {
  @Field() name!: string;
  @Field() sha256!: string;
}

@ObjectType({ description: 'One comment of an action\'s thread: plain text, to be shown escaped.' })
export class ActionComment {
  @Field(() => ID) eventId!: string;
  @Field(() => ID) byPartyId!: string;
  @Field() byName!: string;
  @Field() text!: string;
  @Field(() => DateTimeScalar) recordedAt!: Date;
}

@ObjectType({ description: 'What an action follows up.' })
export class ActionSubjectView {
  @Field(() => ActionSubjectKindEnum) kind!: ActionSubjectKind;
  @Field(() => String, { nullable: true }) ruleId!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) findingArisenAt!: Date | null;
  @Field(() => ID, { nullable: true }) incidentId!: string | null;
  @Field(() => ID, { nullable: true }) directionId!: string | null;
}

@ObjectType({ description: 'A corrective action: who was asked to fix what, by when, and whether they did.' })
export class CorrectiveAction {
  /** The whole thread, for the comments field (which pages it). */
  commentList?: ActionComment[];

  @Field(() => ID) id!: string;
  @Field(() => ID) chainId!: string;
  @Field(() => ActionSubjectView) subject!: ActionSubjectView;
  @Field() description!: string;
  @Field(() => ID) assigneePartyId!: string;
  @Field() assigneeName!: string;
  @Field(() => ID) assignedByPartyId!: string;
  @Field() assignedByName!: string;
  @Field(() => DateTimeScalar) assignedAt!: Date;
  @Field(() => DateTimeScalar) dueAt!: Date;
  @Field(() => ActionStatusEnum) status!: ActionStatus;
  @Field({ description: 'Open past its due date.' }) overdue!: boolean;
  @Field(() => DateTimeScalar, { nullable: true, description: 'The completion standing now (null while open).' }) completedAt!: Date | null;
  @Field(() => String, { nullable: true }) completionNote!: string | null;
  @Field(() => [ActionEvidence], { description: 'The standing completion\'s documents (at most those given with it).' }) evidence!: ActionEvidence[];
  @Field(() => DateTimeScalar, { nullable: true }) verifiedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The reason of the latest reopening, if any.' }) reopenedReason!: string | null;
}
