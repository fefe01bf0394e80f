import type { IncidentVictim } from '../chain/chain.events';
import type { PartyId, WorkerId } from '../shared/values';

/**
 * Who reads: an inspector under a grant, or a member of a party (for a WORKER token, the worker
 * they are; null for anyone else).
 */
export type InjuryReader = { kind: 'INSPECTOR' } | { kind: 'MEMBER'; partyId: PartyId; workerId: WorkerId | null };

/** What the injury text of an incident is shown as to a reader without the need to know. */
export const INJURY_WITHHELD = 'withheld: health data, for the victim and their Arbo employer only';

/** Whose an incident's health data is, and who holds the Arbo duty for them. */
export type InjuryHolders = { victim: IncidentVictim | null; authorityHolderPartyId: PartyId | null; reporterPartyId: PartyId };

/**
 * Need to know for health data — the one rule every read follows (the chain's incidents and
 * corrections, the replay, the timeline, who-knew, the report). The nature of an injury is read by
 * an inspector under a grant, the victim's Arbo employer (the party holding gezag), the victim's own
 * party and the reporter, and by the victim as a WORKER; a colleague's WORKER token and the other
 * parties (the principal too) see that it happened, when, where and its severity class, not what it
 * was. An incident without a victim holds no one's health data.
 */
export function mayReadInjury(incident: InjuryHolders, reader: InjuryReader): boolean {
  const { victim } = incident;
  if (victim === null || reader.kind === 'INSPECTOR') return true;
  if (reader.workerId !== null) return victim.workerId === reader.workerId;
  return [incident.authorityHolderPartyId, victim.partyId, incident.reporterPartyId].includes(reader.partyId);
}

/** The health fields a correction of an incident report can carry (in `changes` and `previousValues`). */
const CORRECTED_HEALTH_FIELDS = ['description'];

/** A correction's values with the injury's health fields withheld (the location, times and severity stay). */
export function withheldCorrectionValues<T extends Readonly<Record<string, unknown>> | null>(values: T): T {
  if (values === null) return values;
  return Object.fromEntries(Object.entries(values).map(([field, value]) => [field, CORRECTED_HEALTH_FIELDS.includes(field) && typeof value === 'string' ? INJURY_WITHHELD : value])) as T;
}
