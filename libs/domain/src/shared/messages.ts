/**
 * What the application knows about a stored event and hands to evolve: corrections name an
 * earlier event by its eventId, and state remembers who recorded what, and when.
 */
export type EventMeta = {
  eventId: string;
  /** Valid time (ISO instant, UTC). */
  occurredAt: string;
  /** Transaction time (ISO instant, UTC). */
  recordedAt: string;
  actorPartyId: string | null;
  /** Present on entries brought in by a history import (recorded now, dated as claimed). */
  imported?: ImportMark;
  /** The worker whose own token or personal link recorded it (own act); absent or null when a manager or system did. */
  actorWorkerId?: string | null;
};

/** Who imported an entry, from which file (SHA-256 of its bytes), in which import. */
export type ImportMark = { importId: string; sourceSha256: string; importerPartyId: string | null };

/** A domain event: decide emits it without meta; the application attaches meta when it folds stored events. */
export type DomainEvent<Type extends string, Data> = {
  type: Type;
  data: Data;
  meta?: EventMeta;
};

/** The authenticated caller, taken from the token (never from input). */
export type CommandActor = {
  userId: string;
  partyId: string | null;
  /** e.g. 'MANAGER', 'WORKER', 'INSPECTOR'; only WORKER is special to the domain. */
  role: string;
  workerId: string | null;
};

export const WORKER_ROLE = 'WORKER';

export type CommandMetadata = {
  /** Server time of the request (ISO instant). */
  now: string;
  actor: CommandActor;
  /** Valid time given by the user (ISO instant); defaults to now. */
  occurredAt?: string;
};

export type DomainCommand<Type extends string, Data> = {
  type: Type;
  data: Data;
  metadata: CommandMetadata;
};

/** Any domain event, for code that handles events generically (the application's envelope mapping). */
export type DomainEventShape = { type: string; data: unknown; meta?: EventMeta };
