import { percentDone, timeLeftMs } from './time-left';

describe('time left of a long read', () => {
  it('is the rest at the rate so far', () => {
    expect(timeLeftMs(25_000, 100_000, 10_000)).toBe(30_000);
    expect(timeLeftMs(10_000, 100_000, 60_000)).toBe(540_000);
  });

  it('cannot be said without a total or before anything is done', () => {
    expect(timeLeftMs(4_000, null, 3_000)).toBeNull();
    expect(timeLeftMs(0, 1_000, 3_000)).toBeNull();
    expect(timeLeftMs(10, 1_000, 0)).toBeNull();
  });

  it('is nothing once the count reaches an estimated total, even past it', () => {
    expect(timeLeftMs(100_000, 100_000, 9_000)).toBe(0);
    expect(timeLeftMs(100_400, 100_000, 9_000)).toBe(0);
  });

  it('says the share done in whole percent, never above 100', () => {
    expect(percentDone(25_000, 100_000)).toBe(25);
    expect(percentDone(999, 1_000)).toBe(99);
    expect(percentDone(100_400, 100_000)).toBe(100);
    expect(percentDone(5, null)).toBeNull();
  });
});
