import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The header that carries `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const SIGNATURE_HEADER = 'schakel-signature';
/** How far a receiver should accept a timestamp from its own clock (docs/notifications.md). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** A new endpoint secret: 32 random bytes, shown once. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

function mac(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export function signatureHeader(secret: string, body: string, nowMs = Date.now()): string {
  const t = Math.floor(nowMs / 1000);
  return `t=${t},v1=${mac(secret, t, body)}`;
}

/**
 * What a receiver does (and what the tests do): the signature must match the raw body under the
 * endpoint's secret, and the timestamp lie within the tolerance, so a captured request cannot be
 * sent again later. Receivers also drop a delivery id they have already handled.
 */
export function verifyWebhookSignature(secret: string, body: string, header: string, nowMs = Date.now()): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.trim().split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1 || !/^[0-9a-f]{64}$/.test(parts.v1)) return false;
  if (Math.abs(nowMs / 1000 - t) > SIGNATURE_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(mac(secret, t, body), 'hex');
  return timingSafeEqual(expected, Buffer.from(parts.v1, 'hex'));
}
