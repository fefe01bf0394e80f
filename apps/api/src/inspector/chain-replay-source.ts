import { Inject, Injectable } from '@nestjs/common';
import {
  chainGrantorsOf,
  chainStreamId,
  credentialsStreamId,
  foldChainEvents,
  noticeStreamId,
  partiesNamed,
  partyAndWorkerNames,
  partyStreamId,
  type PartyEvent,
  type ChainGrantors,
  type CompanyCertificateRecorded,
  type ReplayEvent,
  type WorkerDiplomaRecorded,
  type WorkerRegistration,
  workerRegistrationsIn,
} from '@schakel/domain';
import type { EventStore, StoredEvent } from '@schakel/event-store';
import { provenanceOf, notFound } from '@schakel/application';
import { EVENT_STORE, type PersonalDataEventStore } from '@schakel/infrastructure';
import { PartyReads } from '../parties/party-reads';

export function toReplayEvent(stored: StoredEvent): ReplayEvent {
  return {
    type: stored.type,
    data: stored.data,
    meta: { eventId: stored.eventId, occurredAt: stored.occurredAt, recordedAt: stored.recordedAt, actorPartyId: stored.actor.partyId, ...provenanceOf(stored) },
  };
}

const CACHED_CHAINS = 8;

// per cached log (a log that grew is a new array): a replay screen asks many questions of one log
const partiesOfLog = new WeakMap<readonly ReplayEvent[], ReadonlySet<string>>();

/** Every party the events name or were written by. */
function partiesIn(events: readonly ReplayEvent[]): ReadonlySet<string> {
  const known = partiesOfLog.get(events);
  if (known) return known;
  const ids = new Set<string>();
  for (const event of events) {
    if (event.meta.actorPartyId) ids.add(event.meta.actorPartyId);
    for (const id of partiesNamed(event)) ids.add(id);
  }
  partiesOfLog.set(events, ids);
  return ids;
}

const WORKER_NAMING = new Set(['WorkStartChecked', 'ToolboxAttendanceRecorded', 'SafetyInstructionAcknowledged']);

/** A chain's events straight from the log (never a read model), with party names for readers. */
@Injectable()
export class ChainReplaySource {
  // The log is append-only and gap-free per stream: a chain's events read once stay true, so a
  // replay reads only the events appended since (an inspector asks many questions of one chain).
  private readonly cache = new Map<string, readonly ReplayEvent[]>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly parties: PartyReads,
  ) {
    (store as Partial<PersonalDataEventStore>).onErased?.(() => this.cache.clear());
  }

  /** The chain stream in log order; NOT_FOUND when the chain was never opened. */
  async events(chainId: string): Promise<readonly ReplayEvent[]> {
    const cached = this.cache.get(chainId) ?? [];
    const newer = await this.store.readStream(chainStreamId(chainId), { fromVersion: cached.length });
    const events = newer.length === 0 ? cached : [...cached, ...newer.map(toReplayEvent)];
    if (events.length === 0) throw notFound('CHAIN_NOT_FOUND', `Chain ${chainId} does not exist.`);
    this.cache.delete(chainId);
    this.cache.set(chainId, events);
    if (this.cache.size > CACHED_CHAINS) this.cache.delete(this.cache.keys().next().value as string);
    return events;
  }

  /** What Schakel told whom about the chain (its notices stream), for who-knew. */
  async notices(chainId: string): Promise<ReplayEvent[]> {
    return (await this.store.readStream(noticeStreamId(chainId))).map(toReplayEvent);
  }

  /** Who may grant inspector access: the principal, and the Arbo employer of each accident victim. */
  grantorsOf(events: readonly ReplayEvent[]): ChainGrantors {
    return chainGrantorsOf(foldChainEvents(events));
  }

  /** The credential events (certificates, diplomas) of these parties, from their streams, with meta. */
  async credentialEventsOf(partyIds: readonly string[]): Promise<(CompanyCertificateRecorded | WorkerDiplomaRecorded)[]> {
    const streams = await Promise.all(partyIds.map((id) => this.store.readStream(credentialsStreamId(id))));
    return streams.flat().map((stored) => toReplayEvent(stored) as unknown as CompanyCertificateRecorded | WorkerDiplomaRecorded);
  }

  /** Names by id of these parties and their workers, from the party streams (for a finding's text). */
  async partyAndWorkerNamesOf(partyIds: readonly string[]): Promise<Record<string, string>> {
    const streams = await Promise.all(partyIds.map((id) => this.store.readStream(partyStreamId(id))));
    return partyAndWorkerNames(streams.flat().map((stored) => toReplayEvent(stored) as unknown as PartyEvent));
  }

  /**
   * Worker registrations (with both clocks) of every party the chain's events name: the replay
   * lists, from his registration on, a worker who never acknowledged.
   */
  async workerRegistrationsFor(events: readonly ReplayEvent[]): Promise<WorkerRegistration[]> {
    const streams = await Promise.all([...partiesIn(events)].map((id) => this.store.readStream(partyStreamId(id))));
    return workerRegistrationsIn(streams.flat().map(toReplayEvent));
  }

  /**
   * For the readable report: the worker registrations (as workerRegistrationsFor) and a name lookup
   * that also knows every worker of every party the events name (a report shows no worker ids),
   * from one read of the party streams.
   */
  async reportPartiesFor(events: readonly ReplayEvent[]): Promise<{ nameOf: (id: string) => string; registrations: WorkerRegistration[] }> {
    const partyIds = [...partiesIn(events)];
    const [partyNames, streams] = await Promise.all([this.parties.parties(partyIds), Promise.all(partyIds.map((id) => this.store.readStream(partyStreamId(id))))]);
    const partyEvents = streams.flat().map(toReplayEvent);
    const names = new Map<string, string>(Object.entries(partyAndWorkerNames(partyEvents as unknown as PartyEvent[])));
    for (const party of partyNames) names.set(party.id, party.name);
    return { nameOf: (id: string) => names.get(id) ?? id, registrations: workerRegistrationsIn(partyEvents) };
  }

  /** A name lookup for every party the events mention (the id itself when unknown). */
  async namesFor(events: readonly ReplayEvent[]): Promise<(partyId: string) => string> {
    const names = new Map((await this.parties.parties([...partiesIn(events)])).map((p) => [p.id, p.name]));
    // a start at the gate, a meeting's attendance and an acknowledgement name their worker: read by name, from the worker's party stream
    const workerParties = new Set(events.filter((e) => WORKER_NAMING.has(e.type)).map((e) => (e.data as { partyId: string }).partyId));
    const workers = workerParties.size > 0 ? await this.partyAndWorkerNamesOf([...workerParties]) : {};
    return (partyId: string) => names.get(partyId) ?? workers[partyId] ?? partyId;
  }
}
