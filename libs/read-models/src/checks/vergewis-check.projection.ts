import type { Projection } from '../runner/projection';
import { VergewisCheckRow } from './vergewis-check.entity';
import { asChainEvent, chainIdOf } from '../runner/logged-event';

/** Vergewis checks: what an upstream party ascertained about a downstream party or worker. */
export const vergewisCheckProjection: Projection = {
  name: 'vergewis-checks',
  handles: new Set<string>(['VergewisCheckRecorded']),
  owns: [VergewisCheckRow],
  async apply(logged, manager) {
    const event = asChainEvent(logged);
    if (event.type !== 'VergewisCheckRecorded') return;
    const { data } = event;
    const row: VergewisCheckRow = {
      id: data.checkId,
      chainId: chainIdOf(logged),
      checkerPartyId: data.checkerPartyId,
      subjectPartyId: data.subjectPartyId,
      subjectWorkerId: data.subjectWorkerId,
      subject: data.subject,
      outcome: data.outcome,
      summary: data.summary,
      evidence: data.evidence,
      validUntil: data.validUntil,
      relatedIncidentId: data.relatedIncidentId,
      relatedInstructionId: data.relatedInstructionId,
      checkedAt: logged.occurredAt,
      recordedAt: logged.recordedAt,
      eventId: logged.eventId,
      retracted: false,
    };
    await manager.upsert(VergewisCheckRow, row, ['chainId', 'id']);
  },
};
