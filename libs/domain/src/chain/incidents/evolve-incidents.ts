import type { IncidentNotified, IncidentReclassified, IncidentReported } from '../chain.events';
import type { IncidentState, OpenedChain } from '../chain.state';
import { incidentOf, withIncident } from '../chain-collections';
import { stampOf } from '../chain-guards';
import { withCurrentSeverity } from './incident-rules';

export function evolveIncidentReported(state: OpenedChain, event: IncidentReported): OpenedChain {
  const { severity, absenceDays, ...rest } = event.data;
  const incident: IncidentState = {
    ...rest,
    reportedSeverity: severity,
    reportedAbsenceDays: absenceDays,
    severity,
    absenceDays,
    reclassifications: [],
    notifications: [],
    stamp: stampOf(event),
    retraction: null,
    corrections: [],
  };
  return withIncident(state, incident);
}

export function evolveIncidentNotified(state: OpenedChain, event: IncidentNotified): OpenedChain {
  const { incidentId, ...notification } = event.data;
  const incident = incidentOf(state, incidentId);
  if (!incident) return state;
  const notifications = [...incident.notifications, { ...notification, stamp: stampOf(event), retraction: null, corrections: [] }];
  return withIncident(state, { ...incident, notifications });
}

export function evolveIncidentReclassified(state: OpenedChain, event: IncidentReclassified): OpenedChain {
  const { incidentId, ...reclassification } = event.data;
  const incident = incidentOf(state, incidentId);
  if (!incident) return state;
  const reclassifications = [...incident.reclassifications, { ...reclassification, stamp: stampOf(event) }];
  return withIncident(state, withCurrentSeverity({ ...incident, reclassifications }));
}
