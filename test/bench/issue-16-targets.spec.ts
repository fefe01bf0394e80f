import { API_LIMIT_KEY, flatCommandTarget, httpLoadTarget, ONE_CONNECTION_KEY, warmCommandKey } from './issue-16-targets';

describe("issue 16's targets", () => {
  it('holds one connection against the API limit, and more connections against one connection', () => {
    expect(httpLoadTarget({ connections: 1, chains: 1 })).toMatchObject({ to: API_LIMIT_KEY, atLeast: 0.5 });
    expect(httpLoadTarget({ connections: 10, chains: 1 })).toMatchObject({ to: ONE_CONNECTION_KEY, atLeast: 1 });
    expect(httpLoadTarget({ connections: 10, chains: 10 })).toMatchObject({ to: ONE_CONNECTION_KEY, atLeast: 3, what: '10 connections on 10 chains ÷ 1 connection' });
  });

  it('holds the warm command at the largest history against the smallest, at most 2×', () => {
    expect(flatCommandTarget([10, 1000, 10_000, 100_000])).toEqual({
      largest: 100_000,
      target: { to: warmCommandKey(10), atMost: 2, what: 'warm command at 100,000 prior events ÷ at 10', source: 'issue 16: at 100,000 ≤ 2× at 10' },
    });
    expect(flatCommandTarget([1000, 10, 100])?.largest).toBe(1000);
    expect(flatCommandTarget([10])).toBeUndefined();
  });
});
