import { assertOccurredAt, formatInstant, isIsoDate, isInFuture, parseInstant, requireIsoDate, toUtcInstant, utcDateOf } from './time';
import { isDomainError } from './errors';

const codeOf = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    return isDomainError(error) ? error.code : `not a domain error: ${String(error)}`;
  }
  return 'no error';
};

describe('time', () => {
  it('recognises real calendar dates only', () => {
    expect(['2026-03-02', '2024-02-29', '2000-02-29', '2026-12-31'].every(isIsoDate)).toBe(true);
    expect(['2026-02-29', '1900-02-29', '2026-13-01', '2026-04-31', '2026-3-2', '02-03-2026', '', 20260302].some(isIsoDate)).toBe(false);
  });

  it('bounds dates and instants to the years 1900–2199, so 0001 or 9999 is a mistake, not a record', () => {
    expect(['1900-01-01', '2199-12-31'].every(isIsoDate)).toBe(true);
    expect(['0001-01-01', '1899-12-31', '2200-01-01', '9999-12-31'].some(isIsoDate)).toBe(false);
    expect(parseInstant('1900-01-01T00:00:00Z')).toBe(Date.UTC(1900, 0, 1));
    for (const bad of ['0001-01-01T00:00:00Z', '1899-12-31T23:59:59Z', '2200-01-01T00:00:00Z', '9999-12-31T23:59:59Z']) {
      expect(parseInstant(bad)).toBeNull();
    }
    expect(codeOf(() => requireIsoDate('9999-12-31', 'startDate'))).toBe('INPUT_DATE_INVALID');
    expect(codeOf(() => toUtcInstant('0001-01-01T00:00:00Z', 'happenedAt'))).toBe('INPUT_INSTANT_INVALID');
  });

  it('parses instants with a zone and refuses those without', () => {
    expect(parseInstant('2026-03-02T08:00:00Z')).toBe(Date.UTC(2026, 2, 2, 8));
    expect(parseInstant('2026-03-02T09:00:00.250+01:00')).toBe(Date.UTC(2026, 2, 2, 8, 0, 0, 250));
    expect(parseInstant('2026-03-02T08:00Z')).toBe(Date.UTC(2026, 2, 2, 8));
    expect(parseInstant('2026-03-01T20:00:00-05:30')).toBe(Date.UTC(2026, 2, 2, 1, 30));
    for (const bad of ['2026-03-02T08:00:00', '2026-03-02', '2026-02-30T08:00:00Z', '2026-03-02T24:00:00Z', 'now', null]) {
      expect(parseInstant(bad)).toBeNull();
    }
  });

  it('formats instants exactly like Date#toISOString, without a clock', () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 2000; i++) {
      const ms = Math.floor((next() / 2 ** 31) * 8e12) - 1e12; // 1938 … 2223
      expect(formatInstant(ms)).toBe(new Date(ms).toISOString());
    }
    expect(toUtcInstant('2026-03-02T09:00:00+01:00', 'x')).toBe('2026-03-02T08:00:00.000Z');
    expect(utcDateOf('2026-03-02T00:30:00+01:00')).toBe('2026-03-01');
  });

  it('assertOccurredAt allows a small skew and refuses the future or garbage', () => {
    const now = '2026-03-02T12:00:00.000Z';
    expect(codeOf(() => assertOccurredAt('2026-03-01T12:00:00Z', now))).toBe('no error');
    expect(codeOf(() => assertOccurredAt('2026-03-02T12:05:00Z', now))).toBe('no error');
    expect(codeOf(() => assertOccurredAt('2026-03-02T12:05:00.001Z', now))).toBe('EVENT_OCCURRED_IN_FUTURE');
    expect(codeOf(() => assertOccurredAt('2026-03-02T12:00:01Z', now, 0))).toBe('EVENT_OCCURRED_IN_FUTURE');
    expect(codeOf(() => assertOccurredAt('yesterday', now))).toBe('EVENT_OCCURRED_AT_INVALID');
    expect(isInFuture('2026-03-02T12:06:00Z', now)).toBe(true);
  });
});
