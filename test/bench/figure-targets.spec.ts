import type { Figure } from './bench-results';
import { ceilingVerdicts, loadRange, relativeVerdicts, verdictLine } from './figure-targets';

const aFigure = (over: Partial<Figure> & Pick<Figure, 'samples'>): Figure => ({
  caseId: '7', title: 'reportIncident mutations over HTTP', family: 'sqlite', contender: 'schakel-sqlite', role: 'schakel', unit: 'req/s', higherIsBetter: true, ...over,
});

describe('relativeVerdicts', () => {
  const oneConnection = aFigure({ key: 'http-1', samples: [100, 120, 110], load: { start: 1.2, end: 1.4 } });

  it('holds a rate against another figure of its family by the ratio of their medians', () => {
    const tenChains = aFigure({ samples: [350, 300, 320], relative: { to: 'http-1', atLeast: 3, what: '10 connections on 10 chains ÷ 1 connection', source: 'issue 16' }, load: { start: 1.2, end: 1.4 } });
    const [verdict] = relativeVerdicts([oneConnection, tenChains]);
    expect(verdict).toEqual({
      caseId: '7',
      family: 'sqlite',
      target: '10 connections on 10 chains ÷ 1 connection ≥ 3× (issue 16)',
      value: '2.91× (320 ÷ 110 req/s)',
      met: false,
      load: '1.20 → 1.40',
    });
    expect(relativeVerdicts([oneConnection, { ...tenChains, samples: [330, 340, 335] }])[0].met).toBe(true);
  });

  it('reads a bound below 1 as a share, and holds a cost under a ceiling ratio', () => {
    const limit = aFigure({ key: 'api-limit', contender: 'node-http-better-sqlite3', role: 'limit', samples: [400] });
    const ours = aFigure({ key: 'http-1', samples: [180], relative: { to: 'api-limit', atLeast: 0.5, what: 'Schakel ÷ limit', source: 'issue 16' } });
    expect(relativeVerdicts([limit, ours])[0]).toMatchObject({ target: 'Schakel ÷ limit ≥ 50% (issue 16)', value: '45% (180 ÷ 400 req/s)', met: false });

    const atTen = aFigure({ caseId: '8', unit: 'ms', higherIsBetter: false, key: 'warm-command-10', samples: [0.8], load: { start: 1, end: 1 } });
    const atMany = aFigure({ caseId: '8', unit: 'ms', higherIsBetter: false, samples: [1.5], relative: { to: 'warm-command-10', atMost: 2, what: 'warm at 100,000 ÷ at 10', source: 'issue 16' }, load: { start: 2, end: 3 } });
    expect(relativeVerdicts([atTen, atMany])[0]).toMatchObject({ target: 'warm at 100,000 ÷ at 10 ≤ 2× (issue 16)', value: '1.88× (1.50 ÷ 0.80 ms)', met: true, load: '2.00 → 3.00; the other figure 1.00 → 1.00' });
    expect(relativeVerdicts([atTen, { ...atMany, samples: [1.7] }])[0].met).toBe(false);
  });

  it('looks for the counterpart in the same family only, and gives no verdict without one', () => {
    const postgres = aFigure({ family: 'postgres', samples: [400], relative: { to: 'http-1', atLeast: 3, what: 'x', source: 'issue 16' } });
    expect(relativeVerdicts([oneConnection, postgres])).toEqual([]);
    expect(relativeVerdicts([{ ...oneConnection, family: 'postgres' }, postgres])[0]).toMatchObject({ family: 'postgres', met: true });
  });
});

describe('ceilingVerdicts', () => {
  it('holds the median under a figure\'s ceiling, outside the store cases only', () => {
    const lag = aFigure({ title: 'projection lag p99', unit: 'ms', higherIsBetter: false, samples: [12.8], target: { max: 20, source: 'issue 16: p99 < 20 ms' } });
    const replay = aFigure({ caseId: '9', title: 'as-of replay', unit: 'ms', higherIsBetter: false, samples: [1900, 2100, 2000], target: { max: 1000, source: 'issue 16' } });
    const storeCase = aFigure({ caseId: '6a', samples: [1], target: { max: 0, source: 'x' } });
    expect(ceilingVerdicts([lag, replay, storeCase]).map((v) => [v.target, v.value, v.met])).toEqual([
      ['projection lag p99: median ≤ 20 ms (issue 16: p99 < 20 ms)', '12.8 ms', true],
      ['as-of replay: median ≤ 1,000 ms (issue 16)', '2,000 ms', false],
    ]);
  });
});

describe('verdictLine', () => {
  it('prints the verdict and the load it was measured at', () => {
    expect(verdictLine({ caseId: '12', family: 'sqlite', target: 'peak RSS: median ≤ 1,024 MiB (issue 16)', value: '640 MiB', met: true, load: loadRange({ start: 0.5, end: 0.75 }) })).toBe(
      '- case 12 sqlite: peak RSS: median ≤ 1,024 MiB (issue 16) → 640 MiB: met (load 0.50 → 0.75)',
    );
    expect(verdictLine({ caseId: '7', family: 'postgres', target: 't', value: 'v', met: false })).toBe('- case 7 postgres: t → v: MISSED');
  });
});
