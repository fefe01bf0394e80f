import { AcknowledgementChannelEnum } from '../graphql/enums';
import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import type { AcknowledgementEntry, ChainState, Interruption, KnowingWay, ReplayClock, ReplayEvent, TimelineFlag } from '@schakel/domain';
import type { ReplayStartCheck } from './replay-start-checks';
import { NoticeChannelEnum } from '../notifications/notifications.types';
import { AcknowledgementEntryEnum, KnowingWayEnum, ReplayClockEnum, TimelineFlagEnum } from './inspector.enums';

@ObjectType({ description: 'A link as it stood at the replayed moment.' })
export class ReplayLink {
  @Field(() => ID) id!: string;
  @Field(() => ID) fromPartyId!: string;
  @Field() fromPartyName!: string;
  @Field(() => ID) toPartyId!: string;
  @Field() toPartyName!: string;
  @Field() kind!: string;
  @Field() scope!: string;
  @Field() underAuthority!: boolean;
  @Field() startDate!: string;
  @Field() active!: boolean;
  @Field(() => String, { nullable: true }) endDate!: string | null;
  @Field(() => DateTimeScalar, { description: 'Valid time of the engagement.' }) engagedAt!: Date;
  @Field(() => DateTimeScalar) recordedAt!: Date;
  @Field(() => ID) eventId!: string;
}

@ObjectType()
export class ReplayAcknowledgement {
  @Field(() => ID) eventId!: string;
  @Field(() => ID) partyId!: string;
  @Field() partyName!: string;
  @Field(() => ID, { nullable: true }) workerId!: string | null;
  @Field(() => Int) version!: number;
  @Field() language!: string;
  @Field({ description: 'false: signed in a language the worker does not read (on record, not evidence of instruction).' }) understood!: boolean;
  @Field(() => AcknowledgementEntryEnum, { description: 'Whose act, from the channel and the import mark. OWN: the worker\'s (or party\'s) own act (OWN_ACCOUNT, LINK). ON_BEHALF: a manager\'s entry for the worker (PROXY). IMPORTED: brought in by a history import.' })
  entry!: AcknowledgementEntry;
  @Field(() => AcknowledgementChannelEnum, { description: "How it came in: the worker's own account or personal link (OWN_ACCOUNT, LINK) or a manager's entry on its behalf (PROXY)." })
  channel!: string;
  @Field(() => DateTimeScalar, { description: 'Valid time: when it was signed.' }) acknowledgedAt!: Date;
  @Field(() => DateTimeScalar) recordedAt!: Date;
}

@ObjectType()
export class ReplayAcknowledgementStatus {
  @Field(() => ID) partyId!: string;
  @Field(() => ID, { nullable: true }) workerId!: string | null;
  @Field({ description: 'CURRENT, STALE or MISSING at that moment.' }) status!: string;
  @Field(() => Int, { nullable: true }) acknowledgedVersion!: number | null;
}

@ObjectType({ description: 'An instruction with the version current at the replayed moment.' })
export class ReplayInstruction {
  @Field(() => ID) id!: string;
  @Field(() => ID) issuerPartyId!: string;
  @Field(() => Int) currentVersion!: number;
  @Field() title!: string;
  @Field(() => [String]) topics!: string[];
  @Field(() => DateTimeScalar) issuedAt!: Date;
  @Field(() => DateTimeScalar) recordedAt!: Date;
  @Field(() => [ReplayAcknowledgement], { description: 'Acknowledgements of the current version (not retracted) by then.' })
  acknowledgements!: ReplayAcknowledgement[];
  @Field(() => [ReplayAcknowledgementStatus]) status!: ReplayAcknowledgementStatus[];
}

@ObjectType()
export class ReplayNotification {
  @Field(() => ID) eventId!: string;
  @Field(() => ID) notifierPartyId!: string;
  @Field(() => ID, { nullable: true }) recipientPartyId!: string | null;
  @Field(() => String, { nullable: true }) recipientName!: string | null;
  @Field(() => String, { nullable: true }) recipientAuthority!: string | null;
  @Field() channel!: string;
  @Field(() => DateTimeScalar) notifiedAt!: Date;
  @Field(() => DateTimeScalar) recordedAt!: Date;
}

@ObjectType()
export class ReplayIncident {
  @Field(() => ID) id!: string;
  @Field(() => ID) eventId!: string;
  @Field() kind!: string;
  @Field(() => DateTimeScalar) happenedAt!: Date;
  @Field() location!: string;
  @Field() description!: string;
  @Field(() => [String]) topics!: string[];
  @Field(() => ID) reporterPartyId!: string;
  @Field() reporterName!: string;
  @Field() severity!: string;
  @Field(() => ID, { nullable: true }) victimPartyId!: string | null;
  @Field(() => ID, { nullable: true }) victimWorkerId!: string | null;
  @Field(() => DateTimeScalar) recordedAt!: Date;
  @Field() retracted!: boolean;
  @Field(() => [ReplayNotification]) notifications!: ReplayNotification[];
}

@ObjectType()
export class ReplayCheck {
  @Field(() => ID) id!: string;
  @Field(() => ID) checkerPartyId!: string;
  @Field(() => ID) subjectPartyId!: string;
  @Field() subject!: string;
  @Field() outcome!: string;
  @Field() summary!: string;
  @Field(() => DateTimeScalar) checkedAt!: Date;
  @Field(() => DateTimeScalar) recordedAt!: Date;
}

@ObjectType({ description: 'A finding of the rules engine as it stood at the replayed moment on the replayed clock.' })
export class ReplayFinding {
  @Field() ruleId!: string;
  @Field() title!: string;
  @Field({ description: 'The legal basis, e.g. "Arbowet 9(1)".' }) basis!: string;
  @Field(() => [ID]) partyIds!: string[];
  @Field(() => DateTimeScalar) arisenAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) resolvedAt!: Date | null;
  @Field() explanation!: string;
  @Field(() => String, { nullable: true }) policyNote!: string | null;
  @Field(() => [ID]) evidenceEventIds!: string[];
}

/** What the findings field needs to evaluate the rules on demand (not exposed). */
/** What a chainAsOf answer was folded from, and (when the answer folded it) the state: findings reuse it rather than fold again. */
export type ChainAsOfSource = { events: readonly ReplayEvent[]; asOf: string; clock: ReplayClock; interrupt?: Interruption; state?: ChainState };

@ObjectType({ description: 'A chain folded from the log up to a moment on one clock.' })
export class ChainAsOf {
  /** Kept for the findings field, which is evaluated only when asked for. */
  source?: ChainAsOfSource;
  /** The gate's start checks at that moment, for the startChecks field (which pages them). */
  startCheckList?: ReplayStartCheck[];

  @Field(() => ID) chainId!: string;
  @Field() name!: string;
  @Field(() => ID) principalPartyId!: string;
  @Field(() => DateTimeScalar) asOf!: Date;
  @Field(() => ReplayClockEnum) clock!: ReplayClock;
  @Field(() => Int, { description: 'How many events of the chain the fold used.' }) eventCount!: number;
  @Field(() => [ReplayLink]) activeLinks!: ReplayLink[];
  @Field(() => [ReplayLink]) endedLinks!: ReplayLink[];
  @Field(() => Int, { description: 'How many links were active then (`activeLinks` pages them).' }) activeLinkCount!: number;
  @Field(() => Int, { description: 'How many links had ended by then (`endedLinks` pages them).' }) endedLinkCount!: number;
  @Field(() => Int, { description: 'How many incidents were reported by then and not retracted (`incidents` pages every one).' }) incidentCount!: number;
  @Field(() => [ReplayInstruction]) instructions!: ReplayInstruction[];
  @Field(() => [ReplayIncident]) incidents!: ReplayIncident[];
  @Field(() => [ReplayCheck]) checks!: ReplayCheck[];
}

@ObjectType()
export class TimelineEntry {
  @Field(() => Int, { description: 'Position in the chain stream (log order).' }) position!: number;
  @Field(() => Int, { description: 'Place on the chosen clock among every entry of the chain, whatever the filter (0-based): where a slider over them all stands at this entry.' }) step!: number;
  @Field(() => ID) eventId!: string;
  @Field() type!: string;
  @Field(() => ID, { nullable: true }) actorPartyId!: string | null;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field(() => DateTimeScalar) occurredAt!: Date;
  @Field(() => DateTimeScalar) recordedAt!: Date;
  @Field() summary!: string;
  @Field(() => [ID]) partyIds!: string[];
  @Field(() => [ID]) linkIds!: string[];
  @Field(() => [TimelineFlagEnum]) flags!: TimelineFlag[];
  @Field(() => [ID], { description: 'Incidents this entry is backdated across.' }) recordedAfterIncidentIds!: string[];
  @Field(() => EntryImport, { nullable: true, description: 'Set when the entry was brought in by a history import.' }) imported!: EntryImport | null;
}

@ObjectType({ description: 'How an imported entry came in: recorded at the import, dated as the file claimed.' })
export class EntryImport {
  @Field(() => ID) importId!: string;
  @Field({ description: 'SHA-256 (hex) of the imported file\'s bytes.' }) sourceSha256!: string;
  @Field(() => ID, { nullable: true, description: 'The party whose manager imported it.' }) importerPartyId!: string | null;
  @Field(() => String, { nullable: true }) importerName!: string | null;
}

@ObjectType()
export class Timeline {
  @Field(() => Int, { description: 'Entries matching the filter, before limit/offset.' }) total!: number;
  @Field(() => DateTimeScalar, { nullable: true, description: 'The first moment of the whole history on the chosen clock, whatever the filter; null without entries.' }) firstAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'The last moment of the whole history on the chosen clock, whatever the filter; null without entries.' }) lastAt!: Date | null;
  @Field(() => [TimelineEntry]) entries!: TimelineEntry[];
}

@InputType()
export class TimelineFilterInput {
  @Field(() => ID, { nullable: true, description: 'Entries recorded by this party or naming it.' }) partyId?: string | null;
  @Field(() => ID, { nullable: true }) linkId?: string | null;
  @Field(() => [String], { nullable: true, description: 'Event types, e.g. ["IncidentReported"].' }) types?: string[] | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Period start on the chosen clock (inclusive).' }) from?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Period end on the chosen clock (inclusive).' }) to?: Date | null;
  @Field(() => Float, { nullable: true, description: 'LATE_ENTRY threshold in hours; default 24.' }) lateEntryHours?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Only the entries a strip of the history marks: incidents reported, and entries with a flag (recorded after an incident, late, imported).' }) marked?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'At most this many entries (default and max 500).' }) limit?: number | null;
  @Field(() => Int, { nullable: true }) offset?: number | null;
}

@ObjectType()
export class KnowingEvidence {
  @Field(() => KnowingWayEnum) how!: KnowingWay;
  @Field(() => ID) eventId!: string;
  @Field(() => DateTimeScalar) occurredAt!: Date;
  @Field(() => DateTimeScalar) recordedAt!: Date;
  @Field(() => ID, { nullable: true }) incidentId!: string | null;
  @Field(() => AcknowledgementChannelEnum, { nullable: true, description: 'ACKNOWLEDGED only: whose act the acknowledgement is.' })
  channel?: string | null;
  @Field(() => String, { nullable: true, description: 'ASKED_TO_FIX, COMPLETED_FIX, VERIFIED_FIX: what the corrective action asked, e.g. "fix the scaffold anchor".' })
  action?: string | null;
  @Field(() => NoticeChannelEnum, { nullable: true, description: 'SENT only: how Schakel sent it (sent, never proof it was read).' })
  noticeChannel?: string | null;
}

@ObjectType({ description: 'A party (or one of its workers, or an authority) that knew, from when and how.' })
export class Knower {
  @Field(() => ID, { nullable: true }) partyId!: string | null;
  @Field(() => String, { nullable: true }) partyName!: string | null;
  @Field(() => ID, { nullable: true }) workerId!: string | null;
  @Field(() => String, { nullable: true, description: 'The worker by name (null when it is not known).' }) workerName!: string | null;
  @Field(() => String, { nullable: true, description: 'An authority that was notified (NLA).' }) authority!: string | null;
  @Field(() => DateTimeScalar, { description: 'The earliest recordedAt it knew from.' }) since!: Date;
  @Field(() => KnowingWayEnum) how!: KnowingWay;
  @Field(() => [KnowingEvidence]) ways!: KnowingEvidence[];
}

@ObjectType()
export class WhoKnew {
  @Field(() => [ID]) incidentIds!: string[];
  @Field(() => [Knower]) knowers!: Knower[];
}

@ObjectType()
export class EarlierNearMiss {
  @Field(() => ReplayIncident) incident!: ReplayIncident;
  @Field(() => [String], { description: 'LOCATION and/or TOPIC.' }) matchedOn!: string[];
  @Field(() => [Knower], { description: 'Who reported it and who was notified, up to the accident.' }) knowers!: Knower[];
}

@ObjectType()
export class RecordedAfterEntry {
  @Field(() => ID) eventId!: string;
  @Field() type!: string;
  @Field(() => DateTimeScalar) occurredAt!: Date;
  @Field(() => DateTimeScalar) recordedAt!: Date;
  @Field() summary!: string;
  @Field({ description: 'Brought in by a history import.' }) imported!: boolean;
}

@ObjectType({ description: 'Story 4 in one answer: the chain at the moment of an accident, and who knew what.' })
export class AccidentReplay {
  @Field(() => ReplayIncident) incident!: ReplayIncident;
  @Field(() => DateTimeScalar) happenedAt!: Date;
  @Field(() => [ReplayLink]) activeLinks!: ReplayLink[];
  @Field(() => [ReplayInstruction]) instructions!: ReplayInstruction[];
  @Field(() => [EarlierNearMiss]) earlierNearMisses!: EarlierNearMiss[];
  @Field(() => [Knower]) accidentKnowers!: Knower[];
  @Field(() => [RecordedAfterEntry], { description: 'Entries of this answer dated before the accident but recorded after it.' })
  recordedAfterAccident!: RecordedAfterEntry[];
}

@ObjectType()
export class EvidencePublicKey {
  @Field({ description: 'Ed25519 public key, SPKI PEM.' }) pem!: string;
  @Field({ description: 'SHA-256 fingerprint of the key.' }) fingerprint!: string;
  @Field() algorithm!: string;
}

@ObjectType()
export class EvidenceBundleExport {
  @Field({ description: 'The bundle file (JSON); check it offline with `schakel verify-bundle`.' }) json!: string;
  @Field(() => Int) eventCount!: number;
  @Field(() => Int) treeSize!: number;
  @Field() rootHash!: string;
  @Field() keyFingerprint!: string;
}

@ObjectType({ description: 'An RFC 6962 consistency proof: the log of fromSize events is a prefix of the log of toSize events, whose head is signed.' })
export class ConsistencyProofExport {
  @Field({ description: 'The proof file (JSON); check it offline with `schakel verify-consistency OLD_BUNDLE FILE`.' }) json!: string;
  @Field(() => Int) fromSize!: number;
  @Field(() => Int) toSize!: number;
  @Field({ description: 'Merkle root of the first fromSize events, lowercase hex.' }) fromRoot!: string;
  @Field({ description: 'Merkle root of the first toSize events, lowercase hex; signed in the file.' }) toRoot!: string;
  @Field(() => [String], { description: 'The proof hashes, lowercase hex, in the order of RFC 6962 §2.1.2.' }) proof!: string[];
  @Field() keyFingerprint!: string;
}
