import type { DomainEvent } from '../../shared/messages';
import type { IncidentId, IsoInstant, LinkId, PartyId, WorkerId } from '../../shared/values';
import type { Evidence } from '../chain.events';

// Prevention and follow-up (stream `chain-<chainId>`): the check at the gate before a worker starts,
// and corrective actions assigned to a party after a finding, an incident or a coordinator direction.

export const startVerdicts = ['GO', 'NO_GO'] as const;
export type StartVerdict = (typeof startVerdicts)[number];

/** One reason for NO-GO as it was at the gate: the rule and the parties that bear the duty. */
export type StartCheckReasonRecord = { ruleId: string; partyIds: PartyId[]; explanation: string };

/**
 * The start check's result, recorded with the WorkStarted it goes with (same command). A NO-GO start
 * carries the override's reason; the envelope's actor is the manager who overrode it.
 */
export type WorkStartChecked = DomainEvent<
  'WorkStartChecked',
  {
    workStartId: string;
    linkId: LinkId;
    partyId: PartyId;
    workerId: WorkerId;
    topics: string[];
    verdict: StartVerdict;
    reasons: StartCheckReasonRecord[];
    /** The instant the check was computed for. */
    checkedAt: IsoInstant;
    /** True when the worker's personal pass was scanned at the gate (not typed in). */
    passScanned: boolean;
    /** SHA-256 of the personal pass the server verified: the worker was identified by pass (schema v1: absent, read as null). */
    passIdHash: string | null;
    /** Set exactly when the verdict was NO_GO and the start went ahead. */
    overrideReason: string | null;
    checkedByPartyId: PartyId;
  }
>;

export const actionSubjectKinds = ['FINDING', 'INCIDENT', 'DIRECTION'] as const;
export type ActionSubjectKind = (typeof actionSubjectKinds)[number];

/** What an action follows up: a finding (by rule and the instant it arose), an incident, or a coordinator direction. */
export type ActionSubject = {
  kind: ActionSubjectKind;
  ruleId: string | null;
  findingArisenAt: IsoInstant | null;
  incidentId: IncidentId | null;
  directionId: string | null;
};

export type CorrectiveActionAssigned = DomainEvent<
  'CorrectiveActionAssigned',
  {
    actionId: string;
    subject: ActionSubject;
    description: string;
    assigneePartyId: PartyId;
    assignedByPartyId: PartyId;
    dueAt: IsoInstant;
  }
>;

export type CorrectiveActionCommented = DomainEvent<
  'CorrectiveActionCommented',
  { actionId: string; commentId: string; text: string; byPartyId: PartyId }
>;

export type CorrectiveActionCompleted = DomainEvent<
  'CorrectiveActionCompleted',
  { actionId: string; note: string; evidence: Evidence[]; byPartyId: PartyId }
>;

export type CorrectiveActionVerified = DomainEvent<'CorrectiveActionVerified', { actionId: string; byPartyId: PartyId }>;

export type CorrectiveActionReopened = DomainEvent<'CorrectiveActionReopened', { actionId: string; reason: string; byPartyId: PartyId }>;

export type CorrectiveActionEvent =
  | CorrectiveActionAssigned
  | CorrectiveActionCommented
  | CorrectiveActionCompleted
  | CorrectiveActionVerified
  | CorrectiveActionReopened;

export type PreventionEvent = WorkStartChecked | CorrectiveActionEvent;

export const preventionEventTypes = [
  'WorkStartChecked',
  'CorrectiveActionAssigned',
  'CorrectiveActionCommented',
  'CorrectiveActionCompleted',
  'CorrectiveActionVerified',
  'CorrectiveActionReopened',
] as const satisfies readonly PreventionEvent['type'][];
