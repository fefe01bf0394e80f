import type { IncidentVictim, VictimRelation } from '../chain/chain.events';

/**
 * Whose health data an incident's free texts are: the victim as a worker, or a self-employed victim
 * (a zzp'er is a person); null when there is no victim or the victim is a company without a named worker.
 */
export function incidentDataSubject(victim: IncidentVictim | null, relation: VictimRelation | null): string | null {
  if (victim === null) return null;
  if (victim.workerId) return victim.workerId;
  return relation === 'SELF_EMPLOYED' || relation === 'SELF_EMPLOYED_UNDER_AUTHORITY' ? victim.partyId : null;
}

/** The `dataSubjectId` of an event whose free texts are someone's: left out when they are no one's. */
export function subjectField(subjectId: string | null): { dataSubjectId?: string } {
  return subjectId ? { dataSubjectId: subjectId } : {};
}
