import { byRecorded, groupBy, type GuardedDb } from '../query-support';
import { IncidentNotificationRow } from './incident-notification.entity';
import { IncidentReclassificationRow } from './incident-reclassification.entity';
import { IncidentRow } from './incident.entity';
import { toIncidentView, toNotificationView, toReclassificationView, type IncidentView } from './incident.views';

/** Incidents with their notifications and reclassifications, retracted ones included and flagged. */
export async function readIncidents(db: GuardedDb, chainId: string): Promise<IncidentView[]> {
  const [incidents, notifications, reclassifications] = await Promise.all([
    db().getRepository(IncidentRow).find({ where: { chainId }, order: { reportedAt: 'ASC', id: 'ASC' } }),
    db().getRepository(IncidentNotificationRow).find({ where: { chainId }, order: byRecorded }),
    db().getRepository(IncidentReclassificationRow).find({ where: { chainId }, order: byRecorded }),
  ]);
  const notificationsOf = groupBy(notifications, (n) => n.incidentId);
  const reclassificationsOf = groupBy(reclassifications, (r) => r.incidentId);
  return incidents.map((row) =>
    toIncidentView(
      row,
      (notificationsOf.get(row.id) ?? []).map(toNotificationView),
      (reclassificationsOf.get(row.id) ?? []).map(toReclassificationView),
    ),
  );
}
