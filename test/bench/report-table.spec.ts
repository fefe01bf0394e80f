import type { Figure } from './bench-results';
import { comparisonTable } from './report-table';

const aFigure = (role: Figure['role'], samples: number[]): Figure => ({
  caseId: '2', title: 'append 1 event, same stream', family: 'sqlite', contender: `${role}-sqlite`, role, unit: 'events/s', higherIsBetter: true, samples,
  load: { start: 1.5, end: 2.25 },
});

describe('comparisonTable', () => {
  it('judges a store case against the peer and the limit, with the load it ran at', () => {
    const { verdicts } = comparisonTable([aFigure('schakel', [900, 1000, 1100]), aFigure('peer', [800]), aFigure('limit', [1250])]);
    expect(verdicts).toEqual([
      { caseId: '2', family: 'sqlite', target: '≥ 1× peer', value: '1.25×', met: true, load: '1.50 → 2.25' },
      { caseId: '2', family: 'sqlite', target: '≥ 85% of limit', value: '80%', met: false, load: '1.50 → 2.25' },
    ]);
  });
});
