import { incidentDataSubject, subjectField } from '../../personal-data/data-subject';
import { Invalid, NotAllowed } from '../../shared/errors';
import { isInFuture, parseInstant, toUtcInstant } from '../../shared/time';
import { isNonEmptyText } from '../../shared/values';
import type { ReclassifyIncident } from '../chain.commands';
import type { IncidentReclassified } from '../chain.events';
import type { OpenedChain } from '../chain.state';
import { actingPartyOf } from '../chain-guards';
import { requireIncident } from './decide-notify-incident';
import { requireSeverity } from './incident-rules';

// A reclassification is a real change found out later (an admission discovered), not a correction:
// both the earlier and the new severity stay true for their time.
export function decideReclassifyIncident(command: ReclassifyIncident, state: OpenedChain): IncidentReclassified[] {
  const { incidentId, reason } = command.data;
  const { now } = command.metadata;
  const becameKnownAt = toUtcInstant(command.data.becameKnownAt, 'becameKnownAt');
  if (isInFuture(becameKnownAt, now)) throw new Invalid('INCIDENT_KNOWN_IN_FUTURE', { becameKnownAt, now });
  if (!isNonEmptyText(reason)) throw new Invalid('INCIDENT_RECLASSIFY_REASON_REQUIRED');
  const actor = actingPartyOf(command.metadata);
  const incident = requireIncident(state, incidentId);
  if (actor !== incident.reporterPartyId && actor !== state.principalPartyId) {
    throw new NotAllowed('INCIDENT_NOT_OWN', { incidentId });
  }
  const { severity, absenceDays } = requireSeverity(incident.kind, command.data.severity, command.data.absenceDays);
  if ((parseInstant(becameKnownAt) as number) < (parseInstant(incident.happenedAt) as number)) {
    throw new Invalid('INCIDENT_KNOWN_BEFORE_HAPPENED', { becameKnownAt, happenedAt: incident.happenedAt });
  }
  if (severity === incident.severity && absenceDays === incident.absenceDays) {
    throw new Invalid('INCIDENT_RECLASSIFY_NO_CHANGE', { incidentId, severity, absenceDays });
  }
  return [
    {
      type: 'IncidentReclassified',
      data: {
        incidentId,
        severity,
        absenceDays,
        previousSeverity: incident.severity,
        previousAbsenceDays: incident.absenceDays,
        becameKnownAt,
        reason: reason.trim(),
        reclassifiedByPartyId: actor,
        ...subjectField(incidentDataSubject(incident.victim, incident.victimRelation)),
      },
    },
  ];
}
