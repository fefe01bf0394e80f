import { ConfigError, integer, url } from './env-values';

/** Sign-in with a company's own OpenID Connect provider (docs/identity.md); null when OIDC_ISSUER is not set. */
export interface OidcConfig {
  /** The provider's issuer URL (OIDC_ISSUER), exactly as its discovery document names it. */
  readonly issuer: string;
  readonly clientId: string;
  /** null: a public client, the code protected by PKCE alone. */
  readonly clientSecret: string | null;
  /** Where the provider sends the browser back (OIDC_REDIRECT_URL, default SCHAKEL_PUBLIC_URL/auth/oidc/callback). */
  readonly redirectUrl: string;
  /** The `aud` an access token sent as bearer must carry (OIDC_AUDIENCE, default the client id). */
  readonly audience: string;
  /** Least seconds between two fetches of the provider's keys for a token with an unknown key id (OIDC_JWKS_COOLDOWN_SECONDS). */
  readonly jwksCooldownSeconds: number;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Plain http is for a provider on this machine only (development, tests); anything else must be https. */
export function isLoopbackHttp(address: string): boolean {
  const parsed = new URL(address);
  return parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname);
}

export function oidcConfig(env: NodeJS.ProcessEnv, publicUrl: string): OidcConfig | null {
  const issuer = url(env, 'OIDC_ISSUER', ['https:', 'http:']);
  if (!issuer) {
    const stray = ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URL', 'OIDC_AUDIENCE'].filter((name) => env[name]);
    if (stray.length > 0) throw new ConfigError(`${stray.join(', ')} set without OIDC_ISSUER`);
    return null;
  }
  if (new URL(issuer).protocol === 'http:' && !isLoopbackHttp(issuer)) {
    throw new ConfigError('OIDC_ISSUER must be https:// (plain http only for a provider on localhost)');
  }
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!clientId) throw new ConfigError('OIDC_ISSUER needs OIDC_CLIENT_ID (the client Schakel is registered as at the provider)');
  const redirectUrl = url(env, 'OIDC_REDIRECT_URL', ['https:', 'http:']) ?? `${publicUrl}/auth/oidc/callback`;
  return {
    issuer,
    clientId,
    clientSecret: env.OIDC_CLIENT_SECRET || null,
    redirectUrl,
    audience: env.OIDC_AUDIENCE?.trim() || clientId,
    jwksCooldownSeconds: integer(env, 'OIDC_JWKS_COOLDOWN_SECONDS', 30, 0, 3600),
  };
}
