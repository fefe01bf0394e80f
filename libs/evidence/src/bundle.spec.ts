import { type LoggedEvent } from '@schakel/event-store';
import { SqliteEventStore } from '@schakel/event-store/sqlite';
import { aNewEvent, aStreamId, aTempFolder, readAllPages, sleep, someNewEvents } from '@schakel/event-store/testing';
import { InMemoryLog, anInterleavedLog } from '../test/evidence-fixtures';
import { createEvidenceBundle } from './bundle';
import { readEvidenceBundleFile, writeEvidenceBundleFile } from './bundle-file';
import { BUNDLE_FORMAT, serializeEvidenceBundle } from './bundle-format';
import { BrokenLogError, BundleUnreadableError, InvalidBundleRequestError } from './evidence-errors';
import { EMPTY_ROOT, MerkleTree, leafHash } from './merkle-tree';
import { generateSigningKey, publicKeyOf } from './signing-key';
import { verifyEvidenceBundle } from './verify-bundle';

const now = new Date('2025-04-01T12:00:00Z');

describe('createEvidenceBundle on a SQLite store', () => {
  const folder = aTempFolder('schakel-evidence-');
  const store = SqliteEventStore.open({ path: folder.file('events.db') });
  const key = generateSigningKey();
  const chain = aStreamId('chain');
  const party = aStreamId('party');
  const bystander = aStreamId('chain');
  let log: LoggedEvent[];

  beforeAll(async () => {
    // Separate appends a few milliseconds apart, so recordedAt gives upTo something to cut.
    await store.append(chain, someNewEvents(2), -1);
    await sleep(5);
    await store.append(bystander, someNewEvents(3), -1);
    await sleep(5);
    await store.append(party, [aNewEvent()], -1);
    await sleep(5);
    await store.append(chain, someNewEvents(2), 1);
    await sleep(5);
    await store.append(bystander, someNewEvents(1), 2);
    await sleep(5);
    await store.append(chain, [aNewEvent()], 3);
    log = (await readAllPages(store, '')).events;
  });
  afterAll(async () => {
    await store.close();
    folder.remove();
  });

  it('covers the whole log with one tree and carries only the requested streams, in log order, each at its leaf', async () => {
    const bundle = await createEvidenceBundle({ store, streamIds: [party, chain], signingKey: key, now, pageSize: 3 });
    expect(bundle.format).toBe(BUNDLE_FORMAT);
    expect(bundle.checkpoint).toEqual({
      treeSize: 10,
      rootHash: MerkleTree.fromLeaves(log.map((e) => Buffer.from(e.hash, 'hex'))).root().toString('hex'),
      issuedAt: '2025-04-01T12:00:00.000Z',
      logId: publicKeyOf(key).fingerprint,
      store: 'sqlite',
    });
    expect(bundle.publicKey).toEqual({ algorithm: 'Ed25519', ...publicKeyOf(key) });
    expect(bundle.manifest).toEqual(
      [
        { streamId: chain, firstVersion: 0, lastVersion: 4, eventCount: 5 },
        { streamId: party, firstVersion: 0, lastVersion: 0, eventCount: 1 },
      ].sort((a, b) => (a.streamId < b.streamId ? -1 : 1)),
    );
    const expected = log.map((e, leafIndex) => ({ e, leafIndex })).filter(({ e }) => e.streamId === chain || e.streamId === party);
    expect(bundle.events.map((b) => [b.leafIndex, b.event.eventId])).toEqual(expected.map(({ e, leafIndex }) => [leafIndex, e.eventId]));
    const { globalPosition: _g, checkpoint: _c, ...envelope } = log[0];
    expect(bundle.events[0].event).toEqual(envelope);
    expect(Object.keys(bundle.events[0].event)).not.toContain('globalPosition');
    expect(verifyEvidenceBundle(JSON.parse(serializeEvidenceBundle(bundle)), { publicKeyPem: publicKeyOf(key).pem }).ok).toBe(true);
  });

  it('gives the same bytes for the same log, key and time, whatever the page size or the order streams are asked in', async () => {
    const a = await createEvidenceBundle({ store, streamIds: [chain, party], signingKey: key, now, pageSize: 1 });
    const b = await createEvidenceBundle({ store, streamIds: [party, chain, party], signingKey: key, now: now.toISOString() });
    expect(serializeEvidenceBundle(a)).toBe(serializeEvidenceBundle(b));
  });

  it('up to an instant: the tree is the log as recorded by then, and the manifest counts only those events', async () => {
    const cut = log[7]; // the fourth event of the chain: versions 0..3 recorded by then
    expect(cut).toMatchObject({ streamId: chain, streamVersion: 3 });
    const bundle = await createEvidenceBundle({ store, streamIds: [chain], upTo: cut.recordedAt, signingKey: key, now, pageSize: 4 });
    expect(bundle.upTo).toBe(cut.recordedAt);
    expect(bundle.checkpoint.treeSize).toBe(8);
    expect(bundle.checkpoint.rootHash).toBe(MerkleTree.fromLeaves(log.slice(0, 8).map((e) => Buffer.from(e.hash, 'hex'))).root().toString('hex'));
    expect(bundle.manifest).toEqual([{ streamId: chain, firstVersion: 0, lastVersion: 3, eventCount: 4 }]);
    expect(bundle.events.map((e) => e.event.streamVersion)).toEqual([0, 1, 2, 3]);
    expect(verifyEvidenceBundle(JSON.parse(serializeEvidenceBundle(bundle))).ok).toBe(true);

    const before = await createEvidenceBundle({ store, streamIds: [chain], upTo: '2000-01-01T00:00:00Z', signingKey: key, now });
    expect(before.checkpoint).toMatchObject({ treeSize: 0, rootHash: EMPTY_ROOT.toString('hex') });
    expect(before.manifest).toEqual([{ streamId: chain, firstVersion: 0, lastVersion: -1, eventCount: 0 }]);
    expect(verifyEvidenceBundle(JSON.parse(serializeEvidenceBundle(before))).ok).toBe(true);
  });

  it('a stream that does not exist is stated as empty, and the statement holds', async () => {
    const nobody = aStreamId('party');
    const bundle = await createEvidenceBundle({ store, streamIds: [nobody], signingKey: key, now });
    expect(bundle.manifest).toEqual([{ streamId: nobody, firstVersion: 0, lastVersion: -1, eventCount: 0 }]);
    expect(bundle.events).toEqual([]);
    expect(bundle.checkpoint.treeSize).toBe(10);
    expect(verifyEvidenceBundle(JSON.parse(serializeEvidenceBundle(bundle))).ok).toBe(true);
  });

  it('round-trips through a file', async () => {
    const bundle = await createEvidenceBundle({ store, streamIds: [chain], signingKey: key, now });
    const file = folder.file('bundle.json');
    writeEvidenceBundleFile(file, bundle);
    expect(readEvidenceBundleFile(file)).toEqual(JSON.parse(JSON.stringify(bundle)));
    expect(() => readEvidenceBundleFile(folder.file('absent.json'))).toThrow(BundleUnreadableError);
  });
});

describe('createEvidenceBundle refuses', () => {
  const key = generateSigningKey();

  it('a request without streams or with an upTo that is no instant', async () => {
    const { log, chain } = anInterleavedLog();
    await expect(createEvidenceBundle({ store: log, streamIds: [], signingKey: key, now })).rejects.toThrow(InvalidBundleRequestError);
    await expect(createEvidenceBundle({ store: log, streamIds: [chain], upTo: 'yesterday', signingKey: key, now })).rejects.toThrow(InvalidBundleRequestError);
    await expect(createEvidenceBundle({ store: log, streamIds: [''], signingKey: key, now })).rejects.toThrow(InvalidBundleRequestError);
  });

  it('to sign a log whose hash chain is broken, naming where', async () => {
    const { log, chain } = anInterleavedLog();
    const victim = log.events.findIndex((e) => e.streamId === chain && e.streamVersion === 3);
    const tampered = new InMemoryLog();
    tampered.events.push(...log.events);
    tampered.events[victim] = { ...log.events[victim], data: { title: 'rewritten afterwards' } };
    const refused = createEvidenceBundle({ store: tampered, streamIds: [chain], signingKey: key, now });
    await expect(refused).rejects.toThrow(BrokenLogError);
    await expect(refused).rejects.toMatchObject({ failure: { reason: 'HASH_MISMATCH', streamId: chain, streamVersion: 3 } });
  });
});

it('builds every leaf from the event hash with the RFC 6962 leaf prefix', async () => {
  const { log, chain } = anInterleavedLog();
  const bundle = await createEvidenceBundle({ store: log, streamIds: [chain], signingKey: generateSigningKey(), now });
  const leaves = log.events.map((e) => leafHash(Buffer.from(e.hash, 'hex')));
  expect(bundle.checkpoint.rootHash).toBe(MerkleTree.fromLeafHashes(leaves).root().toString('hex'));
});
