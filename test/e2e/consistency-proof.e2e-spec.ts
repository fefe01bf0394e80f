import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { NO_STREAM } from '@schakel/event-store';
import { aStreamId, someNewEvents, waitUntil } from '@schakel/event-store/testing';
import { LOG_CHECKPOINT_STREAM, SIGNING_KEY_FILE, parsePublicKeyPem, publicKeyOf, parseSignedLogCheckpoint, verifyConsistencyBetween, verifyLog, type SignedLogCheckpoint } from '@schakel/evidence';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import { ConfigError, loadConfig } from '@schakel/infrastructure';

const PROOF = `query P($fromSize: Int!, $toSize: Int) { consistencyProof(fromSize: $fromSize, toSize: $toSize) { json fromSize toSize fromRoot toRoot proof keyFingerprint } }`;

describe('log checkpoints and consistency proofs over the API', () => {
  let api: ApiHarness;
  let witness: Server;
  const posted: SignedLogCheckpoint[] = [];

  beforeAll(async () => {
    // The witness: a real HTTP server that keeps what it is sent.
    witness = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        const signed = parseSignedLogCheckpoint(JSON.parse(body));
        if (signed) posted.push(signed);
        response.writeHead(signed ? 204 : 400).end();
      });
    });
    await new Promise<void>((resolve) => witness.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(witness.address() as AddressInfo).port}/witness`;
    api = await startApi({ SCHAKEL_CHECKPOINT_INTERVAL_SECONDS: '1', SCHAKEL_WITNESS_URL: url });
    await api.store.append(aStreamId('chain'), someNewEvents(3), NO_STREAM);
  });
  afterAll(async () => {
    await api?.close();
    await new Promise<void>((resolve) => witness.close(() => resolve()));
  });

  it('signs a checkpoint of the log head on its interval and POSTs it to the witness', async () => {
    await waitUntil(() => posted.length > 0, () => 'the witness was sent no checkpoint', 10_000);
    expect(posted[0].checkpoint).toMatchObject({ treeSize: 3, previous: null });
    expect(await api.store.readStream(LOG_CHECKPOINT_STREAM)).toHaveLength(1);
    const key = (await api.gql('{ evidencePublicKey { pem } }')).data!.evidencePublicKey;
    const report = await verifyLog(api.store, { publicKey: parsePublicKeyPem(key.pem), witness: posted });
    expect(report).toMatchObject({ ok: true, checkpointsChecked: 1, witnessCheckpointsChecked: 1 });
  });

  it('serves an inspector a proof that the log grew only by appending since an older head', async () => {
    const inspector = api.token({ role: 'INSPECTOR', party: '0190b8a0-0000-7000-8000-0000000000aa' });
    const old = (await api.gql(PROOF, { fromSize: 0, toSize: 3 }, inspector)).data!.consistencyProof;
    await api.store.append(aStreamId('chain'), someNewEvents(2), NO_STREAM);
    const size = await api.eventCount();
    const later = (await api.gql(PROOF, { fromSize: 3 }, inspector)).data!.consistencyProof;
    expect(later).toMatchObject({ fromSize: 3, fromRoot: old.toRoot });
    // The checkpointer may append its own event meanwhile: at least what was counted.
    expect(later.toSize).toBeGreaterThanOrEqual(size);
    const key = (await api.gql('{ evidencePublicKey { pem } }')).data!.evidencePublicKey;
    expect(verifyConsistencyBetween(JSON.parse(old.json), JSON.parse(later.json), null, { publicKeyPem: key.pem })).toMatchObject({ ok: true });
  });

  it('refuses other roles, and sizes beyond the log, with stable codes', async () => {
    const manager = api.token({ party: '0190b8a0-0000-7000-8000-0000000000bb' });
    const refused = await api.gql(PROOF, { fromSize: 1 }, manager);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    const tooFar = await api.gql(PROOF, { fromSize: 1, toSize: 10_000 }, api.token({}));
    expect(tooFar.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'CONSISTENCY_SIZE_OUT_OF_RANGE' } });
    expect(tooFar.errors?.[0].message).toMatch(/toSize 10000 is not between 0 and the log's \d+ events/);
  });
});

describe('the signing key outside the data folder', () => {
  it('is taken from SCHAKEL_SIGNING_KEY and published; none is generated into the data folder', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const api = await startApi({ SCHAKEL_SIGNING_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() });
    try {
      const published = (await api.gql('{ evidencePublicKey { fingerprint } }')).data!.evidencePublicKey;
      expect(published.fingerprint).toBe(publicKeyOf(privateKey).fingerprint);
      expect(existsSync(join(api.config.dataDir, SIGNING_KEY_FILE))).toBe(false);
    } finally {
      await api.close();
    }
  });

  it('is validated when the configuration is read: a missing file or a key that is not Ed25519 is a ConfigError', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => loadConfig({ SCHAKEL_SIGNING_KEY: 'not a key' })).toThrow(new ConfigError('SCHAKEL_SIGNING_KEY is not a private key in PEM'));
    expect(() => loadConfig({ SCHAKEL_SIGNING_KEY: rsa })).toThrow(new ConfigError('SCHAKEL_SIGNING_KEY is a rsa key; evidence is signed with Ed25519'));
    expect(() => loadConfig({ SCHAKEL_SIGNING_KEY_FILE: join(tmpdir(), 'no-such-schakel-key.pem') })).toThrow(/cannot read the signing key .*no-such-schakel-key\.pem/);
    expect(() => loadConfig({ SCHAKEL_SIGNING_KEY: rsa, SCHAKEL_SIGNING_KEY_FILE: 'key.pem' })).toThrow('set SCHAKEL_SIGNING_KEY or SCHAKEL_SIGNING_KEY_FILE, not both');
    expect(() => loadConfig({ SCHAKEL_WITNESS_URL: 'ftp://witness.example/x' })).toThrow(ConfigError);
  });
});
