import { countedCopy } from './copy-count';

// A persistent map from strings (a hash array mapped trie): set copies one path of small nodes,
// O(log32 n), and never touches the version it was called on. Keys are never removed.

const BITS = 5;
const MASK = (1 << BITS) - 1;

class Entry<V> {
  constructor(
    readonly key: string,
    readonly hash: number,
    readonly value: V,
  ) {}
}

/** Keys whose hashes are equal, in the order they came. */
class Collision<V> {
  constructor(
    readonly hash: number,
    readonly entries: readonly Entry<V>[],
  ) {}
}

class Branch<V> {
  constructor(
    readonly bitmap: number,
    readonly slots: readonly Slot<V>[],
  ) {}
}

type Slot<V> = Entry<V> | Collision<V> | Branch<V>;

/** FNV-1a over the UTF-16 code units (exported for the tests of collisions). */
export function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function bitCount(n: number): number {
  n -= (n >>> 1) & 0x55555555;
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (Math.imul((n + (n >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export class PersistentMap<V> {
  private constructor(
    readonly size: number,
    private readonly root: Branch<V>,
  ) {}

  private static readonly EMPTY = new PersistentMap<never>(0, new Branch(0, []));

  static empty<V>(): PersistentMap<V> {
    return PersistentMap.EMPTY;
  }

  get(key: string): V | undefined {
    const hash = hashOf(key);
    let node: Slot<V> = this.root;
    for (let shift = 0; ; shift += BITS) {
      if (node instanceof Entry) return node.key === key ? node.value : undefined;
      if (node instanceof Collision) return node.entries.find((e) => e.key === key)?.value;
      const bit = 1 << ((hash >>> shift) & MASK);
      if ((node.bitmap & bit) === 0) return undefined;
      node = node.slots[bitCount(node.bitmap & (bit - 1))];
    }
  }

  set(key: string, value: V): PersistentMap<V> {
    const added = { yes: false };
    const root = setIn(this.root, 0, new Entry(key, hashOf(key), value), added) as Branch<V>;
    return new PersistentMap(added.yes ? this.size + 1 : this.size, root);
  }
}

function setIn<V>(node: Slot<V>, shift: number, entry: Entry<V>, added: { yes: boolean }): Slot<V> {
  if (node instanceof Entry) {
    if (node.key === entry.key) return entry;
    added.yes = true;
    return node.hash === entry.hash ? new Collision(entry.hash, [node, entry]) : split(node, entry, shift);
  }
  if (node instanceof Collision) {
    if (node.hash !== entry.hash) {
      added.yes = true;
      return split(node, entry, shift);
    }
    const at = node.entries.findIndex((e) => e.key === entry.key);
    const entries = countedCopy(node.entries);
    if (at < 0) {
      added.yes = true;
      entries.push(entry);
    } else entries[at] = entry;
    return new Collision(node.hash, entries);
  }
  const bit = 1 << ((entry.hash >>> shift) & MASK);
  const at = bitCount(node.bitmap & (bit - 1));
  const slots = countedCopy(node.slots);
  if ((node.bitmap & bit) === 0) {
    added.yes = true;
    slots.splice(at, 0, entry);
    return new Branch(node.bitmap | bit, slots);
  }
  slots[at] = setIn(node.slots[at], shift + BITS, entry, added);
  return new Branch(node.bitmap, slots);
}

/** A branch at `shift` holding two slots whose hashes differ (at this level or a deeper one). */
function split<V>(old: Entry<V> | Collision<V>, entry: Entry<V>, shift: number): Branch<V> {
  const a = (old.hash >>> shift) & MASK;
  const b = (entry.hash >>> shift) & MASK;
  // different 32-bit hashes differ by shift 30 at the latest, which reads the top two bits
  if (a === b) return new Branch(1 << a, [split(old, entry, shift + BITS)]);
  return new Branch((1 << a) | (1 << b), a < b ? [old, entry] : [entry, old]);
}
