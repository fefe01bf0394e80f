import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** What a worker's pass says, signed: whose it is and until when. No chain, no instruction. */
export interface PassClaims {
  readonly passId: string;
  readonly workerId: string;
  readonly workerPartyId: string;
  /** ISO instant. */
  readonly expiresAt: string;
}

export class PassTokenInvalid extends Error {}

const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64url');
// its own labels: a personal link's signature never makes a pass, nor the other way round
const mac = (secret: string, label: string, text: string) => createHmac('sha256', secret).update(`${label}\n${text}`).digest();

/** A pass id the server can derive again (to show the pass once more) but nobody without the secret can. */
export function derivePassId(secret: string, issueId: string, workerPartyId: string, workerId: string): string {
  return b64(mac(secret, 'schakel-pass-id', `${issueId}|${workerPartyId}|${workerId}`)).slice(0, 22);
}

/** What the log keeps instead of the pass id. */
export function passIdHash(passId: string): string {
  return createHash('sha256').update(passId).digest('hex');
}

export function signPass(secret: string, claims: PassClaims): string {
  const body = b64(JSON.stringify({ k: 'pass', s: claims.passId, w: claims.workerId, p: claims.workerPartyId, e: claims.expiresAt }));
  return `${body}.${b64(mac(secret, 'schakel-pass', body))}`;
}

const TOKEN = /^[A-Za-z0-9_-]{20,600}\.[A-Za-z0-9_-]{43}$/;

/** The claims of a pass whose signature holds; revocation and expiry are checked against the log. */
export function verifyPass(secret: string, token: string): PassClaims {
  const text = token.trim();
  if (!TOKEN.test(text)) throw new PassTokenInvalid('malformed');
  const [body, signature] = text.split('.');
  const expected = mac(secret, 'schakel-pass', body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new PassTokenInvalid('signature');
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    throw new PassTokenInvalid('body');
  }
  const field = (v: unknown) => (typeof v === 'string' && v.length > 0 && v.length <= 64 ? v : null);
  const claims = { passId: field(raw.s), workerId: field(raw.w), workerPartyId: field(raw.p), expiresAt: field(raw.e) };
  if (raw.k !== 'pass' || Object.values(claims).some((v) => v === null) || Number.isNaN(Date.parse(claims.expiresAt as string))) throw new PassTokenInvalid('claims');
  return claims as PassClaims;
}
