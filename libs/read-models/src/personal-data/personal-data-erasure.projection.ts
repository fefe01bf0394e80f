import type { EntityManager } from 'typeorm';
import type { PersonalDataErased } from '@schakel/domain';
import type { Projection } from '../runner/projection';
import { asPartyEvent } from '../runner/logged-event';
import { PartyRow } from '../parties/party.entity';
import { WorkerRow } from '../parties/worker.entity';
import { MemberRow } from '../members/member.entity';
import { IncidentRow } from '../incidents/incident.entity';
import { IncidentReclassificationRow } from '../incidents/incident-reclassification.entity';
import { EntryCorrectionRow } from '../corrections/entry-correction.entity';
import { VergewisCheckRow } from '../checks/vergewis-check.entity';
import { NoticeDeliveryRow } from '../notifications/notice-delivery.entity';

const ERASED = 'erased';
const erasedName = (n: number) => `erased person #${n}`;

/** Every string in a correction's values reads as erased (numbers and dates, e.g. absence days, stay). */
function erasedValues(values: Record<string, unknown> | null): Record<string, unknown> | null {
  if (values === null) return null;
  return Object.fromEntries(Object.entries(values).map(([field, value]) => [field, typeof value === 'string' ? ERASED : value]));
}

async function eraseIncidents(manager: EntityManager, subjectId: string): Promise<void> {
  const incidents = await manager
    .getRepository(IncidentRow)
    .createQueryBuilder('incident')
    .where('incident.victim LIKE :worker OR incident.victim LIKE :party', { worker: `%"workerId":"${subjectId}"%`, party: `%"partyId":"${subjectId}"%` })
    .getMany();
  for (const incident of incidents) {
    const victim = incident.victim;
    const isSubject = victim?.workerId === subjectId || (victim?.workerId === null && victim.partyId === subjectId);
    if (!isSubject) continue;
    await manager.update(IncidentRow, { chainId: incident.chainId, id: incident.id }, { description: ERASED });
    await manager.update(IncidentReclassificationRow, { chainId: incident.chainId, incidentId: incident.id }, { reason: ERASED });
    await eraseCorrectionsOf(manager, incident.eventId);
  }
}

async function eraseCorrectionsOf(manager: EntityManager, targetEventId: string): Promise<void> {
  for (const row of await manager.findBy(EntryCorrectionRow, { targetEventId })) {
    await manager.save(EntryCorrectionRow, { ...row, changes: erasedValues(row.changes), previousValues: erasedValues(row.previousValues) });
  }
}

/**
 * What the read models hold of a person whose key was destroyed: replaced in place by "erased" (and
 * the name by "erased person #n"). A rebuild reads the same from the log, where the fields no longer open.
 */
export const personalDataErasureProjection: Projection = {
  name: 'personal-data-erasure',
  handles: new Set<string>(['PersonalDataErased'] satisfies PersonalDataErased['type'][]),
  // it owns no table: it blanks what the other projections wrote
  owns: [],
  async apply(logged, manager) {
    const event = asPartyEvent(logged) as PersonalDataErased;
    const { subjectId, erasedAs } = event.data;
    await manager.update(WorkerRow, { id: subjectId }, { name: erasedName(erasedAs) });
    await manager.update(PartyRow, { id: subjectId, kind: 'PERSON' }, { name: erasedName(erasedAs) });
    await manager.update(MemberRow, { workerId: subjectId }, { name: erasedName(erasedAs), email: ERASED });
    await manager.update(MemberRow, { userId: subjectId }, { name: erasedName(erasedAs), email: ERASED });
    await eraseIncidents(manager, subjectId);
    for (const check of await manager.findBy(VergewisCheckRow, { subjectWorkerId: subjectId })) {
      await manager.update(VergewisCheckRow, { chainId: check.chainId, id: check.id }, { summary: ERASED });
      await eraseCorrectionsOf(manager, check.eventId);
    }
    await manager.update(NoticeDeliveryRow, { workerId: subjectId }, { address: ERASED });
  },
};
