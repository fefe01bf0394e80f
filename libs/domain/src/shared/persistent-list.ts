import { copyCount, countedCopy } from './copy-count';

// A persistent vector (a 32-way trie with a tail, as in Clojure): push and set copy one path of at
// most 32-slot nodes, O(log32 n), and never touch the version they were called on. Reading it as
// an array builds the array once per version.
//
// Versions may share a tail array that is longer than their own: a push appends to the tail in place
// when the array holds exactly this version's items (no later version has appended to it), since no
// version ever reads past its own size. Every other change copies this version's part of the tail.

const BITS = 5;
const WIDTH = 1 << BITS;
const MASK = WIDTH - 1;

type Node = unknown[];

export class PersistentList<T> implements Iterable<T> {
  #array: readonly T[] | undefined;

  private constructor(
    readonly size: number,
    private readonly shift: number,
    private readonly root: Node,
    private readonly tail: readonly T[],
  ) {}

  private static readonly EMPTY = new PersistentList<never>(0, BITS, [], []);

  static empty<T>(): PersistentList<T> {
    return PersistentList.EMPTY;
  }

  static of<T>(items: Iterable<T>): PersistentList<T> {
    let list = PersistentList.empty<T>();
    for (const item of items) list = list.push(item);
    return list;
  }

  private tailOffset(): number {
    return this.size < WIDTH ? 0 : ((this.size - 1) >>> BITS) << BITS;
  }

  get(index: number): T | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.size) return undefined;
    const offset = this.tailOffset();
    if (index >= offset) return this.tail[index - offset];
    let node = this.root;
    for (let level = this.shift; level > 0; level -= BITS) node = node[(index >>> level) & MASK] as Node;
    return node[index & MASK] as T;
  }

  push(item: T): PersistentList<T> {
    const inTail = this.size - this.tailOffset();
    if (inTail < WIDTH) {
      // the empty list's tail is shared by every empty list: never appended to
      const tail = inTail > 0 && this.tail.length === inTail ? (this.tail as T[]) : this.ownTail();
      tail.push(item);
      return new PersistentList(this.size + 1, this.shift, this.root, tail);
    }
    // the tail is full: it becomes a leaf of the trie, which grows a level when the root is full
    const leaf = this.tail as Node;
    if (this.size >>> BITS > 1 << this.shift) {
      return new PersistentList(this.size + 1, this.shift + BITS, [this.root, newPath(this.shift, leaf)], [item]);
    }
    return new PersistentList(this.size + 1, this.shift, this.pushLeaf(this.shift, this.root, leaf), [item]);
  }

  private pushLeaf(level: number, parent: Node, leaf: Node): Node {
    const at = ((this.size - 1) >>> level) & MASK;
    const node = countedCopy(parent);
    if (level === BITS) node[at] = leaf;
    else {
      const child = parent[at] as Node | undefined;
      node[at] = child === undefined ? newPath(level - BITS, leaf) : this.pushLeaf(level - BITS, child, leaf);
    }
    return node;
  }

  /** The list with the item at `index` replaced; `index` must be below `size`. */
  set(index: number, item: T): PersistentList<T> {
    if (!Number.isInteger(index) || index < 0 || index >= this.size) throw new RangeError(`no item ${index} in a list of ${this.size}`);
    const offset = this.tailOffset();
    if (index >= offset) {
      const tail = this.ownTail();
      tail[index - offset] = item;
      return new PersistentList(this.size, this.shift, this.root, tail);
    }
    return new PersistentList(this.size, this.shift, setIn(this.shift, this.root, index, item), this.tail);
  }

  /** A copy of this version's items in the tail (the array may hold items of later versions too). */
  private ownTail(): T[] {
    const inTail = this.size - this.tailOffset();
    return countedCopy(this.tail.length === inTail ? this.tail : this.tail.slice(0, inTail));
  }

  /** The items as an array: built on the first read of this version, then the same frozen array. */
  toArray(): readonly T[] {
    if (this.#array === undefined) {
      const items: T[] = new Array(this.size);
      let i = 0;
      for (const item of this) items[i++] = item;
      copyCount.slots += this.size;
      this.#array = Object.freeze(items);
    }
    return this.#array;
  }

  *[Symbol.iterator](): Iterator<T> {
    const offset = this.tailOffset();
    for (let start = 0; start < offset; start += WIDTH) {
      let node = this.root;
      for (let level = this.shift; level > 0; level -= BITS) node = node[(start >>> level) & MASK] as Node;
      yield* node as T[];
    }
    for (let i = offset; i < this.size; i++) yield this.tail[i - offset];
  }
}

function newPath(level: number, leaf: Node): Node {
  return level === 0 ? leaf : [newPath(level - BITS, leaf)];
}

function setIn(level: number, node: Node, index: number, item: unknown): Node {
  const copy = countedCopy(node);
  if (level === 0) copy[index & MASK] = item;
  else copy[(index >>> level) & MASK] = setIn(level - BITS, node[(index >>> level) & MASK] as Node, index, item);
  return copy;
}
