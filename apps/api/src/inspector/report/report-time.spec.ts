import { amsterdamTime, amsterdamTimesIn } from './report-time';

describe('report times in Europe/Amsterdam', () => {
  it('shows winter time as CET and summer time as CEST, across the switch', () => {
    expect(amsterdamTime('2026-01-15T13:05:00.000Z')).toBe('2026-01-15 14:05 CET');
    expect(amsterdamTime('2026-03-29T00:59:00Z')).toBe('2026-03-29 01:59 CET');
    expect(amsterdamTime('2026-03-29T01:00:00Z')).toBe('2026-03-29 03:00 CEST');
    expect(amsterdamTime('2026-10-24T22:30:00Z')).toBe('2026-10-25 00:30 CEST');
  });

  it('rewrites the UTC instants a summary quotes, and leaves plain dates and other text alone', () => {
    expect(amsterdamTimesIn('reported at Steiger B (2026-07-01T10:00:00.000Z) from 2026-07-01')).toBe('reported at Steiger B (2026-07-01 12:00 CEST) from 2026-07-01');
  });
});
