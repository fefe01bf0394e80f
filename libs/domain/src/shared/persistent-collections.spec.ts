import { copyCount } from './copy-count';
import { PersistentList } from './persistent-list';

// A small deterministic generator, so a failure can be replayed.
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

describe('PersistentList', () => {
  it('pushes and sets like an array, across the sizes where the trie grows a level', () => {
    const next = random(7);
    let list = PersistentList.empty<number>();
    const model: number[] = [];
    for (let i = 0; i < 40_000; i++) {
      if (model.length > 0 && next() < 0.3) {
        const at = Math.floor(next() * model.length);
        list = list.set(at, -i);
        model[at] = -i;
      } else {
        list = list.push(i);
        model.push(i);
      }
    }
    expect(list.size).toBe(model.length);
    expect(list.toArray()).toEqual(model);
    expect([...list]).toEqual(model);
    for (const at of [0, 31, 32, 1023, 1024, 1055, 1056, 32 * 32 * 32, model.length - 1]) expect(list.get(at)).toBe(model[at]);
    expect(list.get(model.length)).toBeUndefined();
    expect(list.get(-1)).toBeUndefined();
  });

  it('never changes the version it was called on', () => {
    const base = PersistentList.of(Array.from({ length: 2000 }, (_, i) => i));
    const before = base.toArray();
    const pushed = base.push(2000);
    const replaced = base.set(5, -5).set(1999, -1999);
    expect(base.toArray()).toBe(before);
    expect(base.toArray()).toEqual(Array.from({ length: 2000 }, (_, i) => i));
    expect(pushed.size).toBe(2001);
    expect(replaced.get(5)).toBe(-5);
    expect(replaced.get(1999)).toBe(-1999);
    expect(base.get(5)).toBe(5);
    expect(() => base.set(2000, 0)).toThrow(RangeError);
  });

  it('copies a path, not the list: a push or a set onto 100,000 items copies fewer than 200 slots', () => {
    const big = PersistentList.of(Array.from({ length: 100_000 }, (_, i) => i));
    const start = copyCount.slots;
    big.push(1).set(50_000, 0).set(99_999, 0);
    expect(copyCount.slots - start).toBeLessThan(200);
  });

  it('hands out a frozen array, built once per version', () => {
    const list = PersistentList.of([1, 2, 3]);
    expect(list.toArray()).toBe(list.toArray());
    expect(Object.isFrozen(list.toArray())).toBe(true);
  });
});
