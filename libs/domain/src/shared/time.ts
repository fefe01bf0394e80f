import { Invalid } from './errors';

/** How far a user-given valid time may lie ahead of the server clock. */
const DEFAULT_MAX_SKEW_MS = 5 * 60 * 1000;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.(\d{1,9}))?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The years a date or instant of Schakel may fall in. Nothing it records (an engagement, a
 * certificate, an incident) lies outside them, and years like 0001 or 9999 are typing mistakes or
 * probes that other systems (and `Date`) handle differently.
 */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/** True for a real calendar date written `YYYY-MM-DD`, in the years MIN_YEAR–MAX_YEAR. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Milliseconds since the epoch of an ISO-8601 instant with a zone (Z or ±hh:mm), or null. */
export function parseInstant(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = INSTANT.exec(value);
  if (!match || !isIsoDate(match[1])) return null;
  const [year, month, day] = match[1].split('-').map(Number);
  const fraction = match[5] ? Number(`0.${match[5]}`) : 0;
  const local = Date.UTC(year, month - 1, day, Number(match[2]), Number(match[3]), Number(match[4] ?? 0)) + Math.floor(fraction * 1000);
  const zone = match[6];
  if (zone === 'Z') return local;
  const offsetMinutes = (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  return local - offsetMinutes * 60_000;
}

/** Formats epoch milliseconds as `YYYY-MM-DDTHH:mm:ss.sssZ` (civil-from-days, no clock involved). */
export function formatInstant(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  let rest = ms - days * 86_400_000;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(millis, 3)}Z`;
}

/** The instant in UTC (`2026-03-02T08:00:00.000Z`), or Invalid INPUT_INSTANT_INVALID naming the field. */
export function toUtcInstant(value: unknown, field: string): string {
  const ms = parseInstant(value);
  if (ms === null) throw new Invalid('INPUT_INSTANT_INVALID', { field, value: String(value) });
  return formatInstant(ms);
}

/** The date, or Invalid INPUT_DATE_INVALID naming the field. */
export function requireIsoDate(value: unknown, field: string): string {
  if (!isIsoDate(value)) throw new Invalid('INPUT_DATE_INVALID', { field, value: String(value) });
  return value;
}

/** The UTC calendar date of an instant. */
export function utcDateOf(instant: string): string {
  const ms = parseInstant(instant);
  return ms === null ? instant.slice(0, 10) : formatInstant(ms).slice(0, 10);
}

/** True when `instant` lies more than `maxSkewMs` after `now`. */
export function isInFuture(instant: string, now: string, maxSkewMs = DEFAULT_MAX_SKEW_MS): boolean {
  const at = parseInstant(instant);
  const reference = parseInstant(now);
  if (at === null || reference === null) return false;
  return at > reference + maxSkewMs;
}

/**
 * The valid time a user gives must be an instant and may not lie in the future beyond a small
 * clock skew. The application calls this for every command.
 */
export function assertOccurredAt(occurredAt: string, now: string, maxSkewMs: number = DEFAULT_MAX_SKEW_MS): void {
  if (parseInstant(occurredAt) === null) throw new Invalid('EVENT_OCCURRED_AT_INVALID', { occurredAt: String(occurredAt) });
  if (parseInstant(now) === null) throw new Invalid('INPUT_INSTANT_INVALID', { field: 'now', value: String(now) });
  if (isInFuture(occurredAt, now, maxSkewMs)) throw new Invalid('EVENT_OCCURRED_IN_FUTURE', { occurredAt, now });
}
