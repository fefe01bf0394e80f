import { channelOfAcknowledgement } from '../chain/instructions/acknowledgement-channel';
import type { AcknowledgementChannel, IncidentNotified, IncidentReported, SafetyInstructionAcknowledged, SafetyInstructionIssued, SafetyInstructionPassedDown, VergewisCheckRecorded } from '../chain/chain.events';
import type { CoordinatorDirectionAcknowledged, CoordinatorDirectionIssued } from '../chain/duties/duty.events';
import type { ActionSubject, CorrectiveActionAssigned } from '../chain/prevention/prevention.events';
import type { NoticeChannel, NoticeSent } from '../notifications/notice.events';
import type { Interruption } from './interruption';
import type { ReplayEvent } from './replay-event';
import { instantMs } from './replay-event';

/** SENT: Schakel e-mailed it or posted it to the party's webhook; a message sent, never proof it was read. */
export const knowingWays = ['RECORDED_IT', 'NOTIFIED', 'RECEIVED_PASSED_DOWN', 'ACKNOWLEDGED', 'ASKED_TO_FIX', 'COMPLETED_FIX', 'VERIFIED_FIX', 'SENT'] as const;
export type KnowingWay = (typeof knowingWays)[number];

/** One way a party (or one of its workers, or an authority) came to know, from one entry. */
export type KnowingEvidence = {
  how: KnowingWay;
  eventId: string;
  occurredAt: string;
  recordedAt: string;
  incidentId: string | null;
  /** ASKED_TO_FIX, COMPLETED_FIX, VERIFIED_FIX: what the corrective action asked ("fix the scaffold anchor"). */
  action?: string;
  /** ACKNOWLEDGED only: the worker's own act (OWN_ACCOUNT, LINK) or a manager's entry for it (PROXY). */
  channel?: AcknowledgementChannel;
  /** SENT only: how Schakel sent it. */
  noticeChannel?: NoticeChannel;
};

/** Who knew, from when (the earliest recordedAt), how first, and every way after. */
export type Knower = {
  partyId: string | null;
  workerId: string | null;
  /** Set for an authority (NLA) that was notified. */
  authority: string | null;
  since: string;
  how: KnowingWay;
  ways: KnowingEvidence[];
};

export type WhoKnewSubject =
  | { kind: 'INCIDENT'; incidentId: string }
  | { kind: 'INSTRUCTION'; instructionId: string }
  /** A hazard: incidents reported with this topic or at this location (either matches). */
  | { kind: 'HAZARD'; topic?: string | null; location?: string | null }
  /** A coordinator's direction: who issued it, to whom, who took note, and who was asked to act on it. */
  | { kind: 'DIRECTION'; directionId: string }
  /** A finding, as corrective actions name it (its rule and the instant it arose): who was asked to fix it. */
  | { kind: 'FINDING'; ruleId: string; arisenAt: string };

export type WhoKnewAnswer = {
  subject: WhoKnewSubject;
  /** The incidents the answer is about (one for INCIDENT, the matches for HAZARD). */
  incidentIds: string[];
  knowers: Knower[];
};

/** Locations compare without case and surrounding or repeated spaces. */
export function sameLocation(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a) === norm(b);
}

export function sharesTopic(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a.map((t) => t.toUpperCase()));
  return b.some((t) => set.has(t.toUpperCase()));
}

class Knowledge {
  private readonly rows = new Map<string, Knower>();

  add(
    who: { partyId?: string | null; workerId?: string | null; authority?: string | null },
    how: KnowingWay,
    event: ReplayEvent,
    incidentId: string | null = null,
    channel?: AcknowledgementChannel,
    action?: string,
    noticeChannel?: NoticeChannel,
  ): void {
    const partyId = who.partyId ?? null;
    const workerId = who.workerId ?? null;
    const authority = who.authority ?? null;
    const key = `${partyId}|${workerId}|${authority}`;
    const evidence: KnowingEvidence = {
      how,
      eventId: event.meta.eventId,
      occurredAt: event.meta.occurredAt,
      recordedAt: event.meta.recordedAt,
      incidentId,
      ...(channel ? { channel } : {}),
      ...(action !== undefined ? { action } : {}),
      ...(noticeChannel ? { noticeChannel } : {}),
    };
    const row = this.rows.get(key);
    if (!row) {
      this.rows.set(key, { partyId, workerId, authority, since: evidence.recordedAt, how, ways: [evidence] });
      return;
    }
    row.ways.push(evidence);
    if (instantMs(evidence.recordedAt) < instantMs(row.since)) {
      row.since = evidence.recordedAt;
      row.how = how;
    }
  }

  list(): Knower[] {
    const byTime = (a: { recordedAt: string }, b: { recordedAt: string }) => instantMs(a.recordedAt) - instantMs(b.recordedAt);
    return [...this.rows.values()]
      .map((row) => ({ ...row, ways: row.ways.slice().sort(byTime) }))
      .sort((a, b) => instantMs(a.since) - instantMs(b.since));
  }
}

/** Learns from one event; true when it was a corrective action's (handled or not about the subject). */
type ActionLearner = (event: ReplayEvent) => boolean;

/**
 * Corrective actions on a subject (the one answer for incidents, findings and directions): the
 * assigner recorded it, the assignee was asked to fix it, then completed it; the assigner verified.
 * `subjectKey` names the subject an action follows up, or null when the answer is not about it.
 */
function actionLearner(knowledgeOf: (key: string) => Knowledge, subjectKey: (subject: ActionSubject) => string | null): ActionLearner {
  const actions = new Map<string, { key: string; incidentId: string | null; description: string }>();
  return (event) => {
    if (event.type === 'CorrectiveActionAssigned') {
      const d = (event as CorrectiveActionAssigned).data;
      const key = subjectKey(d.subject);
      if (key === null) return true;
      const incidentId = d.subject.kind === 'INCIDENT' ? d.subject.incidentId : null;
      actions.set(d.actionId, { key, incidentId, description: d.description });
      knowledgeOf(key).add({ partyId: d.assignedByPartyId }, 'RECORDED_IT', event, incidentId, undefined, d.description);
      knowledgeOf(key).add({ partyId: d.assigneePartyId }, 'ASKED_TO_FIX', event, incidentId, undefined, d.description);
      return true;
    }
    if (event.type === 'CorrectiveActionCompleted' || event.type === 'CorrectiveActionVerified') {
      const d = event.data as { actionId: string; byPartyId: string };
      const action = actions.get(d.actionId);
      const how = event.type === 'CorrectiveActionCompleted' ? 'COMPLETED_FIX' : 'VERIFIED_FIX';
      if (action) knowledgeOf(action.key).add({ partyId: d.byPartyId }, how, event, action.incidentId, undefined, action.description);
      return true;
    }
    return false;
  };
}

/** The key a finding has in corrective actions: its rule and the instant it arose. */
const findingKey = (ruleId: string, arisenAt: string) => `${ruleId}@${instantMs(arisenAt)}`;

function learnIncident(knowledgeOf: (incidentId: string) => Knowledge, events: readonly ReplayEvent[], incidentIds: ReadonlySet<string>): void {
  // corrective actions on these incidents: who was asked to fix what
  const learnAction = actionLearner(knowledgeOf, (subject) =>
    subject.kind === 'INCIDENT' && subject.incidentId !== null && incidentIds.has(subject.incidentId) ? subject.incidentId : null,
  );
  for (const event of events) {
    if (learnAction(event)) continue;
    switch (event.type) {
      case 'IncidentReported': {
        const d = (event as IncidentReported).data;
        if (incidentIds.has(d.incidentId)) knowledgeOf(d.incidentId).add({ partyId: d.reporterPartyId }, 'RECORDED_IT', event, d.incidentId);
        break;
      }
      case 'IncidentNotified': {
        const d = (event as IncidentNotified).data;
        if (!incidentIds.has(d.incidentId)) break;
        knowledgeOf(d.incidentId).add({ partyId: d.notifierPartyId }, 'RECORDED_IT', event, d.incidentId);
        if (d.recipient.kind === 'PARTY') knowledgeOf(d.incidentId).add({ partyId: d.recipient.partyId }, 'NOTIFIED', event, d.incidentId);
        else knowledgeOf(d.incidentId).add({ authority: d.recipient.authority }, 'NOTIFIED', event, d.incidentId);
        break;
      }
      case 'IncidentReclassified': {
        const d = event.data as { incidentId: string; reclassifiedByPartyId: string };
        if (incidentIds.has(d.incidentId)) knowledgeOf(d.incidentId).add({ partyId: d.reclassifiedByPartyId }, 'RECORDED_IT', event, d.incidentId);
        break;
      }
      case 'NoticeSent': {
        const d = (event as NoticeSent).data;
        const incidentId = d.subject.incidentId;
        if (incidentId && incidentIds.has(incidentId)) learnSent(knowledgeOf(incidentId), event, incidentId);
        break;
      }
      case 'VergewisCheckRecorded': {
        const d = (event as VergewisCheckRecorded).data;
        if (d.relatedIncidentId && incidentIds.has(d.relatedIncidentId)) knowledgeOf(d.relatedIncidentId).add({ partyId: d.checkerPartyId }, 'RECORDED_IT', event, d.relatedIncidentId);
        break;
      }
    }
  }
}

/** A message Schakel sent about the subject (events of the chain's notices stream, when given). */
function learnSent(knowledge: Knowledge, event: ReplayEvent, incidentId: string | null): void {
  const { recipient, channel } = (event as NoticeSent).data;
  knowledge.add({ partyId: recipient.partyId, workerId: recipient.workerId }, 'SENT', event, incidentId, undefined, undefined, channel);
}

function learnDirection(knowledge: Knowledge, events: readonly ReplayEvent[], directionId: string): void {
  const learnAction = actionLearner(() => knowledge, (subject) => (subject.kind === 'DIRECTION' && subject.directionId === directionId ? directionId : null));
  for (const event of events) {
    if (learnAction(event)) continue;
    if (event.type === 'CoordinatorDirectionIssued') {
      const d = (event as CoordinatorDirectionIssued).data;
      if (d.directionId !== directionId) continue;
      knowledge.add({ partyId: d.coordinatorPartyId }, 'RECORDED_IT', event);
      // the coordinator addressed them: told, which is not yet taking note
      for (const partyId of d.addresseePartyIds) knowledge.add({ partyId }, 'NOTIFIED', event);
    } else if (event.type === 'CoordinatorDirectionAcknowledged') {
      const d = (event as CoordinatorDirectionAcknowledged).data;
      if (d.directionId === directionId) knowledge.add({ partyId: d.partyId }, 'ACKNOWLEDGED', event);
    }
  }
}

function learnFinding(knowledge: Knowledge, events: readonly ReplayEvent[], ruleId: string, arisenAt: string): void {
  const wanted = findingKey(ruleId, arisenAt);
  const learnAction = actionLearner(
    () => knowledge,
    (subject) => (subject.kind === 'FINDING' && subject.ruleId !== null && subject.findingArisenAt !== null && findingKey(subject.ruleId, subject.findingArisenAt) === wanted ? wanted : null),
  );
  for (const event of events) {
    if (learnAction(event)) continue;
    if (event.type === 'NoticeSent') {
      // Schakel told the duty bearer it arose, or that its deadline was near
      const { ruleId: sentRule, findingArisenAt } = (event as NoticeSent).data.subject;
      if (sentRule && findingArisenAt && findingKey(sentRule, findingArisenAt) === wanted) learnSent(knowledge, event, null);
    }
  }
}

function learnInstruction(knowledge: Knowledge, events: readonly ReplayEvent[], instructionId: string): void {
  for (const event of events) {
    if (event.type === 'NoticeSent') {
      if ((event as NoticeSent).data.subject.instructionId === instructionId) learnSent(knowledge, event, null);
      continue;
    }
    const d = event.data as { instructionId?: string; relatedInstructionId?: string | null };
    if (d.instructionId !== instructionId && d.relatedInstructionId !== instructionId) continue;
    switch (event.type) {
      case 'SafetyInstructionIssued':
        knowledge.add({ partyId: (event as SafetyInstructionIssued).data.issuerPartyId }, 'RECORDED_IT', event);
        break;
      case 'SafetyInstructionPassedDown': {
        const p = (event as SafetyInstructionPassedDown).data;
        knowledge.add({ partyId: p.fromPartyId }, 'RECORDED_IT', event);
        knowledge.add({ partyId: p.toPartyId }, 'RECEIVED_PASSED_DOWN', event);
        break;
      }
      case 'SafetyInstructionAcknowledged': {
        const a = (event as SafetyInstructionAcknowledged).data;
        knowledge.add({ partyId: a.partyId, workerId: a.workerId }, 'ACKNOWLEDGED', event, null, channelOfAcknowledgement(event as SafetyInstructionAcknowledged));
        break;
      }
      case 'VergewisCheckRecorded':
        knowledge.add({ partyId: (event as VergewisCheckRecorded).data.checkerPartyId }, 'RECORDED_IT', event);
        break;
    }
  }
}

/** Incidents matching a hazard: reported with the topic, or at the location. */
export function hazardIncidents(events: readonly ReplayEvent[], topic: string | null | undefined, location: string | null | undefined): IncidentReported['data'][] {
  return events
    .filter((e) => e.type === 'IncidentReported')
    .map((e) => (e as IncidentReported).data)
    .filter((d) => (topic ? sharesTopic(d.topics, [topic]) : false) || (location ? sameLocation(d.location, location) : false));
}

/**
 * Who knew of an incident, an instruction, a hazard, a coordinator's direction or a finding's follow-up, from the whole log (in log order): a
 * party knew from the earliest recorded moment it recorded, was notified of, received or
 * acknowledged it. Retractions do not undo knowing.
 */
export function whoKnew(events: readonly ReplayEvent[], subject: WhoKnewSubject, interrupt?: Interruption): WhoKnewAnswer {
  interrupt?.throwIfAborted();
  const knowledge = new Knowledge();
  let incidentIds: string[] = [];
  switch (subject.kind) {
    case 'INCIDENT':
      incidentIds = events.some((e) => e.type === 'IncidentReported' && (e.data as { incidentId: string }).incidentId === subject.incidentId) ? [subject.incidentId] : [];
      learnIncident(() => knowledge, events, new Set(incidentIds));
      break;
    case 'INSTRUCTION':
      learnInstruction(knowledge, events, subject.instructionId);
      break;
    case 'HAZARD':
      incidentIds = hazardIncidents(events, subject.topic, subject.location).map((d) => d.incidentId);
      learnIncident(() => knowledge, events, new Set(incidentIds));
      break;
    case 'DIRECTION':
      learnDirection(knowledge, events, subject.directionId);
      break;
    case 'FINDING':
      learnFinding(knowledge, events, subject.ruleId, subject.arisenAt);
      break;
  }
  interrupt?.throwIfAborted();
  return { subject, incidentIds, knowers: knowledge.list() };
}

/** Who knew of each of several incidents, in one pass over the log. */
export function whoKnewIncidents(events: readonly ReplayEvent[], incidentIds: readonly string[]): Map<string, Knower[]> {
  const byIncident = new Map(incidentIds.map((id) => [id, new Knowledge()]));
  learnIncident((id) => byIncident.get(id) as Knowledge, events, new Set(incidentIds));
  return new Map([...byIncident].map(([id, knowledge]) => [id, knowledge.list()]));
}
