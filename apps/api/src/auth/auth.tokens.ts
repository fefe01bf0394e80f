/** Injection token for the HS256 secret. */
export const JWT_SECRET = Symbol('JWT_SECRET');
