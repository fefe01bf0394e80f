import { Invalid } from './errors';
import { ISO_COUNTRY_CODES, ISO_LANGUAGE_CODES } from './iso-codes';

// Ids are opaque strings (UUIDs in practice) made by the application.
export type PartyId = string;
export type WorkerId = string;
export type ChainId = string;
export type LinkId = string;
export type InstructionId = string;
export type CheckId = string;
export type IncidentId = string;
export type EventId = string;

/** ISO date `YYYY-MM-DD`. */
export type IsoDate = string;
/** ISO-8601 instant in UTC. */
export type IsoInstant = string;
/** ISO 639-1, lowercase (`nl`, `pl`). */
export type LanguageCode = string;
/** ISO 3166-1 alpha-2, uppercase (`NL`). */
export type CountryCode = string;
/** 64 lowercase hexadecimal characters. */
export type Sha256Hex = string;

export const partyKinds = ['ORGANISATION', 'PERSON'] as const;
export type PartyKind = (typeof partyKinds)[number];

/** A party as the application resolved it from its own stream, passed in with a command. */
export type ResolvedParty = { partyId: PartyId; kind: PartyKind };

/** A worker as the application resolved it from its party's stream. */
export type ResolvedWorker = { workerId: WorkerId; partyId: PartyId; languages: LanguageCode[] };

const KVK = /^\d{8}$/;
const SHA256 = /^[0-9a-f]{64}$/;
const SHA256_ANY_CASE = /^[0-9a-fA-F]{64}$/;
const TOPIC = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

export function isKvkNumber(value: unknown): value is string {
  return typeof value === 'string' && KVK.test(value);
}

export function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && ISO_COUNTRY_CODES.has(value);
}

function isLanguageCode(value: unknown): value is string {
  return typeof value === 'string' && ISO_LANGUAGE_CODES.has(value);
}

/** Lowercase SHA-256 hex, as the application computes content hashes. */
export function isSha256Hex(value: unknown): value is string {
  return typeof value === 'string' && SHA256.test(value);
}

/** Hashes of uploaded evidence may come in either case; they are stored lowercase. */
export function isSha256HexAnyCase(value: unknown): value is string {
  return typeof value === 'string' && SHA256_ANY_CASE.test(value);
}

function isTopic(value: unknown): value is string {
  return typeof value === 'string' && TOPIC.test(value);
}

export function isNonEmptyText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** Trimmed text, or Invalid INPUT_REQUIRED naming the field. */
export function requireText(value: unknown, field: string): string {
  if (!isNonEmptyText(value)) throw new Invalid('INPUT_REQUIRED', { field });
  return value.trim();
}

/** The value if it is one of `allowed`, else Invalid INPUT_VALUE_INVALID. */
export function requireOneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new Invalid('INPUT_VALUE_INVALID', { field, value: String(value) });
  }
  return value as T;
}

/** A language code in lowercase, or Invalid LANGUAGE_INVALID. */
export function requireLanguage(value: unknown): LanguageCode {
  const normalised = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (!isLanguageCode(normalised)) throw new Invalid('LANGUAGE_INVALID', { value: String(value) });
  return normalised;
}

/** Topics in UPPER_SNAKE_CASE, each once. */
export function requireTopics(topics: unknown): string[] {
  if (!Array.isArray(topics)) throw new Invalid('INPUT_VALUE_INVALID', { field: 'topics', value: String(topics) });
  const seen = new Set<string>();
  for (const topic of topics) {
    if (!isTopic(topic) || seen.has(topic)) throw new Invalid('TOPIC_INVALID', { value: String(topic) });
    seen.add(topic);
  }
  return [...topics] as string[];
}
