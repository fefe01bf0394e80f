import { createHash } from 'node:crypto';
import { EMPTY_ROOT, MerkleTree, leafHash, nodeHash, splitPoint, verifyConsistency, verifyInclusion } from './merkle-tree';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const unhex = (s: string) => Buffer.from(s, 'hex');
const sha256 = (...parts: Uint8Array[]) => parts.reduce((h, p) => h.update(p), createHash('sha256')).digest();

// The RFC 6962 definitions written out literally, as the reference the fast tree is held to.
function refRoot(d: Buffer[]): Buffer {
  if (d.length === 0) return sha256();
  if (d.length === 1) return sha256(Buffer.from([0]), d[0]);
  const k = splitPoint(d.length);
  return sha256(Buffer.from([1]), refRoot(d.slice(0, k)), refRoot(d.slice(k)));
}
function refPath(m: number, d: Buffer[]): Buffer[] {
  if (d.length === 1) return [];
  const k = splitPoint(d.length);
  return m < k ? [...refPath(m, d.slice(0, k)), refRoot(d.slice(k))] : [...refPath(m - k, d.slice(k)), refRoot(d.slice(0, k))];
}
// Which side each sibling of PATH(m, D[n]) is on, nearest the leaf first. A path says nothing more
// about n: a wrong size with the same shape verifies too, which is why the size is signed.
function refShape(m: number, n: number): string {
  if (n === 1) return '';
  const k = splitPoint(n);
  return m < k ? refShape(m, k) + 'R' : refShape(m - k, n - k) + 'L';
}
function refSubproof(m: number, d: Buffer[], b: boolean): Buffer[] {
  if (m === d.length) return b ? [] : [refRoot(d)];
  const k = splitPoint(d.length);
  return m <= k ? [...refSubproof(m, d.slice(0, k), b), refRoot(d.slice(k))] : [...refSubproof(m - k, d.slice(k), false), refRoot(d.slice(0, k))];
}

describe('RFC 6962 Merkle tree', () => {
  // Leaves and tree heads from the Certificate Transparency reference test data
  // (transparency-dev/merkle, testonly): another implementation's answers, not ours.
  const CT_LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(unhex);
  const CT_ROOTS = [
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
    'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
    'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
    '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
    'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
    '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
  ];
  const ct = MerkleTree.fromLeaves(CT_LEAVES);

  it('gives the reference tree head for every size 0..8', () => {
    expect(hex(EMPTY_ROOT)).toBe(CT_ROOTS[0]);
    for (let n = 0; n <= 8; n++) expect(hex(ct.root(n))).toBe(CT_ROOTS[n]);
    for (let n = 0; n <= 8; n++) expect(hex(MerkleTree.fromLeaves(CT_LEAVES.slice(0, n)).root())).toBe(CT_ROOTS[n]);
  });

  it('gives the reference inclusion and consistency proofs', () => {
    expect(ct.inclusionProof(0, 8).map(hex)).toEqual([
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ]);
    expect(ct.inclusionProof(5, 8).map(hex)).toEqual([
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ]);
    expect(ct.consistencyProof(2, 8).map(hex)).toEqual([
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ]);
    expect(ct.consistencyProof(6, 8).map(hex)).toEqual([
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ]);
    expect(ct.consistencyProof(2, 5).map(hex)).toEqual([
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ]);
    expect(verifyInclusion(5, 8, leafHash(CT_LEAVES[5]), ct.inclusionProof(5, 8), unhex(CT_ROOTS[8]))).toBe(true);
    expect(verifyConsistency(6, 8, unhex(CT_ROOTS[6]), unhex(CT_ROOTS[8]), ct.consistencyProof(6, 8))).toBe(true);
  });

  describe('small trees worked out by hand', () => {
    const d = Array.from({ length: 8 }, (_, i) => Buffer.from(`event-${i}`));
    const L = d.map((x) => sha256(Buffer.from([0]), x));
    const N = (a: Buffer, b: Buffer) => sha256(Buffer.from([1]), a, b);
    const N01 = N(L[0], L[1]);
    const N23 = N(L[2], L[3]);
    const N45 = N(L[4], L[5]);
    const N67 = N(L[6], L[7]);
    const N0123 = N(N01, N23);
    const cases: { n: number; root: Buffer; paths: Buffer[][] }[] = [
      { n: 1, root: L[0], paths: [[]] },
      { n: 2, root: N01, paths: [[L[1]], [L[0]]] },
      { n: 3, root: N(N01, L[2]), paths: [[L[1], L[2]], [L[0], L[2]], [N01]] },
      {
        n: 5,
        root: N(N0123, L[4]),
        paths: [[L[1], N23, L[4]], [L[0], N23, L[4]], [L[3], N01, L[4]], [L[2], N01, L[4]], [N0123]],
      },
      {
        n: 7,
        root: N(N0123, N(N45, L[6])),
        paths: [
          [L[1], N23, N(N45, L[6])],
          [L[0], N23, N(N45, L[6])],
          [L[3], N01, N(N45, L[6])],
          [L[2], N01, N(N45, L[6])],
          [L[5], L[6], N0123],
          [L[4], L[6], N0123],
          [N45, N0123],
        ],
      },
      {
        n: 8,
        root: N(N0123, N(N45, N67)),
        paths: [
          [L[1], N23, N(N45, N67)],
          [L[0], N23, N(N45, N67)],
          [L[3], N01, N(N45, N67)],
          [L[2], N01, N(N45, N67)],
          [L[5], N67, N0123],
          [L[4], N67, N0123],
          [L[7], N45, N0123],
          [L[6], N45, N0123],
        ],
      },
    ];

    it.each(cases)('$n leaves: the root and every audit path', ({ n, root, paths }) => {
      const tree = MerkleTree.fromLeaves(d.slice(0, n));
      expect(hex(tree.root())).toBe(hex(root));
      for (let m = 0; m < n; m++) {
        expect(tree.inclusionProof(m).map(hex)).toEqual(paths[m].map(hex));
        expect(verifyInclusion(m, n, L[m], paths[m], root)).toBe(true);
      }
    });

    it.each(cases)('$n leaves: a wrong leaf, index, size or root fails', ({ n, root, paths }) => {
      for (let m = 0; m < n; m++) {
        expect(verifyInclusion(m, n, L[(m + 1) % 8], paths[m], root)).toBe(false);
        expect(verifyInclusion(m, n, L[m], paths[m], N(root, root))).toBe(false);
        for (let other = 0; other < n + 2; other++) {
          if (other !== m) expect(verifyInclusion(other, n, L[m], paths[m], root)).toBe(false);
        }
        for (let size = m + 1; size < 12; size++) {
          if (size !== n) expect(verifyInclusion(m, size, L[m], paths[m], root)).toBe(refShape(m, size) === refShape(m, n));
        }
      }
    });
  });

  describe('against the literal RFC recursion, every size up to 48', () => {
    const data = Array.from({ length: 48 }, (_, i) => createHash('sha256').update(`leaf ${i}`).digest());
    const tree = MerkleTree.fromLeaves(data);
    const roots = Array.from({ length: 49 }, (_, n) => refRoot(data.slice(0, n)));

    it('roots, from the big tree at each size and from a tree of exactly that size', () => {
      for (let n = 0; n <= 48; n++) {
        expect(hex(tree.root(n))).toBe(hex(roots[n]));
        expect(hex(MerkleTree.fromLeaves(data.slice(0, n)).root())).toBe(hex(roots[n]));
      }
    });

    it('every inclusion path of every leaf equals PATH(m, D[n]) and verifies; altered ones do not', () => {
      const wrong: string[] = [];
      const expectThat = (holds: boolean, what: string) => holds || wrong.push(what);
      let checked = 0;
      for (let n = 1; n <= 48; n++) {
        for (let m = 0; m < n; m++) {
          const path = tree.inclusionProof(m, n);
          const at = `leaf ${m} of ${n}`;
          expectThat(path.map(hex).join() === refPath(m, data.slice(0, n)).map(hex).join(), `${at}: path differs from the RFC`);
          const leaf = leafHash(data[m]);
          expectThat(verifyInclusion(m, n, leaf, path, roots[n]), `${at}: does not verify`);
          if (n > 1) expectThat(!verifyInclusion(m, n, leafHash(data[(m + 1) % n]), path, roots[n]), `${at}: another leaf verifies`);
          if (n > 1) expectThat(!verifyInclusion((m + 1) % n, n, leaf, path, roots[n]), `${at}: another index verifies`);
          expectThat(verifyInclusion(m, n + 1, leaf, path, roots[n]) === (refShape(m, n + 1) === refShape(m, n)), `${at}: size ${n + 1}`);
          if (n > 1) expectThat(verifyInclusion(m, n - 1, leaf, path, roots[n]) === (m < n - 1 && refShape(m, n - 1) === refShape(m, n)), `${at}: size ${n - 1}`);
          if (path.length > 0) {
            const flipped = path.map((p) => Buffer.from(p));
            flipped[flipped.length - 1][5] ^= 1;
            expectThat(!verifyInclusion(m, n, leaf, flipped, roots[n]), `${at}: a flipped bit verifies`);
            expectThat(!verifyInclusion(m, n, leaf, path.slice(0, -1), roots[n]), `${at}: a shortened path verifies`);
          }
          expectThat(!verifyInclusion(m, n, leaf, [...path, Buffer.alloc(32)], roots[n]), `${at}: a lengthened path verifies`);
          checked++;
        }
      }
      expect(wrong).toEqual([]);
      expect(checked).toBe((48 * 49) / 2);
    });

    it('every consistency proof equals PROOF(m, D[n]) and verifies; altered ones do not', () => {
      const wrong: string[] = [];
      const expectThat = (holds: boolean, what: string) => holds || wrong.push(what);
      for (let n = 1; n <= 48; n++) {
        for (let m = 1; m <= n; m++) {
          const proof = tree.consistencyProof(m, n);
          const at = `${m} to ${n}`;
          expectThat(proof.map(hex).join() === (m === n ? '' : refSubproof(m, data.slice(0, n), true).map(hex).join()), `${at}: proof differs from the RFC`);
          expectThat(verifyConsistency(m, n, roots[m], roots[n], proof), `${at}: does not verify`);
          if (m < n) {
            expectThat(!verifyConsistency(m, n, roots[m - 1], roots[n], proof), `${at}: wrong old root verifies`);
            expectThat(!verifyConsistency(m, n, roots[m], roots[n - 1], proof), `${at}: wrong new root verifies`);
            expectThat(!verifyConsistency(m, n, roots[m], roots[n], proof.slice(0, -1)), `${at}: a shortened proof verifies`);
            const flipped = proof.map((p) => Buffer.from(p));
            flipped[0][0] ^= 0x80;
            expectThat(!verifyConsistency(m, n, roots[m], roots[n], flipped), `${at}: a flipped bit verifies`);
          }
        }
      }
      expect(wrong).toEqual([]);
      expect(verifyConsistency(0, 9, EMPTY_ROOT, roots[9], [])).toBe(true);
      expect(verifyConsistency(0, 9, roots[1], roots[9], [])).toBe(false);
      expect(verifyConsistency(9, 9, roots[9], roots[10], [])).toBe(false);
      expect(verifyConsistency(9, 8, roots[9], roots[8], tree.consistencyProof(8, 9))).toBe(false);
    });
  });

  it('a tree of a few thousand leaves agrees with the recursion, and takes leaf hashes as one buffer', () => {
    const data = Array.from({ length: 3001 }, (_, i) => Buffer.from(`e${i}`));
    const hashes = data.map(leafHash);
    const tree = MerkleTree.fromLeafHashes(Buffer.concat(hashes));
    expect(tree.size).toBe(3001);
    expect(hex(tree.root())).toBe(hex(refRoot(data)));
    expect(hex(MerkleTree.fromLeafHashes(hashes).root())).toBe(hex(tree.root()));
    for (const m of [0, 1, 1024, 2047, 2048, 3000]) {
      expect(tree.inclusionProof(m).map(hex)).toEqual(refPath(m, data).map(hex));
    }
    for (const [m, n] of [[1000, 3001], [2048, 3001], [3000, 3001], [7, 2500]]) {
      expect(verifyConsistency(m, n, refRoot(data.slice(0, m)), refRoot(data.slice(0, n)), tree.consistencyProof(m, n))).toBe(true);
    }
  });

  it('node and leaf hashes carry the 0x01 and 0x00 prefixes', () => {
    expect(hex(leafHash(Buffer.from('x')))).toBe(hex(sha256(Buffer.from([0]), Buffer.from('x'))));
    expect(hex(nodeHash(Buffer.alloc(32, 1), Buffer.alloc(32, 2)))).toBe(hex(sha256(Buffer.from([1]), Buffer.alloc(32, 1), Buffer.alloc(32, 2))));
  });

  it('refuses to prove what is not in the tree, and verification never throws on nonsense', () => {
    const tree = MerkleTree.fromLeaves([Buffer.from('a'), Buffer.from('b'), Buffer.from('c')]);
    expect(() => tree.inclusionProof(3)).toThrow(RangeError);
    expect(() => tree.inclusionProof(-1)).toThrow(RangeError);
    expect(() => tree.inclusionProof(0, 4)).toThrow(RangeError);
    expect(() => tree.consistencyProof(3, 2)).toThrow(RangeError);
    expect(() => MerkleTree.fromLeafHashes([Buffer.alloc(31)])).toThrow(TypeError);
    const root = tree.root();
    const leaf = tree.leafHash(1);
    const path = tree.inclusionProof(1);
    expect(verifyInclusion(1, 3, leaf, path, root)).toBe(true);
    expect(verifyInclusion(1.5, 3, leaf, path, root)).toBe(false);
    expect(verifyInclusion(-1, 3, leaf, path, root)).toBe(false);
    expect(verifyInclusion(1, 3, leaf.subarray(0, 31), path, root)).toBe(false);
    expect(verifyInclusion(1, 3, leaf, [path[0].subarray(1), path[1]], root)).toBe(false);
    expect(verifyInclusion(1, 3, leaf, 'nonsense' as unknown as Buffer[], root)).toBe(false);
    expect(verifyInclusion(0, 0, leaf, [], EMPTY_ROOT)).toBe(false);
  });
});
