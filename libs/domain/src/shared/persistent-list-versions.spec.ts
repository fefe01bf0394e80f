import fc from 'fast-check';
import { PersistentList } from './persistent-list';

// A push appends to a tail shared with older versions in place (docs/adr/0025). Whatever version a
// change starts from, every version must still read as the array it stood for when it was made.

type Op = { kind: 'push' | 'set'; from: number | 'newest'; at: number; value: number };

const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom<Op['kind']>('push', 'push', 'push', 'set'),
  // mostly the newest version (long lines that cross 32, 1,024 and 32,768), sometimes any older one
  from: fc.oneof({ weight: 4, arbitrary: fc.constant<'newest'>('newest') }, { weight: 1, arbitrary: fc.nat() }),
  at: fc.nat(),
  value: fc.integer(),
});

function replay(ops: readonly Op[], start: readonly number[]): { list: PersistentList<number>; model: number[] }[] {
  const versions = [{ list: PersistentList.of(start), model: [...start] }];
  for (const { kind, from, at, value } of ops) {
    const base = versions[from === 'newest' ? versions.length - 1 : from % versions.length];
    if (kind === 'set' && base.model.length > 0) {
      const i = at % base.model.length;
      const model = [...base.model];
      model[i] = value;
      versions.push({ list: base.list.set(i, value), model });
    } else {
      versions.push({ list: base.list.push(value), model: [...base.model, value] });
    }
  }
  return versions;
}

describe('PersistentList versions', () => {
  it('every version reads as its own array, whichever versions were changed after it (random histories)', () => {
    fc.assert(
      // starting below, just below a full tail and past the first trie level
      fc.property(fc.array(op, { maxLength: 200 }), fc.constantFrom(0, 30, 1020), (ops, startSize) => {
        const versions = replay(ops, Array.from({ length: startSize }, (_, i) => i));
        const wrong = versions.filter(({ list, model }) => {
          const items = [...list];
          return list.size !== model.length || items.length !== model.length || items.some((item, i) => item !== model[i] || list.get(i) !== item) || list.get(model.length) !== undefined;
        });
        expect(wrong.map(({ model }) => model.length)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('two pushes onto one version give two lists, neither seeing the other', () => {
    const base = PersistentList.of([1, 2, 3]);
    const left = base.push(4);
    const right = base.push(5);
    const leftAgain = left.push(6);
    expect([base.toArray(), left.toArray(), right.toArray(), leftAgain.toArray()]).toEqual([[1, 2, 3], [1, 2, 3, 4], [1, 2, 3, 5], [1, 2, 3, 4, 6]]);
    expect(base.set(2, 9).push(7).toArray()).toEqual([1, 2, 9, 7]);
  });
});
