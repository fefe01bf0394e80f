import { readFileSync, writeFileSync } from 'node:fs';
import { createEvidenceBundle, generateSigningKey, publicKeyOf, writeEvidenceBundleFile } from '@schakel/evidence';
import { aTempFolder } from '@schakel/event-store/testing';
import { anInterleavedLog } from '../../../../libs/evidence/test/evidence-fixtures';
import { UsageError } from '../usage-error';
import { commands } from '.';

/** Runs `schakel verify-bundle …` in this process; returns exit code, stdout and stderr. */
async function verifyBundle(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out += String(chunk)) !== null);
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (err += String(chunk)) !== null);
  // No configuration at all: a store setting that would make loadConfig fail proves none is read.
  const saved = { ...process.env };
  process.env.SCHAKEL_STORE = 'no-such-store';
  try {
    const code = await commands['verify-bundle'].run(args);
    return { code, out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    process.env = saved;
  }
}

describe('schakel verify-bundle', () => {
  const folder = aTempFolder('schakel-verify-bundle-');
  const key = generateSigningKey();
  const { log, chain, party } = anInterleavedLog();
  const file = folder.file('bundle.json');
  const keyFile = folder.file('published-key.pem');
  let events: { eventId: string; streamId: string; streamVersion: number }[];

  beforeAll(async () => {
    const bundle = await createEvidenceBundle({ store: log, streamIds: [chain, party], signingKey: key, now: new Date('2025-04-01T12:00:00Z') });
    writeEvidenceBundleFile(file, bundle);
    writeFileSync(keyFile, publicKeyOf(key).pem);
    events = bundle.events.map((e) => e.event);
  });
  afterAll(() => folder.remove());

  it('accepts an intact bundle: exit 0 and one line saying what was checked', async () => {
    const { code, out } = await verifyBundle(file);
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^ok: bundle of 10 events in 2 streams, checkpoint of size 19 signed by ${publicKeyOf(key).fingerprint}\n`));
    expect(out).toContain('not pinned');
  });

  it('accepts it against the published key, given as a file or as the PEM itself', async () => {
    const fromFile = await verifyBundle(file, '--public-key', keyFile);
    expect(fromFile.code).toBe(0);
    expect(fromFile.out).not.toContain('not pinned');
    expect((await verifyBundle(file, `--public-key=${publicKeyOf(key).pem}`)).code).toBe(0);
  });

  it('reports a changed byte as BROKEN with the event named, exit 1', async () => {
    const tampered = folder.file('tampered.json');
    const victim = events[4];
    const text = JSON.stringify(JSON.parse(readFileSync(file, 'utf8')), null, 2);
    // One digit of the fifth event's recordedAt, in the file as a person with an editor would change it.
    const at = text.indexOf('"recordedAt"', text.indexOf(`"eventId": "${victim.eventId}"`)) + '"recordedAt": "2025-03-14T08:0'.length;
    writeFileSync(tampered, text.slice(0, at) + String((Number(text[at]) + 1) % 10) + text.slice(at + 1));
    const { code, out } = await verifyBundle(tampered);
    expect(code).toBe(1);
    expect(out).toMatch(new RegExp(`^BROKEN: HASH_MISMATCH at event ${victim.eventId} \\(${victim.streamId} v${victim.streamVersion}\\)\n  `));

    const json = await verifyBundle(tampered, '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({ ok: false, firstProblem: { reason: 'HASH_MISMATCH', eventId: victim.eventId, position: 4 } });
  });

  it('reports a removed event by its stream and version', async () => {
    const bundle = JSON.parse(readFileSync(file, 'utf8'));
    const removed = bundle.events.splice(3, 1)[0].event;
    const tampered = folder.file('removed.json');
    writeFileSync(tampered, JSON.stringify(bundle));
    const { code, out } = await verifyBundle(tampered);
    expect(code).toBe(1);
    expect(out).toMatch(new RegExp(`^BROKEN: EVENT_MISSING at ${removed.streamId} v${removed.streamVersion}\n`));
  });

  it('refuses a bundle signed by another key than the one given: KEY_MISMATCH, exit 1', async () => {
    const otherKey = folder.file('other-key.pem');
    writeFileSync(otherKey, publicKeyOf(generateSigningKey()).pem);
    const { code, out } = await verifyBundle(file, '--public-key', otherKey);
    expect(code).toBe(1);
    expect(out).toMatch(/^BROKEN: KEY_MISMATCH\n {2}the bundle is signed by ed25519:[0-9a-f]{16}, not by the given key ed25519:[0-9a-f]{16}\n$/);
  });

  it('--json prints every check', async () => {
    const { code, out } = await verifyBundle(file, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.ok).toBe(true);
    expect(result.checks).toHaveLength(8);
    expect(result.summary).toMatchObject({ eventCount: 10, treeSize: 19, keyPinned: false });
  });

  it('exits 2 for a file that cannot be read or is not JSON, or a public key that is no key', async () => {
    const missing = await verifyBundle(folder.file('absent.json'));
    expect(missing).toMatchObject({ code: 2, out: '' });
    expect(missing.err).toMatch(/^schakel: cannot read bundle .*absent\.json: ENOENT/);
    const notJson = folder.file('not-json.json');
    writeFileSync(notJson, '{"format": "schakel-evidence-bundle/1",');
    expect(await verifyBundle(notJson)).toMatchObject({ code: 2, err: expect.stringMatching(/not JSON/) });
    expect(await verifyBundle(file, '--public-key', folder.file('absent.pem'))).toMatchObject({ code: 2, err: expect.stringMatching(/cannot read the public key file/) });
    const privateKey = folder.file('private.pem');
    writeFileSync(privateKey, key.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    expect(await verifyBundle(file, '--public-key', privateKey)).toMatchObject({ code: 2, err: expect.stringMatching(/that is a private key/) });
  });

  it('needs exactly one FILE', async () => {
    await expect(verifyBundle()).rejects.toThrow(UsageError);
    await expect(verifyBundle(file, file)).rejects.toThrow(UsageError);
    await expect(verifyBundle(file, '--key', keyFile)).rejects.toThrow(UsageError);
  });
});
