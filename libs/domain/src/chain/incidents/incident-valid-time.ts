import type { IsoInstant } from '../../shared/values';

/**
 * The valid time of an incident report: when it happened, unless the reporter gave another
 * (occurredAt). A happenedAt that is unreadable or lies ahead stays out of the envelope, so the
 * decision can name it (INCIDENT_HAPPENED_IN_FUTURE) instead of the store refusing the time.
 */
export function incidentValidTime(happenedAt: Date, occurredAt: IsoInstant | null | undefined, now: Date): IsoInstant | null {
  if (occurredAt != null) return occurredAt;
  const at = happenedAt.getTime();
  return Number.isNaN(at) || at > now.getTime() ? null : happenedAt.toISOString();
}
