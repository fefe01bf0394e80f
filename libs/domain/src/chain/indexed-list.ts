import { copyCount } from '../shared/copy-count';
import { PersistentList } from '../shared/persistent-list';

/**
 * Where each id stands in one line of versions, each the one before it plus an item: a Map shared
 * by those versions, knowing the ids of the first `length` items. A version reads only positions
 * below its own size, so an id that a later version of the line added is invisible to it.
 */
class IdIndex {
  constructor(
    readonly positions: Map<string, number>,
    public length: number,
  ) {}

  /** A new line that starts with the first `size` items (the Map keeps ids in the order added). */
  head(size: number): IdIndex {
    const positions = new Map<string, number>();
    for (const [id, at] of this.positions) {
      if (at >= size) break;
      positions.set(id, at);
    }
    copyCount.slots += size;
    return new IdIndex(positions, size);
  }
}

/**
 * Items in the order they were first put, found by id. `put` replaces the item with that id or
 * appends it, copying one path of the trie (O(log n)), never the list; the version it was called
 * on stays as it was. Appends to the newest version of a line add its id to the line's shared index
 * in place (O(1)); an append to an older version starts a line of its own, copying the index up to
 * its size once (docs/adr/0025).
 */
export class IndexedList<T> {
  private constructor(
    private readonly items: PersistentList<T>,
    private readonly index: IdIndex,
  ) {}

  static empty<T>(): IndexedList<T> {
    return new IndexedList<T>(PersistentList.empty(), new IdIndex(new Map(), 0));
  }

  static of<T>(items: readonly T[], idOf: (item: T) => string): IndexedList<T> {
    return items.reduce((list, item) => list.put(idOf(item), item), IndexedList.empty<T>());
  }

  get size(): number {
    return this.items.size;
  }

  private positionOf(id: string): number | undefined {
    const at = this.index.positions.get(id);
    return at !== undefined && at < this.items.size ? at : undefined;
  }

  get(id: string): T | undefined {
    const at = this.positionOf(id);
    return at === undefined ? undefined : this.items.get(at);
  }

  put(id: string, item: T): IndexedList<T> {
    const at = this.positionOf(id);
    if (at !== undefined) return new IndexedList(this.items.set(at, item), this.index);
    const size = this.items.size;
    const index = this.index.length === size ? this.index : this.index.head(size);
    index.positions.set(id, size);
    index.length = size + 1;
    return new IndexedList(this.items.push(item), index);
  }

  /** The items in order: a frozen array, built once per version. */
  toArray(): readonly T[] {
    return this.items.toArray();
  }
}
