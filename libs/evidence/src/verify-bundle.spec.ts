import { hashEvent, type StoredEvent } from '@schakel/event-store';
import { InMemoryLog, anInterleavedLog } from '../test/evidence-fixtures';
import { createEvidenceBundle } from './bundle';
import { serializeEvidenceBundle, statementOf, type EvidenceBundle } from './bundle-format';
import { MerkleTree, leafHash } from './merkle-tree';
import { signCanonical, signTreeHead } from './signed-checkpoint';
import { generateSigningKey, publicKeyOf } from './signing-key';
import { verifyEvidenceBundle, type BundleVerification } from './verify-bundle';

// The bundle as parsed JSON, edited freely by the tampering tests.
type Mutable = Record<string, any>;

describe('verifyEvidenceBundle', () => {
  const key = generateSigningKey();
  const { log, chain, party, other } = anInterleavedLog();
  let bundle: EvidenceBundle;
  let text: string;
  // A fresh, freely editable copy of the bundle as the file holds it.
  const copy = (): Mutable => JSON.parse(text);
  const expectBroken = (result: BundleVerification, expected: Record<string, unknown>) => {
    expect(result.ok).toBe(false);
    expect(result.firstProblem).toMatchObject(expected);
  };

  beforeAll(async () => {
    bundle = await createEvidenceBundle({ store: log, streamIds: [chain, party], signingKey: key, now: new Date('2025-04-01T12:00:00Z') });
    text = serializeEvidenceBundle(bundle);
  });

  it('accepts the bundle as written, with every check passed', () => {
    const result = verifyEvidenceBundle(copy());
    expect(result.firstProblem).toBeNull();
    expect(result.ok).toBe(true);
    expect(result.checks.map((c) => [c.name, c.status])).toEqual([
      ['format', 'pass'],
      ['publicKey', 'pass'],
      ['signature', 'pass'],
      ['eventHashes', 'pass'],
      ['inclusionProofs', 'pass'],
      ['order', 'pass'],
      ['streams', 'pass'],
      ['manifest', 'pass'],
    ]);
    expect(result.summary).toEqual({
      eventCount: 10,
      streamCount: 2,
      treeSize: 19,
      rootHash: bundle.checkpoint.rootHash,
      issuedAt: '2025-04-01T12:00:00.000Z',
      upTo: null,
      keyFingerprint: publicKeyOf(key).fingerprint,
      keyPinned: false,
    });
    expect(verifyEvidenceBundle(copy(), { publicKeyPem: publicKeyOf(key).pem })).toMatchObject({ ok: true, summary: { keyPinned: true } });
  });

  describe('(a) a changed byte in an event names that event', () => {
    const edits: [string, (e: Mutable) => void][] = [
      ['data: a letter of the title', (e) => (e.data.title = e.data.title.replace('hoogte', 'hoogtf'))],
      ['data: a topic deep in a list', (e) => (e.data.topics[1] = 'SCAFFOLDINg')],
      ['data: a number', (e) => (e.data.version = 2)],
      ['data: a field added', (e) => (e.data.extra = true)],
      ['recordedAt: one second', (e) => (e.recordedAt = e.recordedAt.replace(/:(\d)(\d)\./, (_: string, a: string, b: string) => `:${a}${(Number(b) + 1) % 10}.`))],
      ['occurredAt', (e) => (e.occurredAt = '2025-03-14T07:59:59.000Z')],
      ['actor: the user', (e) => (e.actor.userId = e.actor.userId.slice(0, -1) + 'x')],
      ['actor: the role', (e) => (e.actor.role = 'MANAGER')],
      ['actor: a worker id added', (e) => (e.actor.workerId = 'w-1')],
      ['type', (e) => (e.type = 'SafetyInstructionRevoked')],
      ['schemaVersion', (e) => (e.schemaVersion = 2)],
      ['streamVersion', (e) => (e.streamVersion += 1)],
      ['eventId', (e) => (e.eventId = e.eventId.slice(0, -1) + (e.eventId.endsWith('0') ? '1' : '0'))],
      ['correlationId', (e) => (e.correlationId = e.correlationId.slice(0, -1) + (e.correlationId.endsWith('f') ? 'e' : 'f'))],
      ['causationId', (e) => (e.causationId = e.correlationId)],
      ['prevHash', (e) => (e.prevHash = e.prevHash.slice(0, -1) + (e.prevHash.endsWith('a') ? 'b' : 'a'))],
      ['hash', (e) => (e.hash = e.hash.replace(/^./, (c: string) => (c === '0' ? '1' : '0')))],
      ['a field the hash does not cover, added', (e) => (e.globalPosition = 7)],
    ];

    it.each(edits)('%s', (_name, edit) => {
      for (const position of [0, 4, 9]) {
        const tampered = copy();
        const original = tampered.events[position];
        edit(original.event);
        expect(tampered).not.toEqual(copy());
        const result = verifyEvidenceBundle(tampered);
        expectBroken(result, { position, leafIndex: original.leafIndex, eventId: original.event.eventId });
        expect(['HASH_MISMATCH', 'MALFORMED_EVENT']).toContain(result.firstProblem!.reason);
      }
    });

    it('the proof of an event: its leaf index or a byte of its path', () => {
      for (const position of [0, 5, 9]) {
        const moved = copy();
        moved.events[position].leafIndex += 1;
        expectBroken(verifyEvidenceBundle(moved), { reason: 'NOT_IN_LOG', position });
        const pathByte = copy();
        const path: string[] = pathByte.events[position].inclusionPath;
        path[1] = path[1].slice(0, 10) + (path[1][10] === '0' ? '1' : '0') + path[1].slice(11);
        expectBroken(verifyEvidenceBundle(pathByte), { reason: 'NOT_IN_LOG', position });
        const shortened = copy();
        shortened.events[position].inclusionPath.pop();
        expectBroken(verifyEvidenceBundle(shortened), { reason: 'NOT_IN_LOG', position });
      }
    });

    it('two bad events: the one earlier in the bundle is named, whatever the kind of fault', () => {
      const tampered = copy();
      tampered.events[2].leafIndex += 1;
      tampered.events[5].event.data.title = 'changed';
      expectBroken(verifyEvidenceBundle(tampered), { reason: 'NOT_IN_LOG', position: 2 });
      tampered.events[1].event.type = 'changed';
      expectBroken(verifyEvidenceBundle(tampered), { reason: 'HASH_MISMATCH', position: 1 });
    });

    it('every letter and digit of one event, changed in the file one at a time', () => {
      const position = 6;
      // The text of events[6] in the file: from its opening brace to the matching closing one.
      const start = indexOfEntry(text, position);
      const end = matchingBrace(text, start);
      let changed = 0;
      const escaped: number[] = [];
      const missed: string[] = [];
      for (let i = start; i <= end; i++) {
        const c = text[i];
        if (!/[0-9a-zA-Z]/.test(c)) continue;
        if (text[i - 1] === '\\') {
          escaped.push(i); // part of an escape such as \n: changing it gives invalid JSON, not a new value
          continue;
        }
        const mutated = text.slice(0, i) + replacement(c) + text.slice(i + 1);
        let parsed: unknown;
        try {
          parsed = JSON.parse(mutated);
        } catch {
          continue; // true → trve: no longer JSON at all, which the CLI reports as unreadable
        }
        const result = verifyEvidenceBundle(parsed);
        if (result.ok || result.firstProblem?.position !== position) missed.push(`offset ${i - start} (${JSON.stringify(text.slice(i - 8, i + 8))}): ${JSON.stringify(result.firstProblem)}`);
        changed++;
      }
      expect(missed).toEqual([]);
      expect(changed).toBeGreaterThan(900);
    });
  });

  describe('(b) a removed event', () => {
    const positionOf = (b: Mutable, streamId: string, version: number) =>
      b.events.findIndex((e: Mutable) => e.event.streamId === streamId && e.event.streamVersion === version);

    it.each([
      ['the first of a stream', 0],
      ['one in the middle of a stream', 3],
      ['the last of a stream', 6],
    ])('%s: names the stream and the missing version', (_name, version) => {
      const tampered = copy();
      tampered.events.splice(positionOf(tampered, chain, version), 1);
      expectBroken(verifyEvidenceBundle(tampered), { reason: 'EVENT_MISSING', streamId: chain, streamVersion: version });
    });

    it('the only events of a stream', () => {
      const tampered = copy();
      tampered.events = tampered.events.filter((e: Mutable) => e.event.streamId !== party);
      expectBroken(verifyEvidenceBundle(tampered), { reason: 'EVENT_MISSING', streamId: party, streamVersion: 0 });
    });

    it('the last event and the manifest line that counted it: the signature no longer holds', () => {
      const tampered = copy();
      tampered.events.splice(positionOf(tampered, chain, 6), 1);
      const line = tampered.manifest.find((m: Mutable) => m.streamId === chain);
      line.lastVersion = 5;
      line.eventCount = 6;
      expectBroken(verifyEvidenceBundle(tampered), { reason: 'SIGNATURE_INVALID' });
    });
  });

  describe('(c) swapped events', () => {
    it.each([
      ['two neighbours in one stream', 2, 3],
      ['neighbours in different streams', 1, 2],
      ['far apart', 0, 9],
      ['the last two', 8, 9],
    ])('%s: names the event that stands out of place', (_name, a, b) => {
      const tampered = copy();
      [tampered.events[a], tampered.events[b]] = [tampered.events[b], tampered.events[a]];
      expectBroken(verifyEvidenceBundle(tampered), { reason: 'ORDER_CHANGED', position: a, eventId: tampered.events[a].event.eventId });
    });

    it('one event moved to the front', () => {
      const tampered = copy();
      tampered.events.unshift(tampered.events.splice(7, 1)[0]);
      expectBroken(verifyEvidenceBundle(tampered), { reason: 'ORDER_CHANGED', position: 0, leafIndex: bundle.events[7].leafIndex });
    });
  });

  describe('(d) a changed checkpoint', () => {
    it.each([
      ['the root', (b: Mutable) => (b.checkpoint.rootHash = b.checkpoint.rootHash.replace(/^./, (c: string) => (c === 'a' ? 'b' : 'a')))],
      ['the size, one larger', (b: Mutable) => (b.checkpoint.treeSize += 1)],
      ['the size, one smaller', (b: Mutable) => (b.checkpoint.treeSize -= 1)],
      ['the time it was issued', (b: Mutable) => (b.checkpoint.issuedAt = '2025-04-01T12:00:01.000Z')],
      ['the store', (b: Mutable) => (b.checkpoint.store = 'postgres')],
      ['the cut-off', (b: Mutable) => (b.upTo = '2030-01-01T00:00:00.000Z')],
      ['a manifest count', (b: Mutable) => (b.manifest[0].lastVersion += 1) && (b.manifest[0].eventCount += 1)],
    ])('%s: the signature fails', (_name, edit) => {
      const tampered = copy();
      edit(tampered);
      const result = verifyEvidenceBundle(tampered);
      expectBroken(result, { reason: 'SIGNATURE_INVALID' });
      expect(result.checks.find((c) => c.name === 'signature')!.status).toBe('fail');
    });

    it('a changed root also fails every inclusion proof', () => {
      const tampered = copy();
      tampered.checkpoint.rootHash = '0'.repeat(64);
      const result = verifyEvidenceBundle(tampered);
      expect(result.checks.find((c) => c.name === 'inclusionProofs')).toMatchObject({ status: 'fail' });
    });
  });

  describe('(e) a changed signature', () => {
    const flip = (sig: string, at: number) => {
      const bytes = Buffer.from(sig, 'base64');
      bytes[at] ^= 0x01;
      return bytes.toString('base64');
    };
    it.each([
      ['a bit of the checkpoint signature', (b: Mutable) => (b.checkpointSignature = flip(b.checkpointSignature, 0))],
      ['a bit of the statement signature', (b: Mutable) => (b.statementSignature = flip(b.statementSignature, 63))],
      ['the two signatures exchanged', (b: Mutable) => ([b.checkpointSignature, b.statementSignature] = [b.statementSignature, b.checkpointSignature])],
      ['a signature cut short', (b: Mutable) => (b.statementSignature = b.statementSignature.slice(0, 40))],
      // 64 bytes end in 4 unused bits of base64: other bits there decode to the same signature.
      ['the same signature with other padding bits', (b: Mutable) => (b.statementSignature = b.statementSignature.replace(/(.)==$/, (_: string, c: string) => `${String.fromCharCode(c.charCodeAt(0) + 1)}==`))],
    ])('%s', (_name, edit) => {
      const tampered = copy();
      edit(tampered);
      expect(tampered).not.toEqual(copy());
      expectBroken(verifyEvidenceBundle(tampered), { reason: 'SIGNATURE_INVALID' });
    });
  });

  describe('(f) the key', () => {
    it('a different published key: KEY_MISMATCH', () => {
      const stranger = publicKeyOf(generateSigningKey());
      const result = verifyEvidenceBundle(copy(), { publicKeyPem: stranger.pem });
      expectBroken(result, { reason: 'KEY_MISMATCH' });
      expect(result.firstProblem!.detail).toContain(stranger.fingerprint);
    });

    it('a bundle forged end to end and signed with another key holds together, and only the pinned key tells', async () => {
      const forger = generateSigningKey();
      const forged = copy();
      forged.events[2].event.data.title = 'Werken op hoogte — zonder valbeveiliging';
      // The forger rebuilds the hash chain, the tree and both signatures over the altered log.
      const { log: rewritten } = rewriteLog(log, forged.events[2].event.eventId, forged.events[2].event.data);
      const reissued = await createEvidenceBundle({ store: rewritten, streamIds: [chain, party], signingKey: forger, now: new Date('2025-04-01T12:00:00Z') });
      expect(verifyEvidenceBundle(JSON.parse(serializeEvidenceBundle(reissued)))).toMatchObject({ ok: true, summary: { keyPinned: false } });
      expectBroken(verifyEvidenceBundle(JSON.parse(serializeEvidenceBundle(reissued)), { publicKeyPem: publicKeyOf(key).pem }), { reason: 'KEY_MISMATCH' });
    });

    it("another key put in the bundle, the signer's signatures kept", () => {
      const tampered = copy();
      const stranger = publicKeyOf(generateSigningKey());
      tampered.publicKey.pem = stranger.pem;
      expectBroken(verifyEvidenceBundle(tampered), { reason: 'KEY_MISMATCH' });
      tampered.publicKey.fingerprint = stranger.fingerprint;
      tampered.checkpoint.logId = stranger.fingerprint;
      expectBroken(verifyEvidenceBundle(tampered), { reason: 'SIGNATURE_INVALID' });
    });

    it('a PEM that is not an Ed25519 public key is the caller’s error, thrown', () => {
      expect(() => verifyEvidenceBundle(copy(), { publicKeyPem: 'nonsense' })).toThrow(expect.objectContaining({ code: 'EVIDENCE_PUBLIC_KEY_INVALID' }));
    });
  });

  describe('events that do not belong', () => {
    it('an authentic event of a stream the manifest does not list', async () => {
      const wider = await createEvidenceBundle({ store: log, streamIds: [chain, party, other], signingKey: key, now: new Date('2025-04-01T12:00:00Z') });
      const stranger = wider.events.find((e) => e.event.streamId === other)!;
      const tampered = copy();
      const position = tampered.events.findIndex((e: Mutable) => e.leafIndex > stranger.leafIndex);
      tampered.events.splice(position, 0, JSON.parse(JSON.stringify(stranger)));
      expectBroken(verifyEvidenceBundle(tampered), { reason: 'EXTRA_EVENT', position, eventId: stranger.event.eventId });
    });

    it('the same event twice', () => {
      const tampered = copy();
      tampered.events.splice(4, 0, tampered.events[3]);
      expectBroken(verifyEvidenceBundle(tampered), { reason: 'EXTRA_EVENT', position: 4 });
    });
  });

  describe('a file that is not a bundle of this format', () => {
    it.each([
      ['not an object', () => [1, 2]],
      ['another format version', () => ({ ...copy(), format: 'schakel-evidence-bundle/2' })],
      ['a top-level field nothing covers', () => ({ ...copy(), note: 'trust me' })],
      ['no events list', () => ({ ...copy(), events: undefined })],
      ['a public key that is no key', () => ({ ...copy(), publicKey: { ...copy().publicKey, pem: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n' } })],
      ['a public key with its PEM re-wrapped', () => ({ ...copy(), publicKey: { ...copy().publicKey, pem: copy().publicKey.pem.replace(/\n/g, '\r\n') } })],
    ])('%s: FORMAT', (_name, make) => {
      const result = verifyEvidenceBundle(make());
      expectBroken(result, { reason: 'FORMAT' });
      expect(result.summary).toBeNull();
      expect(result.checks.filter((c) => c.status === 'skipped')).toHaveLength(7);
    });
  });

  it('a statement signed over a log whose chain is broken is still caught per stream', () => {
    // A signer that did not check its log (createEvidenceBundle refuses to): the tree and signatures
    // hold, the broken link in the chain does not.
    const broken = new InMemoryLog();
    const [first] = broken.append('chain-x', 1);
    const [second] = broken.append('chain-x', 1);
    const forkedEvent = { ...second, prevHash: 'f'.repeat(64) };
    const resealed = { ...forkedEvent, hash: hashEvent(forkedEvent) };
    const tree = MerkleTree.fromLeafHashes([first, resealed].map((e) => leafHash(Buffer.from(e.hash, 'hex'))));
    const head = signTreeHead({ treeSize: 2, rootHash: tree.root().toString('hex'), issuedAt: '2025-04-01T12:00:00.000Z', store: 'memory' }, key);
    const manifest = [{ streamId: 'chain-x', firstVersion: 0 as const, lastVersion: 1, eventCount: 2 }];
    const strip = ({ globalPosition: _g, checkpoint: _c, ...rest }: Mutable) => rest;
    const handMade = {
      format: 'schakel-evidence-bundle/1' as const,
      publicKey: { algorithm: 'Ed25519' as const, ...publicKeyOf(key) },
      checkpoint: head.checkpoint,
      checkpointSignature: head.signature,
      upTo: null,
      manifest,
      statementSignature: signCanonical(statementOf({ format: 'schakel-evidence-bundle/1', checkpoint: head.checkpoint, upTo: null, manifest }), key),
      events: [first, resealed].map((e, leafIndex) => ({ leafIndex, inclusionPath: tree.inclusionProof(leafIndex).map((h) => h.toString('hex')), event: strip(e) })),
    };
    expectBroken(verifyEvidenceBundle(JSON.parse(JSON.stringify(handMade))), { reason: 'PREV_HASH_MISMATCH', position: 1, eventId: second.eventId });
  });
});

/** Offset of the `{` that opens events[n] in the serialised bundle. */
function indexOfEntry(text: string, n: number): number {
  let at = text.indexOf('"events": [');
  for (let i = 0; i <= n; i++) at = text.indexOf('\n    {', at + 1);
  return at + '\n    '.length;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  throw new Error('unbalanced');
}

// Keeps the character class: a digit stays a digit (dates stay dates), a hex letter stays hex.
function replacement(c: string): string {
  if (/[0-9]/.test(c)) return String((Number(c) + 1) % 10);
  if (c === 'f') return 'e';
  if (c === 'z') return 'y';
  if (c === 'Z') return 'Y';
  return String.fromCharCode(c.charCodeAt(0) + 1);
}

/** The same log with one event's data replaced and every hash after it in its stream recomputed. */
function rewriteLog(log: InMemoryLog, eventId: string, data: unknown): { log: InMemoryLog } {
  const rewritten = new InMemoryLog();
  const heads = new Map<string, string>();
  for (const event of log.events) {
    const changed = { ...event, data: event.eventId === eventId ? data : event.data, prevHash: heads.get(event.streamId) ?? event.prevHash };
    const hash = hashEvent(changed as StoredEvent);
    heads.set(event.streamId, hash);
    rewritten.events.push({ ...changed, hash });
  }
  return { log: rewritten };
}
