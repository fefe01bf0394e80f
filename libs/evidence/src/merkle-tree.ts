import { createHash } from 'node:crypto';

// RFC 6962 §2.1 / RFC 9162 §2.1: SHA-256 with a one-byte domain prefix, so a leaf can never be
// passed off as an interior node (second-preimage attack on unprefixed trees).
export const HASH_SIZE = 32;
const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/** MTH({d}) = SHA-256(0x00 || d). */
export function leafHash(data: Uint8Array): Buffer {
  return createHash('sha256').update(LEAF_PREFIX).update(data).digest();
}

/** MTH(D[n]) = SHA-256(0x01 || left || right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

/** MTH({}) = SHA-256() of the empty string: the root of a tree without leaves. */
export const EMPTY_ROOT: Buffer = createHash('sha256').digest();

/** The RFC's k: the largest power of two smaller than n (n >= 2). */
export function splitPoint(n: number): number {
  if (!Number.isSafeInteger(n) || n < 2) throw new RangeError(`no split point for a tree of ${n} leaves`);
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * The Merkle tree of RFC 6962 over a list of leaf hashes. Kept as levels (level 0 = leaf hashes,
 * each level one contiguous buffer) where an odd last node is carried up unchanged: that gives
 * exactly the RFC's tree (split at the largest power of two below n), so every complete subtree and
 * every subtree on the right edge is a stored node and proofs need no rehashing of the log.
 */
export class MerkleTree {
  private constructor(private readonly levels: readonly Buffer[]) {}

  /** From the leaves' data (hashes each with the 0x00 prefix). */
  static fromLeaves(leaves: readonly Uint8Array[]): MerkleTree {
    return MerkleTree.fromLeafHashes(leaves.map(leafHash));
  }

  /** From leaf hashes, as a list or as one buffer of 32-byte hashes back to back. */
  static fromLeafHashes(hashes: readonly Uint8Array[] | Buffer): MerkleTree {
    let level: Buffer;
    if (Buffer.isBuffer(hashes)) {
      level = hashes;
    } else {
      const list = hashes as readonly Uint8Array[];
      level = Buffer.allocUnsafe(list.length * HASH_SIZE);
      list.forEach((hash, i) => {
        if (hash.length !== HASH_SIZE) throw new TypeError(`leaf hash ${i} has ${hash.length} bytes, not ${HASH_SIZE}`);
        level.set(hash, i * HASH_SIZE);
      });
    }
    if (level.length % HASH_SIZE !== 0) throw new TypeError(`leaf hashes must be ${HASH_SIZE} bytes each`);
    const levels = [level];
    while (level.length > HASH_SIZE) {
      const count = level.length / HASH_SIZE;
      const next = Buffer.allocUnsafe(Math.ceil(count / 2) * HASH_SIZE);
      for (let i = 0; i + 1 < count; i += 2) {
        nodeHash(level.subarray(i * HASH_SIZE, (i + 1) * HASH_SIZE), level.subarray((i + 1) * HASH_SIZE, (i + 2) * HASH_SIZE)).copy(next, (i / 2) * HASH_SIZE);
      }
      if (count % 2 === 1) level.copy(next, next.length - HASH_SIZE, level.length - HASH_SIZE);
      levels.push(next);
      level = next;
    }
    return new MerkleTree(levels);
  }

  get size(): number {
    return this.levels[0].length / HASH_SIZE;
  }

  leafHash(index: number): Buffer {
    this.checkIndex(index, this.size);
    return Buffer.from(this.node(0, index));
  }

  /** MTH(D[treeSize]): the root of the first treeSize leaves. */
  root(treeSize = this.size): Buffer {
    this.checkSize(treeSize);
    return treeSize === 0 ? Buffer.from(EMPTY_ROOT) : Buffer.from(this.subtree(0, treeSize));
  }

  /** PATH(m, D[treeSize]) of RFC 6962 §2.1.1: the audit path, nearest the leaf first. */
  inclusionProof(leafIndex: number, treeSize = this.size): Buffer[] {
    this.checkSize(treeSize);
    this.checkIndex(leafIndex, treeSize);
    const path: Buffer[] = [];
    // Walk down from the root, remembering the sibling subtree at each split; the RFC lists them
    // deepest first.
    let start = 0;
    let end = treeSize;
    while (end - start > 1) {
      const k = splitPoint(end - start);
      if (leafIndex < start + k) {
        path.push(this.subtree(start + k, end));
        end = start + k;
      } else {
        path.push(this.subtree(start, start + k));
        start = start + k;
      }
    }
    return path.reverse().map((h) => Buffer.from(h));
  }

  /** PROOF(m, D[n]) of RFC 6962 §2.1.2: shows the tree of size fromSize is a prefix of the tree of size toSize. */
  consistencyProof(fromSize: number, toSize = this.size): Buffer[] {
    this.checkSize(toSize);
    if (!Number.isSafeInteger(fromSize) || fromSize < 0 || fromSize > toSize) {
      throw new RangeError(`no consistency proof from size ${fromSize} to size ${toSize}`);
    }
    if (fromSize === 0 || fromSize === toSize) return [];
    return this.subproof(fromSize, 0, toSize, true).map((h) => Buffer.from(h));
  }

  // SUBPROOF(m, D[start:end], b) of RFC 6962 §2.1.2.
  private subproof(m: number, start: number, end: number, whole: boolean): Buffer[] {
    if (m === end - start) return whole ? [] : [this.subtree(start, end)];
    const k = splitPoint(end - start);
    if (m <= k) return [...this.subproof(m, start, start + k, whole), this.subtree(start + k, end)];
    return [...this.subproof(m - k, start + k, end, false), this.subtree(start, start + k)];
  }

  // MTH(D[start:end]). Complete subtrees and subtrees that end at the last leaf are stored nodes;
  // only a subtree of an older, smaller tree that ends mid-node is hashed again.
  private subtree(start: number, end: number): Buffer {
    const width = end - start;
    let level = 0;
    let span = 1;
    while (span < width) {
      span *= 2;
      level++;
    }
    if (start % span === 0 && end === Math.min(start + span, this.size)) return this.node(level, start / span);
    const k = splitPoint(width);
    return nodeHash(this.subtree(start, start + k), this.subtree(start + k, end));
  }

  private node(level: number, index: number): Buffer {
    return this.levels[level].subarray(index * HASH_SIZE, (index + 1) * HASH_SIZE);
  }

  private checkSize(treeSize: number): void {
    if (!Number.isSafeInteger(treeSize) || treeSize < 0 || treeSize > this.size) {
      throw new RangeError(`tree size ${treeSize} is not between 0 and ${this.size}`);
    }
  }

  private checkIndex(index: number, treeSize: number): void {
    if (!Number.isSafeInteger(index) || index < 0 || index >= treeSize) {
      throw new RangeError(`leaf index ${index} is not in a tree of ${treeSize} leaves`);
    }
  }
}

const isHash = (value: unknown): value is Uint8Array => value instanceof Uint8Array && value.length === HASH_SIZE;
const isSize = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
// Division instead of >>: sizes may pass 2^31.
const half = (n: number) => Math.floor(n / 2);
const odd = (n: number) => n % 2 === 1;
function isPowerOfTwo(n: number): boolean {
  let p = 1;
  while (p < n) p *= 2;
  return p === n;
}

/**
 * RFC 9162 §2.1.3.2: does `path` prove the leaf with this hash sits at `leafIndex` in the tree of
 * `treeSize` leaves whose root is `root`? Never throws; any malformed input is simply false.
 */
export function verifyInclusion(leafIndex: number, treeSize: number, leaf: Uint8Array, path: readonly Uint8Array[], root: Uint8Array): boolean {
  if (!isSize(leafIndex) || !isSize(treeSize) || leafIndex >= treeSize) return false;
  if (!isHash(leaf) || !isHash(root) || !Array.isArray(path) || !path.every(isHash)) return false;
  let fn = leafIndex;
  let sn = treeSize - 1;
  let r: Buffer = Buffer.from(leaf);
  for (const p of path) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      r = nodeHash(p, r);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && r.equals(root);
}

/**
 * RFC 9162 §2.1.4.2: does `proof` show that the tree of `fromSize` leaves with root `fromRoot` is a
 * prefix of the tree of `toSize` leaves with root `toRoot`? Equal sizes need an empty proof and equal
 * roots; size 0 needs an empty proof and the empty root.
 */
export function verifyConsistency(fromSize: number, toSize: number, fromRoot: Uint8Array, toRoot: Uint8Array, proof: readonly Uint8Array[]): boolean {
  if (!isSize(fromSize) || !isSize(toSize) || fromSize > toSize) return false;
  if (!isHash(fromRoot) || !isHash(toRoot) || !Array.isArray(proof) || !proof.every(isHash)) return false;
  if (fromSize === 0) return proof.length === 0 && EMPTY_ROOT.equals(fromRoot);
  if (fromSize === toSize) return proof.length === 0 && Buffer.from(fromRoot).equals(toRoot);
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(fromSize) ? [fromRoot, ...proof] : [...proof];
  let fn = fromSize - 1;
  let sn = toSize - 1;
  while (odd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr: Buffer = Buffer.from(path[0]);
  let sr: Buffer = Buffer.from(path[0]);
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && fr.equals(fromRoot) && sr.equals(toRoot);
}
