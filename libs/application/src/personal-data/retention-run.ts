import {
  chainDecider,
  eventSchemaVersions,
  partyDecider,
  partyStreamId,
  retentionEnded,
  retentionHolds,
  type ChainEvent,
  type ErasePersonalData,
  type PartyEvent,
  type RetainedSubjectKind,
  type RetentionHold,
  type RetentionPolicy,
} from '@schakel/domain';
import { START, uuidv7, type LoggedEvent, type StoredEvent } from '@schakel/event-store';
import type { Caller, PersonalDataEventStore } from '@schakel/infrastructure';
import { toDomainEvent } from '../events/to-domain-event';

/** A person whose retention period ended: shredded by a run, unless a statutory record still holds them. */
export type RetentionDue = {
  subjectId: string;
  partyId: string;
  kind: RetainedSubjectKind;
  /** The person's name as Schakel holds it now (before the run). */
  name: string;
  /** The party they work for (for a zzp'er: themself). */
  partyName: string;
  lastEntryAt: string;
  basis: string;
  periodEndedAt: string;
  /** A statutory record that still holds the data (the accident register): not shredded yet. */
  heldBy: RetentionHold | null;
};

/** What a run did with one person: shredded (erased as #n), or held back. */
export type RetentionOutcome = RetentionDue & { erasedAs: number | null };

/** The actor a retention run records its erasures by. */
const RETENTION_ACTOR: Caller = { userId: 'schakel-retention', partyId: null, role: 'ADMIN', workerId: null };

const PAGE = 500;
type AnyData = Record<string, any>;
type Person = { subjectId: string; partyId: string; kind: RetainedSubjectKind; lastEntryAt: string; erased: boolean; victimIn: Set<string> };

function idsIn(value: unknown, found: (id: string) => void): void {
  if (typeof value === 'string') {
    found(value.startsWith('pd1:') ? value.slice(4, value.indexOf(':', 4)) : value);
  } else if (Array.isArray(value)) {
    for (const item of value) idsIn(item, found);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) idsIn(item, found);
  }
}

/**
 * Who is past their retention period at `now` (docs/personal-data.md): every worker and zzp'er not
 * erased yet whose policy period (counted from the last entry naming them, recorded time) has
 * ended, with the basis and the date it ended; those the accident register still holds carry the
 * hold. Reads the whole log once, as sealed; opens only the names.
 */
export async function retentionDue(store: PersonalDataEventStore, policy: RetentionPolicy, now: string): Promise<RetentionDue[]> {
  if (policy.workerYears <= 0 && policy.personYears <= 0) return [];
  const people = new Map<string, Person>();
  const names = new Map<string, StoredEvent>();
  for (let after = START; ; ) {
    const page: LoggedEvent[] = await store.sealed.readAll({ after, limit: PAGE });
    if (page.length === 0) break;
    after = page[page.length - 1].checkpoint;
    for (const event of page) {
      const data = event.data as AnyData;
      if (event.type === 'WorkerRegistered') {
        people.set(data.workerId, { subjectId: data.workerId, partyId: data.partyId, kind: 'WORKER', lastEntryAt: event.recordedAt, erased: false, victimIn: new Set() });
        names.set(data.workerId, event);
      } else if (event.type === 'PartyRegistered') {
        names.set(data.partyId, event);
        if (data.kind === 'PERSON') people.set(data.partyId, { subjectId: data.partyId, partyId: data.partyId, kind: 'PERSON', lastEntryAt: event.recordedAt, erased: false, victimIn: new Set() });
      }
      if (event.type === 'PersonalDataErased') {
        const person = people.get(data.subjectId);
        if (person) person.erased = true;
        continue; // the erasure itself is not a use of the data
      }
      if (event.type === 'IncidentReported') {
        for (const id of [data.victim?.workerId, data.victim?.partyId]) if (id) people.get(id)?.victimIn.add(event.streamId);
      }
      const named = new Set<string>();
      idsIn(data, (id) => named.add(id));
      if (event.actor.workerId) named.add(event.actor.workerId);
      for (const id of named) {
        const person = people.get(id);
        if (person && event.recordedAt > person.lastEntryAt) person.lastEntryAt = event.recordedAt;
      }
    }
  }
  const due: RetentionDue[] = [];
  for (const person of people.values()) {
    if (person.erased) continue;
    const ended = retentionEnded(person.kind, person.lastEntryAt, now, policy);
    if (!ended) continue;
    const chains = await Promise.all(
      [...person.victimIn].map(async (streamId) => (await store.readStream(streamId)).map((e) => toDomainEvent<ChainEvent>(e)).reduce(chainDecider.evolve, chainDecider.initialState())),
    );
    const [heldBy = null] = retentionHolds(chains, person.subjectId, now, policy);
    due.push({
      subjectId: person.subjectId,
      partyId: person.partyId,
      kind: person.kind,
      name: await nameOf(store, names.get(person.subjectId)),
      partyName: await nameOf(store, names.get(person.partyId)),
      lastEntryAt: person.lastEntryAt,
      ...ended,
      heldBy,
    });
  }
  return due.sort((a, b) => a.periodEndedAt.localeCompare(b.periodEndedAt) || a.subjectId.localeCompare(b.subjectId));
}

async function nameOf(store: PersonalDataEventStore, registered: StoredEvent | undefined): Promise<string> {
  if (!registered) return 'unknown';
  return String(((await store.openEvent(registered)).data as AnyData).name);
}

/**
 * Shreds everyone `retentionDue` finds and nothing holds: as an erasure on request, decided first
 * (by the retention actor, with the basis and the date the period ended as reason), then the key
 * destroyed, then `PersonalDataErased` recorded on the person's party stream.
 */
export async function runRetention(store: PersonalDataEventStore, policy: RetentionPolicy, now: string, correlationId: string = uuidv7()): Promise<RetentionOutcome[]> {
  const outcomes: RetentionOutcome[] = [];
  for (const due of await retentionDue(store, policy, now)) {
    if (due.heldBy) {
      outcomes.push({ ...due, erasedAs: null });
      continue;
    }
    outcomes.push({ ...due, erasedAs: await shred(store, due, now, correlationId) });
  }
  return outcomes;
}

async function shred(store: PersonalDataEventStore, due: RetentionDue, now: string, correlationId: string): Promise<number> {
  const streamId = partyStreamId(due.partyId);
  const stored = await store.readStream(streamId);
  const state = stored.map((e) => toDomainEvent<PartyEvent>(e)).reduce(partyDecider.evolve, partyDecider.initialState());
  const command = (erasedAs: number): ErasePersonalData => ({
    type: 'ErasePersonalData',
    data: { partyId: due.partyId, subjectId: due.subjectId, reason: `${due.basis}; the period ended on ${due.periodEndedAt.slice(0, 10)}`, erasedAs, holds: [] },
    metadata: { now, actor: RETENTION_ACTOR, occurredAt: now },
  });
  partyDecider.decide(command(0), state); // refused: nothing destroyed, nothing written
  const erasedAs = await store.destroyKey(due.subjectId, now);
  const events = partyDecider.decide(command(erasedAs), state);
  await store.append(
    streamId,
    events.map((event) => ({
      eventId: uuidv7(),
      type: event.type,
      schemaVersion: eventSchemaVersions[event.type],
      data: event.data,
      occurredAt: now,
      actor: { userId: RETENTION_ACTOR.userId, partyId: null, role: RETENTION_ACTOR.role },
      correlationId,
      causationId: null,
    })),
    stored.length > 0 ? stored[stored.length - 1].streamVersion : -1,
  );
  return erasedAs;
}
