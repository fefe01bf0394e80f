import { nextDigestAt } from './digest-time';

describe('the daily digest\'s hour, on Dutch time', () => {
  it('is 07:00 in Amsterdam: 05:00 UTC in summer, 06:00 UTC in winter, the next day once it has passed', () => {
    expect(nextDigestAt(Date.parse('2026-09-15T03:00:00Z'), 7)).toBe('2026-09-15T05:00:00.000Z');
    expect(nextDigestAt(Date.parse('2026-09-15T05:00:00Z'), 7)).toBe('2026-09-16T05:00:00.000Z');
    expect(nextDigestAt(Date.parse('2026-12-15T12:00:00Z'), 7)).toBe('2026-12-16T06:00:00.000Z');
    // just before midnight in Amsterdam (22:30 UTC in summer) the next morning is the next UTC day
    expect(nextDigestAt(Date.parse('2026-09-15T22:30:00Z'), 7)).toBe('2026-09-16T05:00:00.000Z');
  });
});
