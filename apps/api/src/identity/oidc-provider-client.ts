import { Inject, Injectable } from '@nestjs/common';
import * as client from 'openid-client';
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import { APP_CONFIG, type AppConfig, isLoopbackHttp, type OidcConfig } from '@schakel/infrastructure';

/** What the browser carries between the start of a sign-in and the provider's answer (in a short-lived cookie). */
export interface PendingOidcSignIn {
  readonly state: string;
  readonly nonce: string;
  readonly verifier: string;
}

/** What the provider says about the person who signed in. */
export interface OidcIdentity {
  readonly issuer: string;
  readonly subject: string;
  readonly email: string | null;
  /** False only when the provider says so; absent counts as verified (the company's own directory). */
  readonly emailVerified: boolean;
}

/** The provider could not be reached, or answered with something that is not a provider. */
export class OidcUnavailableError extends Error {}

/**
 * The company's OpenID Connect provider, as openid-client sees it: discovered once (again after a
 * failure), the authorization-code flow with PKCE, state and nonce, and the provider's key set.
 */
@Injectable()
export class OidcProviderClient {
  private discovered: Promise<client.Configuration> | null = null;
  private keySet: JWTVerifyGetKey | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get settings(): OidcConfig | null {
    return this.config.oidc;
  }

  private required(): OidcConfig {
    if (!this.config.oidc) throw new OidcUnavailableError('company sign-in is not configured (OIDC_ISSUER)');
    return this.config.oidc;
  }

  private configuration(): Promise<client.Configuration> {
    const settings = this.required();
    const auth = settings.clientSecret ? client.ClientSecretPost(settings.clientSecret) : client.None();
    const options = isLoopbackHttp(settings.issuer) ? { execute: [client.allowInsecureRequests] } : undefined;
    this.discovered ??= client.discovery(new URL(settings.issuer), settings.clientId, undefined, auth, options).catch((error: unknown) => {
      this.discovered = null;
      throw new OidcUnavailableError(`the sign-in provider ${settings.issuer} cannot be reached: ${error instanceof Error ? error.message : String(error)}`);
    });
    return this.discovered;
  }

  /** Where to send the browser, and the checks to keep until it comes back. */
  async start(): Promise<{ url: string; pending: PendingOidcSignIn }> {
    const configuration = await this.configuration();
    const pending = { state: client.randomState(), nonce: client.randomNonce(), verifier: client.randomPKCECodeVerifier() };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.required().redirectUrl,
      scope: 'openid email',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, pending };
  }

  /** Exchanges the code of the provider's answer (its query string) and reads who signed in. */
  async complete(query: string, pending: PendingOidcSignIn): Promise<OidcIdentity> {
    const configuration = await this.configuration();
    const settings = this.required();
    const answer = new URL(settings.redirectUrl);
    answer.search = query;
    const tokens = await client.authorizationCodeGrant(configuration, answer, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims()!;
    let email = typeof claims.email === 'string' ? claims.email : null;
    let verified = claims.email_verified;
    if (email === null) {
      // Providers that follow the core spec strictly put scope claims at the userinfo endpoint only.
      const info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      email = typeof info.email === 'string' ? info.email : null;
      verified = info.email_verified;
    }
    return { issuer: settings.issuer, subject: claims.sub, email, emailVerified: verified !== false };
  }

  /** The provider's signing keys, fetched again when a token names a key id not seen yet (a rotated key). */
  async keys(): Promise<JWTVerifyGetKey> {
    if (this.keySet) return this.keySet;
    const configuration = await this.configuration();
    const jwksUri = configuration.serverMetadata().jwks_uri;
    if (!jwksUri) throw new OidcUnavailableError(`the sign-in provider ${this.required().issuer} names no jwks_uri`);
    this.keySet = createRemoteJWKSet(new URL(jwksUri), { cooldownDuration: this.required().jwksCooldownSeconds * 1000 });
    return this.keySet;
  }
}
