import { PersistentList } from '../shared/persistent-list';
import { PersistentMap } from '../shared/persistent-map';

/**
 * Items in the order they were first put, found by id. `put` replaces the item with that id or
 * appends it, copying one path of the trie (O(log n)), never the list; the version it was called
 * on stays as it was.
 */
export class IndexedList<T> {
  private constructor(
    private readonly items: PersistentList<T>,
    private readonly positions: PersistentMap<number>,
  ) {}

  private static readonly EMPTY = new IndexedList<never>(PersistentList.empty(), PersistentMap.empty());

  static empty<T>(): IndexedList<T> {
    return IndexedList.EMPTY;
  }

  static of<T>(items: readonly T[], idOf: (item: T) => string): IndexedList<T> {
    return items.reduce((list, item) => list.put(idOf(item), item), IndexedList.empty<T>());
  }

  get size(): number {
    return this.items.size;
  }

  get(id: string): T | undefined {
    const at = this.positions.get(id);
    return at === undefined ? undefined : this.items.get(at);
  }

  put(id: string, item: T): IndexedList<T> {
    const at = this.positions.get(id);
    if (at !== undefined) return new IndexedList(this.items.set(at, item), this.positions);
    return new IndexedList(this.items.push(item), this.positions.set(id, this.items.size));
  }

  /** The items in order: a frozen array, built once per version. */
  toArray(): readonly T[] {
    return this.items.toArray();
  }
}
