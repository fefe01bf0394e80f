import type { EventId } from '../../shared/values';
import type { ChainEventType } from '../chain.events';
import type {
  ChainState,
  CorrectionRecord,
  EntryRecord,
  EntryRef,
  EntryStamp,
  RetractionRecord,
} from '../chain.state';

// Corrections are rare, so an entry is found by walking the state rather than by an index that
// every event would have to copy.

function stamped(stamp: EntryStamp, type: ChainEventType, ref: EntryRef, retraction: RetractionRecord | null): EntryRecord {
  return { ...stamp, type, ref, retraction };
}

function fromCorrection(record: CorrectionRecord): EntryRecord {
  return {
    eventId: record.correctionEventId,
    occurredAt: record.occurredAt,
    recordedAt: record.recordedAt,
    recordedByPartyId: record.correctedByPartyId,
    type: 'EntryCorrected',
    ref: { kind: 'ENTRY', targetEventId: record.targetEventId },
    retraction: null,
  };
}

function fromRetraction(record: RetractionRecord, targetEventId: EventId): EntryRecord {
  return {
    eventId: record.retractionEventId,
    occurredAt: record.occurredAt,
    recordedAt: record.recordedAt,
    recordedByPartyId: record.retractedByPartyId,
    type: 'EntryRetracted',
    ref: { kind: 'ENTRY', targetEventId },
    retraction: null,
  };
}

/** Every entry recorded in the chain (each event of the stream that state remembers), in no set order. */
export function* chainEntries(state: ChainState): Generator<EntryRecord> {
  if (state.status !== 'Opened') return;
  yield stamped(state.opened, 'ChainOpened', { kind: 'CHAIN' }, null);
  yield* state.corrections.map(fromCorrection);
  for (const link of state.links) {
    const ref: EntryRef = { kind: 'LINK', linkId: link.linkId };
    yield stamped(link.engaged, 'PartyEngaged', ref, null);
    if (link.ended) yield stamped(link.ended, 'EngagementEnded', ref, null);
    yield* link.corrections.map(fromCorrection);
  }
  for (const instruction of state.instructions) {
    const ref: EntryRef = { kind: 'INSTRUCTION', instructionId: instruction.instructionId };
    for (const version of instruction.versions) yield stamped(version.issued, 'SafetyInstructionIssued', ref, null);
    for (const passDown of instruction.passDowns) {
      yield stamped(passDown.stamp, 'SafetyInstructionPassedDown', ref, passDown.retraction);
      if (passDown.retraction) yield fromRetraction(passDown.retraction, passDown.stamp.eventId);
    }
    for (const ack of instruction.acknowledgements) {
      yield stamped(ack.stamp, 'SafetyInstructionAcknowledged', ref, ack.retraction);
      if (ack.retraction) yield fromRetraction(ack.retraction, ack.stamp.eventId);
    }
  }
  for (const check of state.checks) {
    yield stamped(check.stamp, 'VergewisCheckRecorded', { kind: 'CHECK', checkId: check.checkId }, check.retraction);
    if (check.retraction) yield fromRetraction(check.retraction, check.stamp.eventId);
    yield* check.corrections.map(fromCorrection);
  }
  for (const incident of state.incidents) {
    const ref: EntryRef = { kind: 'INCIDENT', incidentId: incident.incidentId };
    yield stamped(incident.stamp, 'IncidentReported', ref, incident.retraction);
    if (incident.retraction) yield fromRetraction(incident.retraction, incident.stamp.eventId);
    yield* incident.corrections.map(fromCorrection);
    for (const notification of incident.notifications) {
      yield stamped(notification.stamp, 'IncidentNotified', ref, notification.retraction);
      if (notification.retraction) yield fromRetraction(notification.retraction, notification.stamp.eventId);
      yield* notification.corrections.map(fromCorrection);
    }
    for (const reclassification of incident.reclassifications) {
      yield stamped(reclassification.stamp, 'IncidentReclassified', ref, null);
    }
  }
}

/** The entry recorded by the event with this id: its type, who recorded it, where it lives, whether retracted. */
export function findEntry(state: ChainState, eventId: EventId): EntryRecord | null {
  if (eventId === '') return null;
  for (const entry of chainEntries(state)) if (entry.eventId === eventId) return entry;
  return null;
}
