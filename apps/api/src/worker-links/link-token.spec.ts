import { deriveLinkId, formNonce, formNonceValid, linkIdHash, LinkTokenInvalid, signLink, verifyLink, type LinkClaims } from './link-token';

const SECRET = 'link-secret-link-secret-link-secret-link';
const claims: LinkClaims = {
  linkId: deriveLinkId(SECRET, 'batch', 'agency', 'tomasz'),
  workerId: 'tomasz',
  workerPartyId: 'agency',
  chainId: 'chain',
  instructionId: 'wah',
  version: 2,
  expiresAt: '2026-03-16T08:00:00.000Z',
};

describe('personal link tokens', () => {
  it('round-trips the signed claims; the link id is derived, 22 characters, and hashed for the log', () => {
    expect(verifyLink(SECRET, signLink(SECRET, claims))).toEqual(claims);
    expect(claims.linkId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(deriveLinkId(SECRET, 'batch', 'agency', 'tomasz')).toBe(claims.linkId);
    expect(deriveLinkId('another-secret-another-secret-another', 'batch', 'agency', 'tomasz')).not.toBe(claims.linkId);
    expect(linkIdHash(claims.linkId)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses another secret, a changed claim, a changed signature and malformed tokens', () => {
    const token = signLink(SECRET, claims);
    const [body, signature] = token.split('.');
    const changed = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), v: 1 })).toString('base64url');
    for (const bad of [
      signLink('another-secret-another-secret-another', claims),
      `${changed}.${signature}`,
      `${body}.${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`,
      '',
      'a.b',
      `${body}`,
      `${body}.${signature}.x`,
    ]) {
      expect(() => verifyLink(SECRET, bad)).toThrow(LinkTokenInvalid);
    }
    // signed, but not the claims a link has
    const odd = Buffer.from(JSON.stringify({ l: 'x', w: 'y' })).toString('base64url');
    const signedOdd = signLink(SECRET, claims).replace(body, odd);
    expect(() => verifyLink(SECRET, signedOdd)).toThrow(LinkTokenInvalid);
  });

  it('a form nonce holds for its link and an hour, no other', () => {
    const now = Date.parse('2026-03-02T08:00:00Z');
    const nonce = formNonce(SECRET, claims.linkId, now);
    expect(formNonceValid(SECRET, claims.linkId, nonce, now + 10 * 60_000, 3_600_000)).toBe(true);
    expect(formNonceValid(SECRET, claims.linkId, nonce, now + 61 * 60_000, 3_600_000)).toBe(false);
    expect(formNonceValid(SECRET, 'other-link', nonce, now, 3_600_000)).toBe(false);
    expect(formNonceValid(SECRET, claims.linkId, undefined, now, 3_600_000)).toBe(false);
    expect(formNonceValid(SECRET, claims.linkId, nonce.slice(0, -1) + (nonce.endsWith('x') ? 'y' : 'x'), now, 3_600_000)).toBe(false);
  });
});
