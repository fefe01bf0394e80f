import type { IncidentVictim } from '../chain/chain.events';
import type { PartyId, WorkerId } from '../shared/values';

/** Who reads: their party, and for a WORKER token the worker they are (null for anyone else). */
export type InjuryReader = { partyId: PartyId; workerId: WorkerId | null };

/** What the injury text of an incident is shown as to a reader without the need to know. */
export const INJURY_WITHHELD = 'withheld: health data, for the victim and their Arbo employer only';

/**
 * Need to know for health data: the nature of an injury is read by the victim's Arbo employer (the
 * party holding gezag), the victim's own party and the reporter, and by the victim as a WORKER; a
 * colleague's WORKER token and the other parties (the principal too) see that it happened and its
 * severity class, not what it was. An incident without a victim holds no one's health data.
 */
export function mayReadInjury(
  incident: { victim: IncidentVictim | null; authorityHolderPartyId: PartyId | null; reporterPartyId: PartyId },
  reader: InjuryReader,
): boolean {
  const { victim } = incident;
  if (victim === null) return true;
  if (reader.workerId !== null) return victim.workerId === reader.workerId;
  return [incident.authorityHolderPartyId, victim.partyId, incident.reporterPartyId].includes(reader.partyId);
}
