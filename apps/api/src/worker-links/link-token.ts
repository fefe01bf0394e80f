import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** What a personal link says, signed: for whom, for which instruction version, until when. */
export interface LinkClaims {
  readonly linkId: string;
  readonly workerId: string;
  readonly workerPartyId: string;
  readonly chainId: string;
  readonly instructionId: string;
  readonly version: number;
  /** ISO instant. */
  readonly expiresAt: string;
}

export class LinkTokenInvalid extends Error {}

const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64url');
const mac = (secret: string, label: string, text: string) => createHmac('sha256', secret).update(`${label}\n${text}`).digest();

/** A link id the server can derive again (for the printed sheet) but nobody without the secret can. */
export function deriveLinkId(secret: string, batchId: string, workerPartyId: string, workerId: string): string {
  return b64(mac(secret, 'schakel-link-id', `${batchId}|${workerPartyId}|${workerId}`)).slice(0, 22);
}

/** What the log keeps instead of the link id. */
export function linkIdHash(linkId: string): string {
  return createHash('sha256').update(linkId).digest('hex');
}

export function signLink(secret: string, claims: LinkClaims): string {
  const body = b64(
    JSON.stringify({ l: claims.linkId, w: claims.workerId, p: claims.workerPartyId, c: claims.chainId, i: claims.instructionId, v: claims.version, e: claims.expiresAt }),
  );
  return `${body}.${b64(mac(secret, 'schakel-link', body))}`;
}

const TOKEN = /^[A-Za-z0-9_-]{20,1200}\.[A-Za-z0-9_-]{43}$/;

/** The claims of a link whose signature holds; expiry is checked by the caller (a clear page for it). */
export function verifyLink(secret: string, token: string): LinkClaims {
  if (!TOKEN.test(token)) throw new LinkTokenInvalid('malformed');
  const [body, signature] = token.split('.');
  const expected = mac(secret, 'schakel-link', body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new LinkTokenInvalid('signature');
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    throw new LinkTokenInvalid('body');
  }
  const text = (v: unknown) => (typeof v === 'string' && v.length > 0 && v.length <= 64 ? v : null);
  const claims = {
    linkId: text(raw.l),
    workerId: text(raw.w),
    workerPartyId: text(raw.p),
    chainId: text(raw.c),
    instructionId: text(raw.i),
    version: typeof raw.v === 'number' && Number.isInteger(raw.v) && raw.v > 0 ? raw.v : null,
    expiresAt: text(raw.e),
  };
  if (Object.values(claims).some((v) => v === null) || Number.isNaN(Date.parse(claims.expiresAt as string))) throw new LinkTokenInvalid('claims');
  return claims as LinkClaims;
}

/** A form nonce bound to one link and one moment: a form from another page or an old page does not post. */
export function formNonce(secret: string, linkId: string, issuedAtMs: number): string {
  return `${issuedAtMs.toString(36)}.${b64(mac(secret, 'schakel-link-form', `${linkId}|${issuedAtMs}`))}`;
}

export function formNonceValid(secret: string, linkId: string, nonce: unknown, nowMs: number, maxAgeMs: number): boolean {
  if (typeof nonce !== 'string' || nonce.length > 100) return false;
  const [stamp] = nonce.split('.');
  const issuedAtMs = parseInt(stamp, 36);
  if (!Number.isFinite(issuedAtMs) || issuedAtMs > nowMs + 60_000 || nowMs - issuedAtMs > maxAgeMs) return false;
  const expected = Buffer.from(formNonce(secret, linkId, issuedAtMs));
  const given = Buffer.from(nonce);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
