import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import type { ChainScope } from '../access/access-policy';
import {
  AcknowledgementChannelEnum,
  AuthorityEnum,
  CheckOutcomeEnum,
  CheckSubjectEnum,
  IncidentKindEnum,
  IncidentSeverityEnum,
  LinkKindEnum,
  NotificationChannelEnum,
  VictimRelationEnum,
} from '../graphql/enums';

export enum AcknowledgementState {
  CURRENT = 'CURRENT',
  STALE = 'STALE',
  MISSING = 'MISSING',
}
registerEnumType(AcknowledgementState, {
  name: 'AcknowledgementState',
  description: 'CURRENT: acknowledged the current version; STALE: only an older one; MISSING: none.',
});

@ObjectType({ description: 'An engagement: party `from` engaged party `to` in this chain.' })
export class Link {
  @Field(() => ID) id!: string;
  @Field(() => ID) fromPartyId!: string;
  @Field(() => ID) toPartyId!: string;
  @Field(() => LinkKindEnum) kind!: string;
  @Field() scope!: string;
  @Field({ description: 'Gezag: the from-party directs the work (always true for LENDING).' }) underAuthority!: boolean;
  @Field({ description: 'YYYY-MM-DD' }) startDate!: string;
  @Field(() => String, { nullable: true }) endDate!: string | null;
  @Field(() => String, { nullable: true }) endReason!: string | null;
  @Field() active!: boolean;
  @Field(() => DateTimeScalar) engagedAt!: Date;
  @Field(() => DateTimeScalar) recordedAt!: Date;
}

@ObjectType({ description: 'One row of the chain tree, depth first: the principal at depth 0, each engaged party under the party that engaged it.' })
export class ChainTreeNode {
  @Field(() => Int) depth!: number;
  @Field(() => ID) partyId!: string;
  @Field() partyName!: string;
  @Field(() => ID, { nullable: true, description: 'The link that brought the party in (null for the principal).' }) linkId!: string | null;
  @Field(() => ID, { nullable: true }) parentPartyId!: string | null;
  @Field(() => LinkKindEnum, { nullable: true }) kind!: string | null;
  @Field({ description: 'False when the link has ended.' }) active!: boolean;
  @Field(() => String, { nullable: true, description: 'The link\'s scope of work (null for the principal).' }) scope!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Gezag over the party (null for the principal).' }) underAuthority!: boolean | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD the link ended; null while active and for the principal.' }) endDate!: string | null;
}

@ObjectType()
export class InstructionContent {
  @Field({ description: 'ISO 639-1' }) language!: string;
  @Field() title!: string;
  @Field() body!: string;
}

@ObjectType({ description: 'A party received a version passed down a link.' })
export class InstructionReceipt {
  @Field(() => ID) partyId!: string;
  @Field(() => ID) fromPartyId!: string;
  @Field(() => ID) linkId!: string;
  @Field(() => Int) version!: number;
  @Field(() => DateTimeScalar) receivedAt!: Date;
  @Field(() => DateTimeScalar) recordedAt!: Date;
  @Field() retracted!: boolean;
}

@ObjectType()
export class Acknowledgement {
  @Field(() => ID) eventId!: string;
  @Field(() => ID) partyId!: string;
  @Field(() => ID, { nullable: true }) workerId!: string | null;
  @Field(() => Int) version!: number;
  @Field() language!: string;
  @Field({ description: 'false: signed in a language the worker does not read; on record, but it does not count for the status.' })
  understood!: boolean;
  @Field(() => AcknowledgementChannelEnum, { nullable: true, description: "Whose act: the worker's own (OWN_ACCOUNT, LINK) or a manager's entry on its behalf (PROXY)." })
  channel!: string | null;
  @Field(() => DateTimeScalar) acknowledgedAt!: Date;
  @Field(() => DateTimeScalar) recordedAt!: Date;
  @Field() retracted!: boolean;
}

@ObjectType()
export class InstructionVersion {
  @Field(() => Int) version!: number;
  @Field(() => [InstructionContent]) content!: InstructionContent[];
  @Field(() => [String]) topics!: string[];
  @Field({ description: 'SHA-256 over the canonical content and topics.' }) contentHash!: string;
  @Field() current!: boolean;
  @Field(() => DateTimeScalar) issuedAt!: Date;
  @Field(() => DateTimeScalar) recordedAt!: Date;
  @Field(() => [InstructionReceipt]) receipts!: InstructionReceipt[];
  @Field(() => [Acknowledgement]) acknowledgements!: Acknowledgement[];
}

@ObjectType({ description: 'Where a party or worker stands with the current version of an instruction.' })
export class AcknowledgementStatus {
  @Field(() => ID) partyId!: string;
  @Field(() => ID, { nullable: true }) workerId!: string | null;
  @Field(() => AcknowledgementState) status!: AcknowledgementState;
  @Field(() => Int, { nullable: true }) acknowledgedVersion!: number | null;
  @Field(() => Int, { nullable: true }) receivedVersion!: number | null;
  @Field(() => DateTimeScalar, { nullable: true }) acknowledgedAt!: Date | null;
  @Field(() => AcknowledgementChannelEnum, { nullable: true, description: 'Whose act the latest acknowledgement is.' })
  channel!: string | null;
}

@ObjectType({ description: 'A versioned safety instruction and how far it reached.' })
export class Instruction {
  @Field(() => ID) id!: string;
  @Field(() => ID) issuerPartyId!: string;
  @Field(() => Int) currentVersion!: number;
  @Field({ description: 'Title of the current version (first language).' }) title!: string;
  @Field(() => [InstructionVersion]) versions!: InstructionVersion[];
  @Field(() => [AcknowledgementStatus], { description: 'Per party and per worker, for the current version.' })
  status!: AcknowledgementStatus[];
}

@ObjectType()
export class Evidence {
  @Field() name!: string;
  @Field() sha256!: string;
  @Field(() => Int, { nullable: true, description: 'Size of the document in bytes (null when the recorder did not give it).' }) sizeBytes?: number | null;
}

@ObjectType({ description: 'An upstream party ascertained something about a downstream party or worker.' })
export class VergewisCheck {
  @Field(() => ID) id!: string;
  @Field(() => ID) checkerPartyId!: string;
  @Field(() => ID) subjectPartyId!: string;
  @Field(() => ID, { nullable: true }) subjectWorkerId!: string | null;
  @Field(() => CheckSubjectEnum) subject!: string;
  @Field(() => CheckOutcomeEnum) outcome!: string;
  @Field() summary!: string;
  @Field(() => [Evidence]) evidence!: Evidence[];
  @Field(() => String, { nullable: true }) validUntil!: string | null;
  @Field(() => ID, { nullable: true }) relatedIncidentId!: string | null;
  @Field(() => ID, { nullable: true }) relatedInstructionId!: string | null;
  @Field(() => DateTimeScalar) checkedAt!: Date;
  @Field(() => DateTimeScalar) recordedAt!: Date;
  @Field() retracted!: boolean;
}

@ObjectType()
export class IncidentVictim {
  @Field(() => ID) partyId!: string;
  @Field(() => ID, { nullable: true }) workerId!: string | null;
  @Field(() => ID, { nullable: true }) linkId!: string | null;
}

@ObjectType()
export class IncidentNotification {
  @Field(() => ID) eventId!: string;
  @Field(() => ID) notifierPartyId!: string;
  @Field(() => ID, { nullable: true }) recipientPartyId!: string | null;
  @Field(() => AuthorityEnum, { nullable: true }) recipientAuthority!: string | null;
  @Field(() => NotificationChannelEnum) channel!: string;
  @Field(() => String, { nullable: true }) reference!: string | null;
  @Field(() => DateTimeScalar) notifiedAt!: Date;
  @Field(() => DateTimeScalar) recordedAt!: Date;
  @Field() retracted!: boolean;
}

@ObjectType({ description: 'A change of severity found out later (not a correction of a mistake).' })
export class IncidentReclassification {
  @Field(() => ID) eventId!: string;
  @Field(() => IncidentSeverityEnum) severity!: string;
  @Field(() => Int) absenceDays!: number;
  @Field(() => IncidentSeverityEnum) previousSeverity!: string;
  @Field(() => Int) previousAbsenceDays!: number;
  @Field(() => DateTimeScalar) becameKnownAt!: Date;
  @Field() reason!: string;
  @Field(() => ID) byPartyId!: string;
  @Field(() => DateTimeScalar) recordedAt!: Date;
}

@ObjectType({ description: 'A correction or retraction of an earlier entry. The original stays visible.' })
export class EntryCorrection {
  @Field(() => ID) eventId!: string;
  @Field(() => ID) targetEventId!: string;
  @Field() targetType!: string;
  @Field({ description: 'CORRECTED or RETRACTED' }) kind!: string;
  @Field() reason!: string;
  @Field({ description: 'JSON object: field → new value.' }) changes!: string;
  @Field({ description: 'JSON object: field → value before.' }) previousValues!: string;
  @Field(() => ID) byPartyId!: string;
  @Field(() => DateTimeScalar) occurredAt!: Date;
  @Field(() => DateTimeScalar) recordedAt!: Date;
}

@ObjectType({ description: 'A near miss or accident with its notifications, reclassifications and corrections.' })
export class Incident {
  @Field(() => ID) id!: string;
  @Field(() => ID) reporterPartyId!: string;
  @Field(() => IncidentKindEnum) kind!: string;
  @Field(() => DateTimeScalar) happenedAt!: Date;
  @Field() location!: string;
  @Field() description!: string;
  @Field(() => [String]) topics!: string[];
  @Field(() => IncidentVictim, { nullable: true }) victim!: IncidentVictim | null;
  @Field(() => IncidentSeverityEnum, { description: 'Current: after reclassifications and corrections.' }) severity!: string;
  @Field(() => Int) absenceDays!: number;
  @Field(() => IncidentSeverityEnum, { description: 'As reported (after corrections of the report, before reclassifications).' })
  reportedSeverity!: string;
  @Field(() => Int) reportedAbsenceDays!: number;
  @Field(() => VictimRelationEnum, { nullable: true }) victimRelation!: string | null;
  @Field(() => ID, { nullable: true, description: 'The party holding gezag over the victim: it must report to the NLA.' })
  authorityHolderPartyId!: string | null;
  @Field(() => DateTimeScalar) reportedAt!: Date;
  @Field() retracted!: boolean;
  @Field(() => [IncidentNotification]) notifications!: IncidentNotification[];
  @Field(() => [IncidentReclassification]) reclassifications!: IncidentReclassification[];
  @Field(() => [EntryCorrection]) corrections!: EntryCorrection[];
}

@ObjectType({ description: 'A project or assignment with one principal at its root, and the chain of links below it.' })
export class Chain {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => String, { nullable: true }) siteAddress!: string | null;
  @Field(() => ID) principalPartyId!: string;
  @Field(() => DateTimeScalar) openedAt!: Date;
  @Field(() => Int, { description: 'The chain stream\'s version: pass it as expectedVersion to write only if nothing changed.' })
  version!: number;
  @Field({ description: 'True when the caller\'s party is the principal (and so sees every tier).' }) viewerIsPrincipal!: boolean;
  /** What the caller may see; set by the query, read by the field resolvers. */
  scope!: ChainScope;
}
