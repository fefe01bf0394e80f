import { createHmac } from 'node:crypto';
import { errors, jwtVerify } from 'jose';
import { ROLES, type Caller, type Role } from './caller';

const ISSUER = 'schakel';
const ALGORITHM = 'HS256';
/** Development tokens live at most this long, however they were minted. */
const MAX_TOKEN_LIFETIME_SECONDS = 30 * 24 * 3600;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 24 * 3600 };

export interface TokenRequest {
  readonly userId: string;
  readonly partyId: string | null;
  readonly role: Role;
  readonly workerId?: string | null;
  /** Lifetime, e.g. '12h', '30d'; at most 30 days. */
  readonly expiresIn?: string;
}

export class InvalidTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidTokenError';
  }
}

/** Seconds in a lifetime like '90s', '15m', '12h' or '30d'; throws a RangeError for anything else or over 30 days. */
export function tokenLifetimeSeconds(expiresIn: string): number {
  const match = /^(\d{1,6})([smhd])$/.exec(expiresIn.trim());
  if (!match) throw new RangeError(`a lifetime is a number and a unit s, m, h or d (e.g. 12h), not ${JSON.stringify(expiresIn)}`);
  const seconds = Number(match[1]) * UNIT_SECONDS[match[2]];
  if (seconds <= 0) throw new RangeError('a lifetime must be positive');
  if (seconds > MAX_TOKEN_LIFETIME_SECONDS) throw new RangeError('a development token lives at most 30 days (30d)');
  return seconds;
}

function keyOf(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/**
 * Signs a development token (compact JWS, HS256). Synchronous on purpose: the CLI, the demo and test
 * fixtures mint many; it is one HMAC over claims we build ourselves. Everything that reads a token goes
 * through jose's verification below.
 */
export function mintToken(secret: string, request: TokenRequest): string {
  const lifetime = tokenLifetimeSeconds(request.expiresIn ?? '12h');
  const now = Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = { party: request.partyId, role: request.role };
  if (request.workerId) claims.worker = request.workerId;
  return signHs256(secret, { ...claims, sub: request.userId, iss: ISSUER, iat: now, exp: now + lifetime });
}

/** A compact HS256 JWS over any payload (also used by tests to forge tokens with another secret). */
export function signHs256(secret: string, payload: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part({ alg: ALGORITHM, typ: 'JWT' })}.${part(payload)}`;
  return `${input}.${createHmac('sha256', keyOf(secret)).update(input).digest('base64url')}`;
}

/** Verifies signature, issuer, expiry and the 30-day cap, and that the claims have the shape a Caller needs. */
export async function verifyToken(secret: string, token: string): Promise<Caller> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, keyOf(secret), {
      algorithms: [ALGORITHM],
      issuer: ISSUER,
      requiredClaims: ['exp', 'iat', 'sub'],
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new InvalidTokenError('the token has expired');
    if (error instanceof errors.JOSEError) throw new InvalidTokenError(`the token is not valid: ${error.message}`);
    throw error;
  }
  // A token minted elsewhere with the same secret still may not outlive the cap.
  if ((payload.exp as number) - (payload.iat as number) > MAX_TOKEN_LIFETIME_SECONDS) {
    throw new InvalidTokenError('the token lives longer than 30 days');
  }
  const role = payload.role as Role;
  if (typeof payload.sub !== 'string' || !payload.sub) throw new InvalidTokenError('the token has no subject');
  if (!ROLES.includes(role)) throw new InvalidTokenError(`the token's role must be one of ${ROLES.join(', ')}`);
  const party = payload.party ?? null;
  if (party !== null && typeof party !== 'string') throw new InvalidTokenError('the token\'s party claim is not a string');
  if (role !== 'ADMIN' && !party) throw new InvalidTokenError(`a ${role} token must name a party`);
  const worker = typeof payload.worker === 'string' ? payload.worker : null;
  if (role === 'WORKER' && !worker) throw new InvalidTokenError('a WORKER token must name a worker');
  return { userId: payload.sub, partyId: party as string | null, role, workerId: worker };
}
