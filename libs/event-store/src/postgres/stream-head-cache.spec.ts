import { StreamHeadCache } from './stream-head-cache';

const head = (version: number) => ({ version, hash: `h${version}`, recordedAtMs: version });

describe('StreamHeadCache', () => {
  it('keeps the newer head when a slower read reports an older one', () => {
    const cache = new StreamHeadCache();
    cache.remember('s-1', head(5));
    cache.remember('s-1', head(3));
    expect(cache.get('s-1')).toEqual(head(5));
  });

  it('takes what the database reported with set(), even when it is older', () => {
    const cache = new StreamHeadCache();
    cache.remember('s-1', head(5));
    cache.set('s-1', head(2));
    expect(cache.get('s-1')).toEqual(head(2));
  });

  it('evicts the least recently used stream beyond its capacity', () => {
    const cache = new StreamHeadCache(2);
    cache.remember('s-a', head(1));
    cache.remember('s-b', head(1));
    cache.get('s-a'); // s-b is now the least recently used
    cache.remember('s-c', head(1));
    expect(cache.get('s-b')).toBeUndefined();
    expect(cache.get('s-a')).toEqual(head(1));
    expect(cache.get('s-c')).toEqual(head(1));
  });
});
