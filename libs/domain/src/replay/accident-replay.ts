import type { IncidentState, LinkState, OpenedChain } from '../chain/chain.state';
import { NotFound } from '../shared/errors';
import { chainAsOf, type AsOfInstruction, type WorkerRegistration } from './chain-as-of';
import { summarizeEvent } from './event-summary';
import { foldChainEvents } from './fold-chain-events';
import type { Interruption } from './interruption';
import { instantKey, instantMs, type ReplayEvent } from './replay-event';
import { sameLocation, sharesTopic, whoKnew, whoKnewIncidents, type Knower } from './who-knew';

export type RecordedAfterEntry = { eventId: string; type: string; occurredAt: string; recordedAt: string; summary: string; imported: boolean };

export type EarlierNearMiss = {
  incident: IncidentState;
  matchedOn: ('LOCATION' | 'TOPIC')[];
  /** Who reported it, and every party or authority notified, from when. */
  knowers: Knower[];
};

/** Story 4 in one answer: the chain at the moment of an accident, and who knew what. */
export type AccidentReplay = {
  incident: IncidentState;
  happenedAt: string;
  /** Links active at happenedAt (valid time). */
  activeLinks: LinkState[];
  /** Instruction versions current at happenedAt, with who had acknowledged them by then. */
  instructions: AsOfInstruction[];
  earlierNearMisses: EarlierNearMiss[];
  /** Who knew of the accident itself. */
  accidentKnowers: Knower[];
  /** Entries of this answer dated at or before the accident but recorded after it. */
  recordedAfterAccident: RecordedAfterEntry[];
};

/**
 * Replays a chain to the moment an accident happened (valid time), and flags every entry of the
 * answer that was stored only after it: the world as it stood, and what was written in later.
 */
export function accidentReplay(
  events: readonly ReplayEvent[],
  incidentId: string,
  nameOf?: (partyId: string) => string,
  interrupt?: Interruption,
  registrations: readonly WorkerRegistration[] = [],
): AccidentReplay {
  const reported = events.find((e) => e.type === 'IncidentReported' && (e.data as { incidentId: string }).incidentId === incidentId);
  if (!reported) throw new NotFound('INCIDENT_NOT_FOUND', { incidentId });
  const happenedAt = (reported.data as { happenedAt: string }).happenedAt;
  const happenedMs = instantMs(happenedAt);
  const then = chainAsOf(events, happenedAt, 'OCCURRED', interrupt, registrations);
  const incident =
    then.incidents.find((i) => i.incidentId === incidentId) ??
    // reported with a valid time after it happened: take it from the whole log
    (foldChainEvents(events, interrupt) as OpenedChain).incidents.find((i) => i.incidentId === incidentId)!;

  const candidates = then.incidents
    .filter((i) => i.kind === 'NEAR_MISS' && i.retraction === null && instantMs(i.happenedAt) < happenedMs)
    .map((i) => {
      const matchedOn: EarlierNearMiss['matchedOn'] = [];
      if (sameLocation(i.location, incident.location)) matchedOn.push('LOCATION');
      if (sharesTopic(i.topics, incident.topics)) matchedOn.push('TOPIC');
      return { incident: i, matchedOn };
    })
    .filter((n) => n.matchedOn.length > 0);
  // knowing is about the record up to the accident on valid time; later notifications are not "earlier"
  interrupt?.throwIfAborted();
  const knowers = whoKnewIncidents(eventsUpTo(events, happenedMs), candidates.map((n) => n.incident.incidentId));
  const nearMisses: EarlierNearMiss[] = candidates.map((n) => ({ ...n, knowers: knowers.get(n.incident.incidentId) ?? [] }));

  const stamps = new Set<string>();
  for (const link of then.activeLinks) stamps.add(link.engaged.eventId);
  for (const instruction of then.instructions) {
    stamps.add(instruction.issuedEventId);
    for (const ack of instruction.acknowledgements) stamps.add(ack.eventId);
  }
  for (const n of nearMisses) {
    stamps.add(n.incident.stamp.eventId);
    for (const k of n.knowers) for (const w of k.ways) stamps.add(w.eventId);
  }
  const recordedAfterAccident = events
    .filter((e) => stamps.has(e.meta.eventId) && instantMs(e.meta.recordedAt) > happenedMs)
    .map((e) => ({ eventId: e.meta.eventId, type: e.type, occurredAt: e.meta.occurredAt, recordedAt: e.meta.recordedAt, summary: summarizeEvent(e, nameOf), imported: e.meta.imported !== undefined }));

  return {
    incident,
    happenedAt,
    activeLinks: then.activeLinks,
    instructions: then.instructions,
    earlierNearMisses: nearMisses,
    accidentKnowers: whoKnew(events, { kind: 'INCIDENT', incidentId }, interrupt).knowers,
    recordedAfterAccident,
  };
}

function eventsUpTo(events: readonly ReplayEvent[], ms: number): ReplayEvent[] {
  const limit = new Date(ms).toISOString();
  return events.filter((e) => instantKey(e.meta.occurredAt) <= limit);
}
