import { Invalid, NotFound, RuleViolated } from '../../shared/errors';
import { isNonEmptyText, requireOneOf } from '../../shared/values';
import type { NotifyIncident } from '../chain.commands';
import {
  authorities,
  notificationChannels,
  type IncidentNotified,
  type NotificationRecipient,
} from '../chain.events';
import type { IncidentState, OpenedChain } from '../chain.state';
import { actingPartyInChain } from '../chain-guards';
import { incidentOf } from '../chain-collections';
import { isInChain } from '../queries/chain-links';
import { canSeeIncident, incidentSightOf, subjectPartyIdsIn } from '../queries/visibility';

export function requireIncident(state: OpenedChain, incidentId: string): IncidentState {
  const incident = incidentOf(state, incidentId);
  if (!incident || incident.retraction !== null) throw new NotFound('INCIDENT_NOT_FOUND', { incidentId });
  return incident;
}

function requireRecipient(recipient: unknown): NotificationRecipient {
  const r = recipient as { kind?: unknown; partyId?: unknown; authority?: unknown } | null;
  const kind = requireOneOf(r?.kind, ['PARTY', 'AUTHORITY'] as const, 'recipient.kind');
  if (kind === 'PARTY') {
    if (!isNonEmptyText(r?.partyId)) throw new Invalid('INPUT_REQUIRED', { field: 'recipient.partyId' });
    return { kind, partyId: r.partyId };
  }
  return { kind, authority: requireOneOf(r?.authority, authorities, 'recipient.authority') };
}

export function decideNotifyIncident(command: NotifyIncident, state: OpenedChain): IncidentNotified[] {
  const { incidentId, reference } = command.data;
  const channel = requireOneOf(command.data.channel, notificationChannels, 'channel');
  const recipient = requireRecipient(command.data.recipient);
  const notifierPartyId = actingPartyInChain(state, command.metadata);
  const incident = requireIncident(state, incidentId);
  // an incident the notifier may not see is, for it, no incident at all
  if (!canSeeIncident(subjectPartyIdsIn(state, notifierPartyId), notifierPartyId, incidentSightOf(incident))) {
    throw new NotFound('INCIDENT_NOT_FOUND', { incidentId });
  }
  if (recipient.kind === 'PARTY') {
    if (recipient.partyId === notifierPartyId) throw new Invalid('INCIDENT_NOTIFY_SELF');
    if (!isInChain(state, recipient.partyId)) {
      throw new RuleViolated('INCIDENT_RECIPIENT_NOT_IN_CHAIN', { partyId: recipient.partyId });
    }
  }
  return [
    {
      type: 'IncidentNotified',
      data: {
        incidentId,
        notifierPartyId,
        recipient,
        channel,
        reference: isNonEmptyText(reference) ? reference.trim() : null,
      },
    },
  ];
}
