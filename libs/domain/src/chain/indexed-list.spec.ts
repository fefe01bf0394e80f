import fc from 'fast-check';
import { IndexedList } from './indexed-list';

// Appends to the newest version of a line add to a shared id index in place (docs/adr/0025): any
// version, whatever was put after it and onto which version, must still find exactly its own items.

type Op = { from: number | 'newest'; id: number; value: number };

const op: fc.Arbitrary<Op> = fc.record({
  from: fc.oneof({ weight: 4, arbitrary: fc.constant<'newest'>('newest') }, { weight: 1, arbitrary: fc.nat() }),
  // a small pool of ids: some puts replace, most append
  id: fc.nat({ max: 80 }),
  value: fc.integer(),
});

type Model = [id: string, value: number][];

function put(model: Model, id: string, value: number): Model {
  const at = model.findIndex(([known]) => known === id);
  if (at < 0) return [...model, [id, value]];
  const next = [...model];
  next[at] = [id, value];
  return next;
}

describe('IndexedList versions', () => {
  it('every version finds its own items by id and lists them in order (random histories that branch)', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const versions: { list: IndexedList<number>; model: Model }[] = [{ list: IndexedList.empty(), model: [] }];
        for (const { from, id, value } of ops) {
          const base = versions[from === 'newest' ? versions.length - 1 : from % versions.length];
          versions.push({ list: base.list.put(`id-${id}`, value), model: put(base.model, `id-${id}`, value) });
        }
        for (const { list, model } of versions) {
          expect(list.size).toBe(model.length);
          expect(list.toArray()).toEqual(model.map(([, value]) => value));
          const byId = new Map(model);
          for (let id = 0; id <= 80; id++) expect(list.get(`id-${id}`)).toBe(byId.get(`id-${id}`));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an id put on one branch is unknown to its sibling, even at the same position', () => {
    const base = IndexedList.of(['a', 'b'], (s) => s);
    const left = base.put('x', 'x');
    const right = base.put('y', 'y').put('x', 'x-right');
    expect([left.get('y'), right.get('x'), base.get('x')]).toEqual([undefined, 'x-right', undefined]);
    expect(left.put('y', 'y-left').toArray()).toEqual(['a', 'b', 'x', 'y-left']);
    expect(right.toArray()).toEqual(['a', 'b', 'y', 'x-right']);
  });
});
