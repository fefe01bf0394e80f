import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../graphql/date-time.scalar';
import type { CheckOutcome, IncidentSeverity, NotificationChannel } from '@schakel/domain';
import { CommandInput, CommandPayload } from '../../graphql/command-io';
import { CheckOutcomeEnum, IncidentSeverityEnum, NotificationChannelEnum } from '../../graphql/enums';

/**
 * The new values of a correction. Each field belongs to the entry types that allow it to be
 * corrected; a field the target entry does not allow is refused (ENTRY_FIELD_NOT_CORRECTABLE).
 */
@InputType({ description: 'The corrected values: give only the fields that change. Fields left out (or null) stay as they are.' })
export class EntryChangesInput {
  @Field(() => String, { nullable: true, description: 'ChainOpened.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'ChainOpened, IncidentReported.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'ChainOpened.' })
  siteAddress?: string | null;

  @Field(() => String, { nullable: true, description: 'PartyEngaged.' })
  scope?: string | null;

  @Field(() => String, { nullable: true, description: 'PartyEngaged: date YYYY-MM-DD.' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'EngagementEnded: date YYYY-MM-DD.' })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'EngagementEnded: the reason the link ended.' })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'VergewisCheckRecorded.' })
  summary?: string | null;

  @Field(() => CheckOutcomeEnum, { nullable: true, description: 'VergewisCheckRecorded.' })
  outcome?: CheckOutcome | null;

  @Field(() => String, { nullable: true, description: 'VergewisCheckRecorded: date YYYY-MM-DD.' })
  validUntil?: string | null;

  @Field(() => String, { nullable: true, description: 'IncidentReported.' })
  location?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'IncidentReported.' })
  happenedAt?: Date | null;

  @Field(() => IncidentSeverityEnum, { nullable: true, description: 'IncidentReported: the severity as reported (a later change is reclassifyIncident).' })
  severity?: IncidentSeverity | null;

  @Field(() => Int, { nullable: true, description: 'IncidentReported: the absence days as reported.' })
  absenceDays?: number | null;

  @Field(() => [String], { nullable: true, description: 'IncidentReported.' })
  topics?: string[] | null;

  @Field(() => NotificationChannelEnum, { nullable: true, description: 'IncidentNotified.' })
  channel?: NotificationChannel | null;

  @Field(() => String, { nullable: true, description: 'IncidentNotified.' })
  reference?: string | null;
}

@InputType({ description: 'The original entry stays visible; the correction is recorded next to it, with who, when and why.' })
export class CorrectEntryInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => ID, { description: 'The eventId of an entry your party recorded.' })
  targetEventId!: string;

  @Field()
  reason!: string;

  @Field(() => EntryChangesInput)
  changes!: EntryChangesInput;
}

@ObjectType()
export class CorrectEntryPayload extends CommandPayload {}
