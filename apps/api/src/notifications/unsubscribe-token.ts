import { createHmac, timingSafeEqual } from 'node:crypto';

/** Whose preference an unsubscribe link turns off: one member of one party, for one trigger. */
export type UnsubscribeClaims = { partyId: string; userId: string; trigger: string };

const mac = (secret: string, body: string) => createHmac('sha256', secret).update(`schakel-unsubscribe\n${body}`).digest('base64url');

/** A link that works without signing in: the claims, signed (it only ever turns messages off). */
export function signUnsubscribe(secret: string, claims: UnsubscribeClaims): string {
  const body = Buffer.from(JSON.stringify([claims.partyId, claims.userId, claims.trigger])).toString('base64url');
  return `${body}.${mac(secret, body)}`;
}

export function verifyUnsubscribe(secret: string, token: string): UnsubscribeClaims | null {
  if (!/^[A-Za-z0-9_-]{10,600}\.[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [body, signature] = token.split('.');
  const expected = Buffer.from(mac(secret, body), 'base64url');
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const [partyId, userId, trigger] = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as unknown[];
    if (typeof partyId !== 'string' || typeof userId !== 'string' || typeof trigger !== 'string') return null;
    return { partyId, userId, trigger };
  } catch {
    return null;
  }
}
