import { amsterdamMonth, findingsPerMonth, monthsUpTo } from './findings-per-month';

const finding = (partyIds: string[], arisenAt: string, resolvedAt: string | null = null) => ({ partyIds, arisenAt, resolvedAt });

describe('findingsPerMonth', () => {
  it('takes the month in Dutch time: 23:30 UTC on the last day of a winter month is already the next month', () => {
    expect(amsterdamMonth('2026-01-31T23:30:00Z')).toBe('2026-02');
    expect(amsterdamMonth('2026-06-30T21:59:00Z')).toBe('2026-06');
    expect(amsterdamMonth('2026-06-30T22:00:00Z')).toBe('2026-07');
  });

  it('counts back over a year end, oldest month first', () => {
    expect(monthsUpTo('2026-02-10T12:00:00Z', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('counts each finding as opened in its month and resolved in its month, for every party it names', () => {
    const answer = findingsPerMonth(
      [
        finding(['steel'], '2026-01-05T10:00:00Z', '2026-02-03T10:00:00Z'),
        finding(['steel', 'agency'], '2026-02-10T10:00:00Z'),
        finding(['main'], '2026-03-01T10:00:00Z', '2026-03-02T10:00:00Z'),
      ],
      { now: '2026-03-15T12:00:00Z', months: 3 },
    );
    expect(answer).toEqual({
      months: ['2026-01', '2026-02', '2026-03'],
      bars: [
        { month: '2026-01', partyId: 'steel', opened: 1, resolved: 0 },
        { month: '2026-02', partyId: 'agency', opened: 1, resolved: 0 },
        { month: '2026-02', partyId: 'steel', opened: 1, resolved: 1 },
        { month: '2026-03', partyId: 'main', opened: 1, resolved: 1 },
      ],
      covered: 3,
      total: 3,
    });
  });

  it('says how many findings fall outside the months counted: opened and resolved before them', () => {
    const answer = findingsPerMonth(
      [finding(['steel'], '2025-01-05T10:00:00Z', '2025-02-03T10:00:00Z'), finding(['steel'], '2025-12-05T10:00:00Z', '2026-02-03T10:00:00Z')],
      { now: '2026-03-15T12:00:00Z', months: 3 },
    );
    expect(answer.bars).toEqual([{ month: '2026-02', partyId: 'steel', opened: 0, resolved: 1 }]);
    expect({ covered: answer.covered, total: answer.total }).toEqual({ covered: 1, total: 2 });
  });
});
