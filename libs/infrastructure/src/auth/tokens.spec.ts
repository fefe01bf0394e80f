import { decodeProtectedHeader } from 'jose';
import { InvalidTokenError, mintToken, signHs256, tokenLifetimeSeconds, verifyToken } from './tokens';

const SECRET = 'unit-secret-unit-secret-unit-secret-unit';
const now = () => Math.floor(Date.now() / 1000);
const claims = (extra: Record<string, unknown> = {}) => ({ sub: 'u', iss: 'schakel', role: 'ADMIN', party: null, iat: now(), exp: now() + 60, ...extra });

describe('development tokens', () => {
  it('a minted token is an HS256 JWT that jose verifies back into the caller', async () => {
    const token = mintToken(SECRET, { userId: 'anna', partyId: 'p-1', role: 'WORKER', workerId: 'w-1', expiresIn: '30d' });
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT' });
    await expect(verifyToken(SECRET, token)).resolves.toEqual({ userId: 'anna', partyId: 'p-1', role: 'WORKER', workerId: 'w-1' });
  });

  it.each([['31d'], ['721h'], ['12'], ['0h'], ['-1h'], ['1w']])('refuses to mint a lifetime of %j', (expiresIn) => {
    expect(() => mintToken(SECRET, { userId: 'u', partyId: null, role: 'ADMIN', expiresIn })).toThrow(RangeError);
  });

  it('reads lifetimes in seconds', () => {
    expect(tokenLifetimeSeconds('15m')).toBe(900);
    expect(tokenLifetimeSeconds('30d')).toBe(30 * 24 * 3600);
  });

  it.each([
    ['another secret', () => signHs256('another-secret-another-secret-another', claims())],
    ['expired', () => signHs256(SECRET, claims({ iat: now() - 120, exp: now() - 60 }))],
    ['living longer than 30 days', () => signHs256(SECRET, claims({ exp: now() + 31 * 24 * 3600 }))],
    ['without expiry', () => signHs256(SECRET, claims({ exp: undefined }))],
    ['without issued-at', () => signHs256(SECRET, claims({ iat: undefined }))],
    ['from another issuer', () => signHs256(SECRET, claims({ iss: 'elsewhere' }))],
    ['unsigned (alg none)', () => {
      const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
      return `${part({ alg: 'none' })}.${part(claims())}.`;
    }],
    ['a MANAGER without party', () => signHs256(SECRET, claims({ role: 'MANAGER' }))],
  ])('refuses a token %s', async (_what, token) => {
    await expect(verifyToken(SECRET, token())).rejects.toThrow(InvalidTokenError);
  });
});
