import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { Finding } from '../compliance/findings/finding.types';

@ObjectType({ description: 'Something new in a chain that you may see: refetch what you show of it.' })
export class ChainChange {
  @Field(() => ID)
  chainId!: string;

  @Field(() => ID, { description: 'The entry in the log.' })
  eventId!: string;

  @Field({ description: 'What kind of entry, e.g. SafetyInstructionAcknowledged.' })
  eventType!: string;

  @Field(() => DateTimeScalar, { description: 'When it happened, as recorded.' })
  occurredAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  recordedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The party that recorded it, by name; null for Schakel itself.' })
  byPartyName!: string | null;

  @Field(() => String, { nullable: true, description: 'The worker who recorded it with their own token or personal link, by name.' })
  byWorkerName!: string | null;
}

export type FindingChangeKind = 'AROSE' | 'RESOLVED';
const FindingChangeKindEnum = { AROSE: 'AROSE', RESOLVED: 'RESOLVED' } as const satisfies Record<FindingChangeKind, FindingChangeKind>;
registerEnumType(FindingChangeKindEnum, { name: 'FindingChangeKind', description: 'A finding arose, or an open one was resolved.' });

@ObjectType({ description: 'A finding of a chain that arose or was resolved, about a party you may see.' })
export class FindingChange {
  @Field(() => ID)
  chainId!: string;

  @Field(() => FindingChangeKindEnum)
  change!: FindingChangeKind;

  @Field(() => Finding)
  finding!: Finding;
}
