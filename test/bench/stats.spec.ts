import { formatRatio, percentile, perSecond, ratio, summarize } from './stats';

describe('bench stats', () => {
  it('summarizes runs as min / median / max, whatever their order', () => {
    expect(summarize([5, 1, 3])).toEqual({ min: 1, median: 3, max: 5, runs: 3 });
    expect(summarize([4, 1, 3, 2])).toEqual({ min: 1, median: 2.5, max: 4, runs: 4 });
    expect(() => summarize([])).toThrow(RangeError);
  });

  it('takes percentiles by nearest rank', () => {
    const samples = Array.from({ length: 200 }, (_, i) => 200 - i);
    expect(percentile(samples, 50)).toBe(100);
    expect(percentile(samples, 99)).toBe(198);
    expect(percentile(samples, 100)).toBe(200);
    expect(percentile([7], 99)).toBe(7);
  });

  it('gives ratios as "times better": ours/theirs for throughput, theirs/ours for durations', () => {
    expect(ratio(3000, 1000, true)).toBe(3);
    expect(ratio(2, 8, false)).toBe(4);
    expect(ratio(500, 1000, true)).toBe(0.5);
    expect(ratio(undefined, 1000, true)).toBeUndefined();
    expect(ratio(1000, 0, true)).toBeUndefined();
    expect(formatRatio(1.5)).toBe('1.50×');
    expect(formatRatio(undefined)).toBe('–');
  });

  it('turns counts and milliseconds into rates', () => {
    expect(perSecond(500, 250)).toBe(2000);
  });
});
