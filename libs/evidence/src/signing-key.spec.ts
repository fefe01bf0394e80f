import { spawn } from 'node:child_process';
import { createHash, generateKeyPairSync, sign, verify } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { aTempFolder } from '@schakel/event-store/testing';
import { PublicKeyError, SigningKeyError } from './evidence-errors';
import { SIGNING_KEY_FILE, fingerprintOf, loadOrCreateSigningKey, parsePublicKeyPem, publicKeyOf, readSigningKey } from './signing-key';

describe('the evidence signing key', () => {
  const folder = aTempFolder('schakel-signing-key-');
  afterAll(() => folder.remove());

  it('is generated into the data folder on first use (PKCS8, 0600) and read back after', () => {
    const dataDir = join(folder.path, 'first-use');
    const key = loadOrCreateSigningKey(dataDir, null);
    const file = join(dataDir, SIGNING_KEY_FILE);
    expect(readFileSync(file, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----\n$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(key.privateKey.asymmetricKeyType).toBe('ed25519');
    const again = loadOrCreateSigningKey(dataDir, null);
    expect(again.publicKey.equals(key.publicKey)).toBe(true);
    expect(readdirSync(dataDir)).toEqual([SIGNING_KEY_FILE]);
    const message = Buffer.from('tree head');
    expect(verify(null, message, key.publicKey, sign(null, message, again.privateKey))).toBe(true);
  });

  it('comes from the configured key file (SCHAKEL_SIGNING_KEY_FILE) when one is given, and the data folder is left alone', () => {
    const file = folder.file('operator-key.pem');
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const dataDir = join(folder.path, 'unused');
    expect(loadOrCreateSigningKey(dataDir, file).publicKey.equals(publicKey)).toBe(true);
    expect(() => statSync(dataDir)).toThrow();
  });

  it('refuses a file that is missing, not a key, or not Ed25519, with a typed error', () => {
    const garbage = folder.file('garbage.pem');
    writeFileSync(garbage, 'not a key');
    const ec = folder.file('ec.pem');
    writeFileSync(ec, generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
    expect(() => readSigningKey(folder.file('absent.pem'))).toThrow(SigningKeyError);
    expect(() => loadOrCreateSigningKey(folder.path, garbage)).toThrow(SigningKeyError);
    expect(() => loadOrCreateSigningKey(folder.path, ec)).toThrow(/ec key; evidence is signed with Ed25519/);
  });

  it('publishes an SPKI PEM and a fingerprint of SHA-256 over its DER', () => {
    const key = loadOrCreateSigningKey(join(folder.path, 'first-use'), null);
    const published = publicKeyOf(key);
    expect(published.pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n.+\n-----END PUBLIC KEY-----\n$/);
    const der = key.publicKey.export({ type: 'spki', format: 'der' });
    expect(published.fingerprint).toBe('ed25519:' + createHash('sha256').update(der).digest('hex').slice(0, 16));
    expect(publicKeyOf(key.privateKey)).toEqual(published);
    expect(publicKeyOf(key.publicKey)).toEqual(published);
    expect(fingerprintOf(parsePublicKeyPem(published.pem))).toBe(published.fingerprint);
  });

  it('will not take a private key, or another algorithm, as the public key to check against', () => {
    const pkcs8 = readFileSync(join(folder.path, 'first-use', SIGNING_KEY_FILE), 'utf8');
    expect(() => parsePublicKeyPem(pkcs8)).toThrow(PublicKeyError);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(() => parsePublicKeyPem(rsa)).toThrow(/rsa key, not Ed25519/);
    expect(() => parsePublicKeyPem('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n')).toThrow(PublicKeyError);
  });

  it('is created once when several processes start on an empty data folder together', async () => {
    const dataDir = join(folder.path, 'race');
    // Plain JavaScript children start in a fraction of ts-node's time, so they all get to the race.
    const build = join(folder.path, 'build');
    for (const file of ['src/signing-key', 'src/evidence-errors', 'test/signing-key-race']) {
      const source = readFileSync(join(__dirname, '..', `${file}.ts`), 'utf8');
      mkdirSync(join(build, file, '..'), { recursive: true });
      const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true };
      writeFileSync(join(build, `${file}.js`), ts.transpileModule(source, { compilerOptions }).outputText);
    }
    const children = Array.from({ length: 6 }, () => {
      const child = spawn(process.execPath, [join(build, 'test', 'signing-key-race.js'), dataDir], { stdio: ['pipe', 'pipe', 'inherit'] });
      let out = '';
      const ready = new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => (out += chunk) && out.startsWith('ready\n') && resolve()));
      const done = new Promise<string>((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve(out.slice('ready\n'.length).trim()) : reject(new Error(`child exited ${code}`)))));
      return { ready, done, go: () => child.stdin.end('g') };
    });
    await Promise.all(children.map((c) => c.ready));
    children.forEach((c) => c.go());
    const fingerprints = await Promise.all(children.map((c) => c.done));
    expect(new Set(fingerprints).size).toBe(1);
    expect(fingerprints[0]).toBe(publicKeyOf(loadOrCreateSigningKey(dataDir, null)).fingerprint);
    expect(readdirSync(dataDir)).toEqual([SIGNING_KEY_FILE]);
  });
});
