import { sign, verify, JsonWebTokenError, TokenExpiredError } from 'jsonwebtoken';
import { ROLES, type Caller, type Role } from './caller';

const ISSUER = 'schakel';

export interface TokenRequest {
  readonly userId: string;
  readonly partyId: string | null;
  readonly role: Role;
  readonly workerId?: string | null;
  /** Lifetime, e.g. '12h', '30d'. */
  readonly expiresIn?: string;
}

export class InvalidTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidTokenError';
  }
}

export function mintToken(secret: string, request: TokenRequest): string {
  const claims: Record<string, unknown> = { party: request.partyId, role: request.role };
  if (request.workerId) claims.worker = request.workerId;
  return sign(claims, secret, {
    algorithm: 'HS256',
    subject: request.userId,
    issuer: ISSUER,
    expiresIn: (request.expiresIn ?? '12h') as unknown as number,
  });
}

/** Verifies signature, issuer and expiry, and that the claims have the shape a Caller needs. */
export function verifyToken(secret: string, token: string): Caller {
  let payload: Record<string, unknown>;
  try {
    payload = verify(token, secret, { algorithms: ['HS256'], issuer: ISSUER }) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof TokenExpiredError) throw new InvalidTokenError('the token has expired');
    if (error instanceof JsonWebTokenError) throw new InvalidTokenError(`the token is not valid: ${error.message}`);
    throw error;
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
