import { preventionOf, standingCompletion } from '../../../chain/prevention/prevention.state';
import type { ComplianceRule, FindingDraft } from '../../finding';
import { deadlineDraft } from '../../rule-time';

/**
 * A corrective action not completed by its due date: the assigned party was asked to fix something
 * by then. Completed on the due instant is on time; a reopened action is open again until completed
 * anew. Our chain rule: the law asks for the measure, the due date is the parties' own agreement.
 */
export const actionOverdueRule: ComplianceRule = {
  id: 'CHAIN-ACTION-OVERDUE',
  title: 'Corrective action not completed by its due date',
  basis: {
    article: 'our chain rule (follow-up of findings, incidents and coordinator directions)',
    kind: 'CERTIFICATION_OR_CONTRACT',
    text: 'A party asked in the chain to fix a finding, an incident or a coordinator direction completes the action by the due date it was given.',
  },
  inForceFrom: () => '2026-01-01',
  evaluate: (context) =>
    preventionOf(context.state).actions.flatMap((action): FindingDraft[] => {
      const done = standingCompletion(action);
      return deadlineDraft(action.dueAt, done ? context.time(done.stamp) : null, context.asOf, {
        partyIds: [action.assigneePartyId],
        evidenceEventIds: [action.assigned.eventId, ...(done ? [done.stamp.eventId] : [])],
        explanation:
          `${context.name(action.assigneePartyId)} had not completed "${action.description}", asked by ${context.name(action.assignedByPartyId)}` +
          ` on ${context.time(action.assigned).slice(0, 10)}, by its due date ${action.dueAt}.`,
      });
    }),
};
