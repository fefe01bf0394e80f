import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PublicKeyError, SigningKeyError } from './evidence-errors';

/** The file, in the data folder, that holds the generated key (PKCS8 PEM, mode 0600). */
export const SIGNING_KEY_FILE = 'evidence-signing-key.pem';

/** A public key as it is published and put in a bundle. */
export interface PublicKeyInfo {
  /** SPKI PEM. */
  readonly pem: string;
  /** `ed25519:` and the first 16 hex characters of SHA-256 over the SPKI DER. */
  readonly fingerprint: string;
}

/** The Ed25519 key that signs checkpoints and bundles. */
export interface SigningKey {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

/**
 * The signing key: the PEM file named by `keyFile` (the configured SCHAKEL_SIGNING_KEY_FILE) when set; otherwise
 * the key generated into `<dataDir>/evidence-signing-key.pem` on first use, shared by every
 * process that uses the same data folder.
 */
export function loadOrCreateSigningKey(dataDir: string, keyFile: string | null): SigningKey {
  if (keyFile) return readSigningKey(keyFile);
  const file = join(dataDir, SIGNING_KEY_FILE);
  if (existsSync(file)) return readSigningKey(file);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  // Written whole under a name of our own ('wx', 0600), then linked into place: the link fails when
  // another process got there first (then its key wins), and no reader ever sees half a key.
  const temp = `${file}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temp, pem, { flag: 'wx', mode: 0o600 });
  try {
    linkSync(temp, file);
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') writeWithoutLink(file, pem);
  } finally {
    unlinkSync(temp);
  }
  return readSigningKey(file);
}

// For file systems without hard links: the plain exclusive create, which may expose an empty file
// for a moment, read again below.
function writeWithoutLink(file: string, pem: string): void {
  try {
    writeFileSync(file, pem, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw new SigningKeyError(`cannot write the signing key ${file}`, error);
  }
}

/** An Ed25519 private key from a PKCS8 PEM file. */
export function readSigningKey(file: string): SigningKey {
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SigningKeyError(`cannot read the signing key ${file}`, error);
  }
  return signingKeyFromPem(pem, file);
}

export function signingKeyFromPem(pem: string, source = 'the given PEM'): SigningKey {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: pem, format: 'pem' });
  } catch (error) {
    throw new SigningKeyError(`${source} is not a private key in PEM`, error);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new SigningKeyError(`${source} is a ${privateKey.asymmetricKeyType} key; evidence is signed with Ed25519`);
  }
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

/** A fresh key that lives only in memory (tests, throw-away demos). */
export function generateSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey };
}

/** The SPKI PEM and fingerprint of a key's public half. */
export function publicKeyOf(key: SigningKey | KeyObject): PublicKeyInfo {
  const publicKey = 'publicKey' in key ? key.publicKey : key.type === 'private' ? createPublicKey(key) : key;
  return { pem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), fingerprint: fingerprintOf(publicKey) };
}

export function fingerprintOf(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return 'ed25519:' + createHash('sha256').update(der).digest('hex').slice(0, 16);
}

/** An Ed25519 public key from SPKI PEM; refuses private keys, which must never be handed around. */
export function parsePublicKeyPem(pem: string): KeyObject {
  if (/PRIVATE KEY/.test(pem)) throw new PublicKeyError('that is a private key; give the public key (BEGIN PUBLIC KEY)');
  let key: KeyObject;
  try {
    key = createPublicKey({ key: pem, format: 'pem' });
  } catch (error) {
    throw new PublicKeyError('not a public key in PEM', error);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new PublicKeyError(`a ${key.asymmetricKeyType} key, not Ed25519`);
  return key;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}
