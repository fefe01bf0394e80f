import type { PendingOidcSignIn } from './oidc-provider-client';

/**
 * State, nonce and PKCE verifier of a sign-in under way, kept by the browser itself for ten minutes:
 * HttpOnly, only sent to /auth/oidc, SameSite=Lax (sent along when the provider redirects back).
 */
export const OIDC_PENDING_COOKIE = 'schakel_oidc';
const PATH = '/auth/oidc';

export function pendingCookie(pending: PendingOidcSignIn, secure: boolean): string {
  const value = Buffer.from(JSON.stringify(pending)).toString('base64url');
  return [`${OIDC_PENDING_COOKIE}=${value}`, `Path=${PATH}`, 'HttpOnly', 'SameSite=Lax', 'Max-Age=600', ...(secure ? ['Secure'] : [])].join('; ');
}

export function clearedPendingCookie(secure: boolean): string {
  return [`${OIDC_PENDING_COOKIE}=`, `Path=${PATH}`, 'HttpOnly', 'SameSite=Lax', 'Max-Age=0', ...(secure ? ['Secure'] : [])].join('; ');
}

/** The pending sign-in a Cookie header carries, or null (none, expired, or not ours). */
export function pendingOf(cookieHeader: string | undefined): PendingOidcSignIn | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== OIDC_PENDING_COOKIE) continue;
    try {
      const value = JSON.parse(Buffer.from(rest.join('='), 'base64url').toString('utf8')) as Record<string, unknown>;
      const fields = [value.state, value.nonce, value.verifier];
      if (fields.every((f) => typeof f === 'string' && /^[A-Za-z0-9_-]{20,200}$/.test(f))) {
        return { state: value.state as string, nonce: value.nonce as string, verifier: value.verifier as string };
      }
    } catch {
      // not JSON: treated as absent
    }
    return null;
  }
  return null;
}
