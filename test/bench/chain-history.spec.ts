import { tierParent } from './chain-history';

describe('tierParent', () => {
  it('puts the main contractor under the principal and fills each tier breadth first', () => {
    expect(tierParent(1, 9)).toBe(0);
    expect([2, 10].map((k) => tierParent(k, 9))).toEqual([1, 1]);
    expect([11, 19, 20].map((k) => tierParent(k, 9))).toEqual([2, 2, 3]);
  });

  it('makes five tiers of 1, 9, 81, 729 and 180 links out of 1,000 with nine below each party', () => {
    const depth = [0];
    for (let k = 1; k <= 1000; k++) depth[k] = depth[tierParent(k, 9)] + 1;
    const perTier = new Map<number, number>();
    for (const d of depth.slice(1)) perTier.set(d, (perTier.get(d) ?? 0) + 1);
    expect([...perTier]).toEqual([[1, 1], [2, 9], [3, 81], [4, 729], [5, 180]]);
  });

  it('refuses a link number below 1', () => {
    expect(() => tierParent(0, 9)).toThrow(RangeError);
  });
});
