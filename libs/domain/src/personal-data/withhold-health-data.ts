import type { ReplayEvent } from '../replay/replay-event';
import { INJURY_WITHHELD, mayReadInjury, withheldCorrectionValues, type InjuryHolders, type InjuryReader } from './injury-readers';

type AnyData = Record<string, unknown>;

/**
 * A chain's events as one reader may read them: the health data of every incident the reader has
 * no need to know of (mayReadInjury) is replaced by INJURY_WITHHELD — the report's description,
 * the measures after it, a reclassification's reason, and the description in a correction of the
 * report. Everything else (that it happened, when, where, the severity class, who was told) stays,
 * and so do the events' ids and order. The events given are not changed.
 */
export function withholdHealthData(events: readonly ReplayEvent[], reader: InjuryReader): readonly ReplayEvent[] {
  if (reader.kind === 'INSPECTOR') return events;
  const withheldIncidents = new Set<string>();
  const withheldReports = new Set<string>();
  for (const event of events) {
    if (event.type !== 'IncidentReported') continue;
    const data = event.data as InjuryHolders & { incidentId: string };
    if (!mayReadInjury({ victim: data.victim ?? null, authorityHolderPartyId: data.authorityHolderPartyId ?? null, reporterPartyId: data.reporterPartyId }, reader)) {
      withheldIncidents.add(data.incidentId);
      withheldReports.add(event.meta.eventId);
    }
  }
  if (withheldIncidents.size === 0) return events;
  return events.map((event) => {
    const data = event.data as AnyData;
    switch (event.type) {
      case 'IncidentReported':
      case 'IncidentMeasuresRecorded':
        return withheldIncidents.has(data.incidentId as string) ? { ...event, data: { ...data, description: INJURY_WITHHELD } } : event;
      case 'IncidentReclassified':
        return withheldIncidents.has(data.incidentId as string) ? { ...event, data: { ...data, reason: INJURY_WITHHELD } } : event;
      case 'EntryCorrected':
        return withheldReports.has(data.targetEventId as string)
          ? {
              ...event,
              data: { ...data, changes: withheldCorrectionValues(data.changes as AnyData), previousValues: withheldCorrectionValues(data.previousValues as AnyData) },
            }
          : event;
      default:
        return event;
    }
  });
}
