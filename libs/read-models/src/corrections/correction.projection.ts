import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { EntryCorrected } from '@schakel/domain';
import type { LoggedEvent } from '@schakel/event-store';
import type { Projection } from '../runner/projection';
import { EntryCorrectionRow } from './entry-correction.entity';
import { IncidentReclassificationRow } from '../incidents/incident-reclassification.entity';
import { IncidentRow } from '../incidents/incident.entity';
import { correctableTargets, retractableTargets } from './correction-targets';
import { asChainEvent, chainIdOf } from '../runner/logged-event';

/**
 * Corrections and retractions: the corrected row shows the new values, a retracted row is flagged,
 * and entry_correction keeps what changed, from what, by whom and why.
 */
export const correctionProjection: Projection = {
  name: 'corrections',
  handles: new Set<string>(['EntryCorrected', 'EntryRetracted']),
  owns: [EntryCorrectionRow],
  async apply(logged, manager) {
    const event = asChainEvent(logged);
    const chainId = chainIdOf(logged);
    if (event.type === 'EntryCorrected') {
      const { data } = event;
      await applyCorrection(manager, chainId, data);
      await record(manager, logged, chainId, {
        targetEventId: data.targetEventId,
        targetType: data.targetType,
        kind: 'CORRECTED',
        reason: data.reason,
        changes: data.changes,
        previousValues: data.previousValues,
        byPartyId: data.correctedByPartyId,
      });
    } else if (event.type === 'EntryRetracted') {
      const { data } = event;
      const entity = retractableTargets[data.targetType];
      if (entity) await manager.update(entity, { chainId, eventId: data.targetEventId }, { retracted: true });
      await record(manager, logged, chainId, {
        targetEventId: data.targetEventId,
        targetType: data.targetType,
        kind: 'RETRACTED',
        reason: data.reason,
        changes: null,
        previousValues: null,
        byPartyId: data.retractedByPartyId,
      });
    }
  },
};

async function applyCorrection(manager: EntityManager, chainId: string, data: EntryCorrected['data']): Promise<void> {
  const target = correctableTargets[data.targetType];
  if (!target) return;
  const values: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(data.changes)) {
    const property = target.fields[field];
    if (property) values[property] = value;
  }
  if (Object.keys(values).length === 0) return;
  const where = target.by === 'chainId' ? { id: chainId } : { chainId, [target.by]: data.targetEventId };
  await manager.update(target.entity, where, values);
  if (data.targetType === 'IncidentReported') await followReportedSeverity(manager, chainId, data.targetEventId);
}

// The incident's current severity is the latest reclassification, else the (corrected) report.
async function followReportedSeverity(manager: EntityManager, chainId: string, reportEventId: string): Promise<void> {
  const incident = await manager.findOneBy(IncidentRow, { chainId, eventId: reportEventId });
  if (!incident) return;
  const reclassified = await manager.existsBy(IncidentReclassificationRow, { chainId, incidentId: incident.id });
  if (reclassified) return;
  await manager.update(
    IncidentRow,
    { chainId, id: incident.id },
    { severity: incident.reportedSeverity, absenceDays: incident.reportedAbsenceDays },
  );
}

async function record(
  manager: EntityManager,
  logged: LoggedEvent,
  chainId: string,
  entry: Pick<
    EntryCorrectionRow,
    'targetEventId' | 'targetType' | 'kind' | 'reason' | 'changes' | 'previousValues' | 'byPartyId'
  >,
): Promise<void> {
  const row: EntryCorrectionRow = {
    eventId: logged.eventId,
    chainId,
    ...entry,
    occurredAt: logged.occurredAt,
    recordedAt: logged.recordedAt,
  };
  // the JSON columns hold open records, which TypeORM's deep-partial type cannot follow
  await manager.upsert(EntryCorrectionRow, row as QueryDeepPartialEntity<EntryCorrectionRow>, ['eventId']);
}
