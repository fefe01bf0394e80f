import type {
  AccidentReplay as AccidentReplayAnswer,
  AsOfInstruction,
  ChainAsOf as ChainAsOfAnswer,
  CheckState,
  IncidentState,
  Knower as KnowerAnswer,
  LinkState,
  TimelineEntry as TimelineEntryAnswer,
} from '@schakel/domain';
import type {
  AccidentReplay,
  ChainAsOf,
  Knower,
  ReplayCheck,
  ReplayIncident,
  ReplayInstruction,
  ReplayLink,
  TimelineEntry,
} from './inspector.types';
import { preventionOf } from '@schakel/domain';
import { toReplayStartCheck } from './replay-start-checks';

// Domain answers (ISO text) → GraphQL objects (Dates, party names).

type NameOf = (partyId: string) => string;
const at = (iso: string): Date => new Date(iso);

export function toReplayLink(link: LinkState, nameOf: NameOf): ReplayLink {
  return {
    id: link.linkId,
    fromPartyId: link.fromPartyId,
    fromPartyName: nameOf(link.fromPartyId),
    toPartyId: link.toPartyId,
    toPartyName: nameOf(link.toPartyId),
    kind: link.kind,
    scope: link.scope,
    underAuthority: link.underAuthority,
    startDate: link.startDate,
    active: link.status === 'ACTIVE',
    endDate: link.endDate,
    engagedAt: at(link.engaged.occurredAt),
    recordedAt: at(link.engaged.recordedAt),
    eventId: link.engaged.eventId,
  };
}

export function toReplayInstruction(instruction: AsOfInstruction, nameOf: NameOf): ReplayInstruction {
  return {
    id: instruction.instructionId,
    issuerPartyId: instruction.issuerPartyId,
    currentVersion: instruction.currentVersion,
    title: instruction.title,
    topics: instruction.topics,
    issuedAt: at(instruction.issuedAt),
    recordedAt: at(instruction.recordedAt),
    acknowledgements: instruction.acknowledgements.map((a) => ({
      ...a,
      partyName: nameOf(a.partyId),
      acknowledgedAt: at(a.acknowledgedAt),
      recordedAt: at(a.recordedAt),
    })),
    status: instruction.status.map((s) => ({ partyId: s.partyId, workerId: s.workerId, status: s.status, acknowledgedVersion: s.acknowledgedVersion })),
  };
}

export function toReplayIncident(incident: IncidentState, nameOf: NameOf): ReplayIncident {
  return {
    id: incident.incidentId,
    eventId: incident.stamp.eventId,
    kind: incident.kind,
    happenedAt: at(incident.happenedAt),
    location: incident.location,
    description: incident.description,
    topics: incident.topics,
    reporterPartyId: incident.reporterPartyId,
    reporterName: nameOf(incident.reporterPartyId),
    severity: incident.severity,
    victimPartyId: incident.victim?.partyId ?? null,
    victimWorkerId: incident.victim?.workerId ?? null,
    recordedAt: at(incident.stamp.recordedAt),
    retracted: incident.retraction !== null,
    notifications: incident.notifications.map((n) => ({
      eventId: n.stamp.eventId,
      notifierPartyId: n.notifierPartyId,
      recipientPartyId: n.recipient.kind === 'PARTY' ? n.recipient.partyId : null,
      recipientName: n.recipient.kind === 'PARTY' ? nameOf(n.recipient.partyId) : null,
      recipientAuthority: n.recipient.kind === 'AUTHORITY' ? n.recipient.authority : null,
      channel: n.channel,
      notifiedAt: at(n.stamp.occurredAt),
      recordedAt: at(n.stamp.recordedAt),
    })),
  };
}

function toReplayCheck(check: CheckState): ReplayCheck {
  return {
    id: check.checkId,
    checkerPartyId: check.checkerPartyId,
    subjectPartyId: check.subjectPartyId,
    subject: check.subject,
    outcome: check.outcome,
    summary: check.summary,
    checkedAt: at(check.stamp.occurredAt),
    recordedAt: at(check.stamp.recordedAt),
  };
}

export function toChainAsOf(chainId: string, answer: ChainAsOfAnswer, nameOf: NameOf): ChainAsOf {
  const opened = answer.state.status === 'Opened' ? answer.state : null;
  return {
    chainId,
    name: opened?.name ?? '',
    principalPartyId: opened?.principalPartyId ?? '',
    asOf: at(answer.asOf),
    clock: answer.clock,
    eventCount: answer.eventCount,
    activeLinks: answer.activeLinks.map((l) => toReplayLink(l, nameOf)),
    endedLinks: answer.endedLinks.map((l) => toReplayLink(l, nameOf)),
    activeLinkCount: answer.activeLinks.length,
    endedLinkCount: answer.endedLinks.length,
    incidentCount: answer.incidents.filter((i) => i.retraction === null).length,
    instructions: answer.instructions.map((i) => toReplayInstruction(i, nameOf)),
    incidents: answer.incidents.map((i) => toReplayIncident(i, nameOf)),
    checks: answer.checks.map(toReplayCheck),
    startCheckList: opened ? preventionOf(opened).startChecks.map((c) => toReplayStartCheck(c, nameOf)) : [],
  };
}

export function toTimelineEntry(entry: TimelineEntryAnswer, nameOf: NameOf): TimelineEntry {
  return {
    ...entry,
    actorName: entry.actorPartyId ? nameOf(entry.actorPartyId) : null,
    occurredAt: at(entry.occurredAt),
    recordedAt: at(entry.recordedAt),
    imported: entry.imported
      ? { ...entry.imported, importerName: entry.imported.importerPartyId ? nameOf(entry.imported.importerPartyId) : null }
      : null,
  };
}

export function toKnower(knower: KnowerAnswer, nameOf: NameOf): Knower {
  return {
    partyId: knower.partyId,
    partyName: knower.partyId ? nameOf(knower.partyId) : null,
    workerId: knower.workerId,
    // a name lookup answers an unknown id with the id itself: never shown as a name
    workerName: knower.workerId && nameOf(knower.workerId) !== knower.workerId ? nameOf(knower.workerId) : null,
    authority: knower.authority,
    since: at(knower.since),
    how: knower.how,
    ways: knower.ways.map((w) => ({ ...w, channel: w.channel ?? null, action: w.action ?? null, noticeChannel: w.noticeChannel ?? null, occurredAt: at(w.occurredAt), recordedAt: at(w.recordedAt) })),
  };
}

export function toAccidentReplay(answer: AccidentReplayAnswer, nameOf: NameOf): AccidentReplay {
  return {
    incident: toReplayIncident(answer.incident, nameOf),
    happenedAt: at(answer.happenedAt),
    activeLinks: answer.activeLinks.map((l) => toReplayLink(l, nameOf)),
    instructions: answer.instructions.map((i) => toReplayInstruction(i, nameOf)),
    earlierNearMisses: answer.earlierNearMisses.map((n) => ({
      incident: toReplayIncident(n.incident, nameOf),
      matchedOn: n.matchedOn,
      knowers: n.knowers.map((k) => toKnower(k, nameOf)),
    })),
    accidentKnowers: answer.accidentKnowers.map((k) => toKnower(k, nameOf)),
    recordedAfterAccident: answer.recordedAfterAccident.map((e) => ({ ...e, occurredAt: at(e.occurredAt), recordedAt: at(e.recordedAt) })),
  };
}
