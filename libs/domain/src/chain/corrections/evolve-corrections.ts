import type { EntryCorrected, EntryRetracted } from '../chain.events';
import type { CorrectionRecord, OpenedChain, RetractionRecord } from '../chain.state';
import { checkOf, incidentOf, instructionOf, withCheck, withIncident, withInstruction } from '../chain-collections';
import { stampOf } from '../chain-guards';
import { correctableEntries } from './correctable-entries';
import { findEntry } from './find-entry';
import { InstructionRecord } from '../instructions/instruction-record';

// A correction or retraction is kept with the entry it names; the entry itself is never replaced.

export function evolveEntryCorrected(state: OpenedChain, event: EntryCorrected): OpenedChain {
  const { targetEventId, targetType, reason, changes, previousValues, correctedByPartyId } = event.data;
  const entry = findEntry(state, targetEventId);
  const correctable = correctableEntries[targetType];
  if (!entry || !correctable) return state;
  const stamp = stampOf(event);
  const record: CorrectionRecord = {
    correctionEventId: stamp.eventId,
    targetEventId,
    targetType,
    reason,
    correctedByPartyId,
    occurredAt: stamp.occurredAt,
    recordedAt: stamp.recordedAt,
    changes: Object.fromEntries(Object.entries(changes).map(([field, to]) => [field, { from: previousValues[field] ?? null, to }])),
  };
  return correctable.apply(state, entry, changes, record);
}

export function evolveEntryRetracted(state: OpenedChain, event: EntryRetracted): OpenedChain {
  const { targetEventId, reason, retractedByPartyId } = event.data;
  const entry = findEntry(state, targetEventId);
  if (!entry) return state;
  const stamp = stampOf(event);
  const retraction: RetractionRecord = {
    retractionEventId: stamp.eventId,
    reason,
    retractedByPartyId,
    occurredAt: stamp.occurredAt,
    recordedAt: stamp.recordedAt,
  };
  const mark = <T extends { stamp: { eventId: string }; retraction: RetractionRecord | null }>(items: readonly T[]): T[] =>
    items.map((item) => (item.stamp.eventId === targetEventId ? { ...item, retraction } : item));

  const ref = entry.ref;
  switch (ref.kind) {
    case 'INSTRUCTION': {
      const instruction = instructionOf(state, ref.instructionId);
      if (!instruction) return state;
      return withInstruction(state, InstructionRecord.of(instruction).withRetraction(targetEventId, retraction));
    }
    case 'CHECK': {
      const check = checkOf(state, ref.checkId);
      return check ? withCheck(state, { ...check, retraction }) : state;
    }
    case 'INCIDENT': {
      const incident = incidentOf(state, ref.incidentId);
      if (!incident) return state;
      return withIncident(
        state,
        entry.type === 'IncidentReported'
          ? { ...incident, retraction }
          : { ...incident, notifications: mark(incident.notifications) },
      );
    }
    default:
      // only the entry types above are retractable (decide refuses the rest)
      return state;
  }
}
