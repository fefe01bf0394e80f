import type { PartyId } from '../../shared/values';
import type { ChainEvent } from '../chain.events';
import type { ChainState } from '../chain.state';
import { actionOf, canSeeAction } from '../prevention/prevention.state';
import { allLinks } from './chain-links';
import { canSeeCheck, canSeeIncident, incidentSightOf, linksSeenBy } from './visibility';

/** A viewer as `chainSight` describes it. */
export type EventViewer = { partyId: PartyId; isPrincipal: boolean; subjectPartyIds: ReadonlySet<PartyId> };

/**
 * Whether a viewer may learn that an event happened (a live update: its kind, time and author),
 * judged on the chain as folded up to and including it. No rule of its own: each event follows
 * the entry it records — a link as `linksSeenBy`, a check as `canSeeCheck`, an incident and what
 * follows it as `canSeeIncident`, a receipt or acknowledgement by its receiving party (a subject),
 * a correction as the entry it corrects, a corrective action entry as the action it belongs to (its
 * assignee and its assigner, as `correctiveActions` reads it). Any other entry is seen by the parties whose entries the
 * viewer sees when it names one of them (its author, addressee or subject).
 */
export function canSeeEvent(state: ChainState, event: ChainEvent, viewer: EventViewer, targetOf: (eventId: string) => ChainEvent | null): boolean {
  if (state.status !== 'Opened') return false;
  if (viewer.isPrincipal) return true;
  const subjects = viewer.subjectPartyIds;
  const data = event.data as Record<string, unknown>;
  switch (event.type) {
    case 'SafetyInstructionPassedDown':
      return subjects.has(event.data.toPartyId) || subjects.has(event.data.fromPartyId);
    case 'SafetyInstructionAcknowledged':
      return subjects.has(event.data.partyId);
    case 'VergewisCheckRecorded':
      return canSeeCheck(subjects, viewer.partyId, event.data);
    case 'CorrectiveActionAssigned':
    case 'CorrectiveActionCommented':
    case 'CorrectiveActionCompleted':
    case 'CorrectiveActionVerified':
    case 'CorrectiveActionReopened': {
      const action = actionOf(state, event.data.actionId);
      return action !== null && canSeeAction(subjects, action);
    }
    case 'EntryCorrected':
    case 'EntryRetracted': {
      const target = targetOf(event.data.targetEventId);
      return target !== null && target.type !== 'EntryCorrected' && target.type !== 'EntryRetracted' && canSeeEvent(state, target, viewer, () => null);
    }
  }
  if (typeof data.linkId === 'string') {
    const link = allLinks(state).find((l) => l.linkId === data.linkId);
    return link !== undefined && linksSeenBy([link], viewer.partyId, false).length > 0;
  }
  if (typeof data.incidentId === 'string') {
    const incident = state.incidents.find((i) => i.incidentId === data.incidentId);
    return incident !== undefined && canSeeIncident(subjects, viewer.partyId, incidentSightOf(incident));
  }
  return namedParties(data).some((partyId) => subjects.has(partyId));
}

/** The parties an entry names: every `…PartyId` field and `…PartyIds` list of its data. */
function namedParties(data: Record<string, unknown>): PartyId[] {
  const named: PartyId[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (/PartyId$/.test(key) && typeof value === 'string') named.push(value as PartyId);
    if (/PartyIds$/.test(key) && Array.isArray(value)) named.push(...value.filter((v): v is PartyId => typeof v === 'string'));
    if (key === 'partyId' && typeof value === 'string') named.push(value as PartyId);
  }
  return named;
}
