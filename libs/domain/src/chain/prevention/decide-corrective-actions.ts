import { Conflict, Invalid, NotAllowed, NotFound, RuleViolated } from '../../shared/errors';
import { parseInstant, toUtcInstant } from '../../shared/time';
import { requireOneOf, requireText } from '../../shared/values';
import type { PartyId } from '../../shared/values';
import type { OpenedChain } from '../chain.state';
import { actingPartyInChain, occurredAtOf } from '../chain-guards';
import { incidentOf } from '../chain-collections';
import { requireEvidence } from '../checks/decide-record-vergewis-check';
import { isInChain } from '../queries/chain-links';
import { canSeeIncident, incidentSightOf, subjectPartyIdsIn } from '../queries/visibility';
import type {
  AssignCorrectiveAction,
  CommentOnCorrectiveAction,
  CompleteCorrectiveAction,
  ReopenCorrectiveAction,
  VerifyCorrectiveAction,
} from './prevention.commands';
import {
  actionSubjectKinds,
  type ActionSubject,
  type CorrectiveActionAssigned,
  type CorrectiveActionCommented,
  type CorrectiveActionCompleted,
  type CorrectiveActionReopened,
  type CorrectiveActionVerified,
} from './prevention.events';
import { actionOf, canSeeAction, type ActionState } from './prevention.state';
import { boundedText } from './bounded-text';

/** A comment is plain text of at most this many characters (shown escaped everywhere). */
const MAX_COMMENT_LENGTH = 2000;
/** A thread holds at most this many comments: every list is bounded. */
const MAX_COMMENTS_PER_ACTION = 200;
const MAX_ACTION_TEXT_LENGTH = 1000;


/** Who bears the duty the subject is about, and the subject as recorded. */
function subjectOf(command: AssignCorrectiveAction, state: OpenedChain, assigner: PartyId): { subject: ActionSubject; bearers: PartyId[] } {
  const kind = requireOneOf(command.data.subjectKind, actionSubjectKinds, 'subjectKind');
  const none = { ruleId: null, findingArisenAt: null, incidentId: null, directionId: null };
  if (kind === 'FINDING') {
    const finding = command.data.finding;
    if (finding === null) throw new NotFound('FINDING_NOT_FOUND', {});
    return { subject: { ...none, kind, ruleId: finding.ruleId, findingArisenAt: finding.arisenAt }, bearers: finding.partyIds };
  }
  if (kind === 'INCIDENT') {
    const incidentId = requireText(command.data.incidentId, 'incidentId');
    const incident = incidentOf(state, incidentId);
    if (incident === null || incident.retraction !== null || !canSeeIncident(subjectPartyIdsIn(state, assigner), assigner, incidentSightOf(incident))) {
      throw new NotFound('INCIDENT_NOT_FOUND', { incidentId });
    }
    return { subject: { ...none, kind, incidentId }, bearers: [incident.authorityHolderPartyId ?? incident.reporterPartyId] };
  }
  const directionId = requireText(command.data.directionId, 'directionId');
  const direction = state.duties.directions.find((d) => d.directionId === directionId);
  const involved = direction && (direction.coordinatorPartyId === assigner || state.principalPartyId === assigner || direction.addresseePartyIds.includes(assigner));
  if (!direction || !involved) throw new NotFound('DIRECTION_NOT_FOUND', { directionId });
  return { subject: { ...none, kind, directionId }, bearers: direction.addresseePartyIds };
}

/** An action goes to a party in the chain at or below the assigner (the principal: anyone in the chain). */
function AssigneeBelowAssigner(state: OpenedChain, assigner: PartyId, assignee: PartyId): void {
  if (!isInChain(state, assignee)) throw new RuleViolated('ACTION_ASSIGNEE_NOT_IN_CHAIN', {}, 'AssigneeBelowAssigner');
  if (!subjectPartyIdsIn(state, assigner).has(assignee)) throw new NotAllowed('ACTION_ASSIGNEE_NOT_BELOW', {}, 'AssigneeBelowAssigner');
}

export function decideAssignCorrectiveAction(command: AssignCorrectiveAction, state: OpenedChain): CorrectiveActionAssigned[] {
  const description = boundedText(command.data.description, 'description', MAX_ACTION_TEXT_LENGTH);
  const dueAt = toUtcInstant(command.data.dueAt, 'dueAt');
  const assigner = actingPartyInChain(state, command.metadata);
  if (actionOf(state, command.data.actionId)) throw new Conflict('ACTION_ALREADY_ASSIGNED', {});
  if ((parseInstant(dueAt) as number) <= (parseInstant(occurredAtOf(command.metadata)) as number)) throw new Invalid('ACTION_DUE_NOT_AFTER_ASSIGNMENT', { dueAt });
  const { subject, bearers } = subjectOf(command, state, assigner);
  const assignee = command.data.assigneePartyId ?? bearers[0] ?? null;
  if (assignee === null) throw new Invalid('INPUT_REQUIRED', { field: 'assigneePartyId' });
  AssigneeBelowAssigner(state, assigner, assignee);
  return [
    {
      type: 'CorrectiveActionAssigned',
      data: { actionId: command.data.actionId, subject, description, assigneePartyId: assignee, assignedByPartyId: assigner, dueAt },
    },
  ];
}

/** The action, visible to the acting party: it is involved, or stands above one who is. */
function requireAction(state: OpenedChain, actionId: string, partyId: PartyId): ActionState {
  const action = actionOf(state, actionId);
  const subjects = subjectPartyIdsIn(state, partyId);
  if (!action || !canSeeAction(subjects, action)) throw new NotFound('ACTION_NOT_FOUND', {});
  return action;
}

export function decideCommentOnCorrectiveAction(command: CommentOnCorrectiveAction, state: OpenedChain): CorrectiveActionCommented[] {
  const text = boundedText(command.data.text, 'text', MAX_COMMENT_LENGTH);
  const partyId = actingPartyInChain(state, command.metadata);
  const action = requireAction(state, command.data.actionId, partyId);
  // the thread is between the parties involved; those above them read it
  if (partyId !== action.assigneePartyId && partyId !== action.assignedByPartyId) throw new NotAllowed('ACTION_NOT_INVOLVED', {});
  if (action.comments.length >= MAX_COMMENTS_PER_ACTION) throw new RuleViolated('ACTION_THREAD_FULL', { max: String(MAX_COMMENTS_PER_ACTION) });
  return [{ type: 'CorrectiveActionCommented', data: { actionId: action.actionId, commentId: command.data.commentId, text, byPartyId: partyId } }];
}

export function decideCompleteCorrectiveAction(command: CompleteCorrectiveAction, state: OpenedChain): CorrectiveActionCompleted[] {
  const note = boundedText(command.data.note, 'note', MAX_ACTION_TEXT_LENGTH);
  const evidence = requireEvidence(command.data.evidence);
  const partyId = actingPartyInChain(state, command.metadata);
  const action = requireAction(state, command.data.actionId, partyId);
  if (partyId !== action.assigneePartyId) throw new NotAllowed('ACTION_NOT_ASSIGNEE', {});
  if (action.status !== 'OPEN') throw new Conflict('ACTION_NOT_OPEN', { status: action.status });
  return [{ type: 'CorrectiveActionCompleted', data: { actionId: action.actionId, note, evidence, byPartyId: partyId } }];
}

export function decideVerifyCorrectiveAction(command: VerifyCorrectiveAction, state: OpenedChain): CorrectiveActionVerified[] {
  const partyId = actingPartyInChain(state, command.metadata);
  const action = requireAction(state, command.data.actionId, partyId);
  if (partyId !== action.assignedByPartyId) throw new NotAllowed('ACTION_NOT_ASSIGNER', {});
  if (action.status !== 'COMPLETED') throw new Conflict('ACTION_NOT_COMPLETED', { status: action.status });
  return [{ type: 'CorrectiveActionVerified', data: { actionId: action.actionId, byPartyId: partyId } }];
}

export function decideReopenCorrectiveAction(command: ReopenCorrectiveAction, state: OpenedChain): CorrectiveActionReopened[] {
  const reason = boundedText(command.data.reason, 'reason', MAX_ACTION_TEXT_LENGTH);
  const partyId = actingPartyInChain(state, command.metadata);
  const action = requireAction(state, command.data.actionId, partyId);
  if (partyId !== action.assignedByPartyId) throw new NotAllowed('ACTION_NOT_ASSIGNER', {});
  if (action.status === 'OPEN') throw new Conflict('ACTION_NOT_COMPLETED', { status: action.status });
  return [{ type: 'CorrectiveActionReopened', data: { actionId: action.actionId, reason, byPartyId: partyId } }];
}
