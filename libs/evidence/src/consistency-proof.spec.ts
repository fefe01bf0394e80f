import { aStreamId } from '@schakel/event-store/testing';
import { InMemoryLog, anInterleavedLog } from '../test/evidence-fixtures';
import { createEvidenceBundle } from './bundle';
import { createConsistencyProof, verifyConsistencyBetween } from './consistency-proof';
import { signLogCheckpoint } from './log-checkpoint';
import { MerkleTree, leafHash } from './merkle-tree';
import { generateSigningKey, publicKeyOf } from './signing-key';

// Plain JSON, as the files are read back.
const asFile = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe('consistency proofs between checkpoints', () => {
  const key = generateSigningKey();
  const pem = publicKeyOf(key).pem;
  const now = new Date('2026-12-01T10:00:00Z');

  async function anOldBundleAndAGrownLog() {
    const { log, chain } = anInterleavedLog();
    const old = asFile(await createEvidenceBundle({ store: log, streamIds: [chain], signingKey: key, now }));
    log.append(aStreamId('chain'), 4);
    log.append(chain, 2);
    return { log, chain, old };
  }

  it("proves an honest extension: the old bundle's log is a prefix of the grown one", async () => {
    const { log, chain, old } = await anOldBundleAndAGrownLog();
    const proof = asFile(await createConsistencyProof({ store: log, fromSize: 19, signingKey: key, now }));
    expect(proof).toMatchObject({ format: 'schakel-consistency-proof/1', from: { treeSize: 19 }, to: { treeSize: 25 } });
    expect(verifyConsistencyBetween(old, proof, null, { publicKeyPem: pem })).toMatchObject({
      ok: true,
      from: { treeSize: 19 },
      to: { treeSize: 25 },
      detail: expect.stringContaining('the key given'),
    });
    // A newer bundle and the proof beside it.
    const newer = asFile(await createEvidenceBundle({ store: log, streamIds: [chain], signingKey: key, now }));
    expect(verifyConsistencyBetween(old, newer, proof, { publicKeyPem: pem }).ok).toBe(true);
  });

  it('starts from a checkpoint a witness kept as well as from a bundle', async () => {
    const { log } = await anOldBundleAndAGrownLog();
    const tree = MerkleTree.fromLeafHashes(log.events.slice(0, 12).map((e) => leafHash(Buffer.from(e.hash, 'hex'))));
    const kept = asFile(signLogCheckpoint({ treeSize: 12, rootHash: tree.root().toString('hex'), issuedAt: now.toISOString(), store: 'memory' }, null, key));
    const proof = asFile(await createConsistencyProof({ store: log, fromSize: 12, signingKey: key, now }));
    expect(verifyConsistencyBetween(kept, proof, null, { publicKeyPem: pem }).ok).toBe(true);
  });

  it('fails for a rewritten history, whether the proof is honest about it or edited to claim the old root', async () => {
    const { old } = await anOldBundleAndAGrownLog();
    const rewritten = new InMemoryLog();
    rewritten.append(aStreamId('chain'), 25);
    const proof = asFile(await createConsistencyProof({ store: rewritten, fromSize: 19, signingKey: key, now })) as { from: { rootHash: string } };
    expect(verifyConsistencyBetween(old, proof, null, { publicKeyPem: pem })).toMatchObject({ ok: false, reason: 'PROOF_MISMATCH' });

    proof.from.rootHash = (old as { checkpoint: { rootHash: string } }).checkpoint.rootHash;
    expect(verifyConsistencyBetween(old, proof, null, { publicKeyPem: pem })).toMatchObject({
      ok: false,
      reason: 'NOT_CONSISTENT',
      detail: expect.stringContaining('the first 19 events were rewritten'),
    });
  });

  it('refuses a proof signed by another key than the one given, or a changed signed head', async () => {
    const { log, old } = await anOldBundleAndAGrownLog();
    const proof = asFile(await createConsistencyProof({ store: log, fromSize: 19, signingKey: key, now })) as { to: { treeSize: number } };
    const other = publicKeyOf(generateSigningKey()).pem;
    expect(verifyConsistencyBetween(old, proof, null, { publicKeyPem: other })).toMatchObject({ ok: false, reason: 'KEY_MISMATCH' });
    proof.to.treeSize = 24;
    expect(verifyConsistencyBetween(old, proof, null, { publicKeyPem: pem })).toMatchObject({ ok: false, reason: 'SIGNATURE_INVALID' });
  });

  it('refuses sizes outside the log', async () => {
    const { log } = await anOldBundleAndAGrownLog();
    await expect(createConsistencyProof({ store: log, fromSize: 26, signingKey: key, now })).rejects.toThrow(/fromSize 26 is not between 0 and toSize 25/);
    await expect(createConsistencyProof({ store: log, fromSize: 2, toSize: 30, signingKey: key, now })).rejects.toThrow(/toSize 30 is not between 0 and the log's 25 events/);
  });
});
