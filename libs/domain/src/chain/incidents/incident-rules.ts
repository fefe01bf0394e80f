import { Invalid } from '../../shared/errors';
import { isInFuture, toUtcInstant } from '../../shared/time';
import { requireOneOf } from '../../shared/values';
import { incidentSeverities, type IncidentKind, type IncidentSeverity } from '../chain.events';
import type { IncidentState } from '../chain.state';

export function requireAbsenceDays(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new Invalid('INCIDENT_ABSENCE_DAYS_INVALID', { value: String(value) });
  }
  return value;
}

/** A near miss hurt nobody: severity NONE, no absence. */
export function NearMissHasNoSeverity(kind: IncidentKind, severity: IncidentSeverity, absenceDays: number): void {
  if (kind === 'NEAR_MISS' && (severity !== 'NONE' || absenceDays !== 0)) {
    throw new Invalid('INCIDENT_NEAR_MISS_HAS_SEVERITY', {}, 'NearMissHasNoSeverity');
  }
}

export function requireSeverity(kind: IncidentKind, severityValue: unknown, absenceDaysValue: unknown) {
  const severity = requireOneOf(severityValue, incidentSeverities, 'severity');
  const absenceDays = requireAbsenceDays(absenceDaysValue);
  NearMissHasNoSeverity(kind, severity, absenceDays);
  return { severity, absenceDays };
}

/** happenedAt in UTC, not in the future. */
export function requireHappenedAt(value: unknown, now: string): string {
  const happenedAt = toUtcInstant(value, 'happenedAt');
  if (isInFuture(happenedAt, now)) throw new Invalid('INCIDENT_HAPPENED_IN_FUTURE', { happenedAt, now }, 'HappenedNotInFuture');
  return happenedAt;
}

/** Current severity: the latest reclassification, else the (corrected) report. */
export function withCurrentSeverity(incident: IncidentState): IncidentState {
  const latest = incident.reclassifications[incident.reclassifications.length - 1];
  return latest
    ? { ...incident, severity: latest.severity, absenceDays: latest.absenceDays }
    : { ...incident, severity: incident.reportedSeverity, absenceDays: incident.reportedAbsenceDays };
}
