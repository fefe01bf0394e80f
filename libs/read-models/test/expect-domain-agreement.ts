import type { DataSource } from 'typeorm';
import {
  chainAsOf,
  evolveChain,
  partyStreamId,
  workerRegistrationsIn,
  type ReplayEvent,
  initialChainState,
  partiesEverInChain,
  visiblePartyIds,
  type ChainEvent,
  type ChainState,
} from '@schakel/domain';
import type { EventStore, StoredEvent } from '@schakel/event-store';
import { ChainQueries } from '../src/read-model-queries';

const asReplayEvent = (stored: StoredEvent): ReplayEvent => ({
  type: stored.type,
  data: stored.data,
  meta: { eventId: stored.eventId, occurredAt: stored.occurredAt, recordedAt: stored.recordedAt, actorPartyId: stored.actor.partyId },
});

/** The domain's own fold of a chain stream, with the meta corrections need. */
async function foldChain(store: EventStore, chainId: string): Promise<ChainState> {
  let state = initialChainState();
  for (const stored of await store.readStream(`chain-${chainId}`)) {
    const event = {
      type: stored.type,
      data: stored.data,
      meta: { eventId: stored.eventId, occurredAt: stored.occurredAt, recordedAt: stored.recordedAt, actorPartyId: stored.actor.partyId, actorWorkerId: stored.actor.workerId ?? null },
    } as ChainEvent;
    state = evolveChain(state, event);
  }
  return state;
}

/**
 * The read model must say what the domain's fold of the same stream says: the "now" of the
 * read model and the "then" computed from the log can never disagree about the present.
 */
export async function expectDomainAgreement(dataSource: DataSource, store: EventStore, chainId: string, outsiders: string[]): Promise<void> {
  const chains = new ChainQueries(dataSource);
  const state = await foldChain(store, chainId);
  if (state.status !== 'Opened') throw new RangeError(`chain ${chainId} was not opened in the log`);

  const chain = await chains.chain(chainId);
  expect(chain).toMatchObject({ name: state.name, description: state.description, siteAddress: state.siteAddress, principalPartyId: state.principalPartyId });

  // Object.values reads the state's collections whether they are kept as lists or as records by id.
  const foldedLinks = new Map(Object.values(state.links).map((link) => [link.linkId, link]));
  const foldedChecks = new Map(Object.values(state.checks).map((check) => [check.checkId, check]));
  const foldedIncidents = new Map(Object.values(state.incidents).map((incident) => [incident.incidentId, incident]));

  const links = await chains.links(chainId);
  expect(links.map((l) => l.id).sort()).toEqual([...foldedLinks.keys()].sort());
  for (const link of links) {
    const folded = foldedLinks.get(link.id)!;
    expect({ ...link }).toMatchObject({
      fromPartyId: folded.fromPartyId,
      toPartyId: folded.toPartyId,
      kind: folded.kind,
      scope: folded.scope,
      underAuthority: folded.underAuthority,
      startDate: folded.startDate,
      endDate: folded.endDate,
      endReason: folded.endReason,
      endedByPartyId: folded.endedByPartyId,
      active: folded.status === 'ACTIVE',
    });
  }

  for (const partyId of [...partiesEverInChain(state), ...outsiders]) {
    expect({ partyId, visible: (await chains.access(chainId, partyId)).visiblePartyIds }).toEqual({
      partyId,
      visible: visiblePartyIds(state, partyId),
    });
  }

  // Who has acknowledged, both ways: the read model's rows (now) are exactly the replay's rows at
  // the latest moment on the record (then), registered workers who never acknowledged included.
  const partyEvents = (await Promise.all(partiesEverInChain(state).map((id) => store.readStream(partyStreamId(id))))).flat();
  const registrations = workerRegistrationsIn(partyEvents.map(asReplayEvent));
  const latest = (await store.readStream(`chain-${chainId}`)).map(asReplayEvent);
  const lastRecorded = [...latest, ...partyEvents.map(asReplayEvent)].map((e) => e.meta.recordedAt).sort().at(-1)!;
  const then = chainAsOf(latest, lastRecorded, 'RECORDED', undefined, registrations);
  for (const instruction of then.instructions) {
    const ours = (await chains.instructionStatus(chainId, instruction.instructionId)) ?? [];
    const folded = Object.values(state.instructions).find((i) => i.instructionId === instruction.instructionId)!;
    expect(instruction.status.length).toBeGreaterThan(0);
    expect(ours).toEqual(
      instruction.status.map((row) => ({
        partyId: row.partyId,
        workerId: row.workerId,
        status: row.status,
        acknowledgedVersion: row.acknowledgedVersion,
        receivedVersion: row.receivedVersion,
        acknowledgedAt: row.acknowledged?.occurredAt ?? null,
        channel: folded.acknowledgements.find((a) => a.stamp.eventId === row.acknowledged?.eventId)?.channel ?? null,
      })),
    );
  }

  const checks = await chains.checks(chainId);
  expect(checks.map((c) => c.id).sort()).toEqual([...foldedChecks.keys()].sort());
  for (const check of checks) {
    const folded = foldedChecks.get(check.id)!;
    expect(check).toMatchObject({ summary: folded.summary, outcome: folded.outcome, validUntil: folded.validUntil, retracted: folded.retraction !== null });
  }

  const incidents = await chains.incidents(chainId);
  expect(incidents.map((i) => i.id).sort()).toEqual([...foldedIncidents.keys()].sort());
  for (const incident of incidents) {
    const folded = foldedIncidents.get(incident.id)!;
    expect({ ...incident, notifications: undefined, reclassifications: undefined }).toMatchObject({
      location: folded.location,
      description: folded.description,
      happenedAt: folded.happenedAt,
      topics: folded.topics,
      severity: folded.severity,
      absenceDays: folded.absenceDays,
      reportedSeverity: folded.reportedSeverity,
      reportedAbsenceDays: folded.reportedAbsenceDays,
      retracted: folded.retraction !== null,
    });
    expect(incident.notifications.map((n) => [n.eventId, n.channel, n.reference, n.retracted])).toEqual(
      folded.notifications.map((n) => [n.stamp.eventId, n.channel, n.reference, n.retraction !== null]),
    );
    expect(incident.reclassifications.map((r) => [r.severity, r.absenceDays])).toEqual(
      folded.reclassifications.map((r) => [r.severity, r.absenceDays]),
    );
  }
}
