import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import request from 'supertest';
import { SignJWT, decodeJwt, decodeProtectedHeader } from 'jose';
import { partyStreamId } from '@schakel/domain';
import { startApi, type ApiHarness, type GqlResponse } from '@schakel/api-harness';
import { ProviderBrowser, TestProvider } from '../support/oidc-provider/test-provider';

// Company sign-in against a real OpenID Provider (oidc-provider in a child process, on a random port):
// the browser flow with login and consent pages, and the provider's access tokens as bearer tokens.
const PUBLIC_URL = 'http://schakel.test';
const CALLBACK = `${PUBLIC_URL}/auth/oidc/callback`;
const CLI_CALLBACK = 'http://127.0.0.1/cli-callback';
const ANNA = 'anna@staalbouw.test';

describe('company sign-in with OpenID Connect', () => {
  let provider: TestProvider;
  let api: ApiHarness;
  let server: ReturnType<ApiHarness['app']['getHttpServer']>;
  let partyId: string;
  let annaUserId: string;
  let annaCookie: string;

  beforeAll(async () => {
    provider = await TestProvider.start({
      clients: [
        { client_id: 'schakel', client_secret: 'schakel-client-secret-for-tests', redirect_uris: [CALLBACK] },
        { client_id: 'schakel-cli', token_endpoint_auth_method: 'none', redirect_uris: [CLI_CALLBACK] },
      ],
      accounts: {
        'sub-anna': { email: 'Anna@Staalbouw.test', email_verified: true },
        'sub-anna-elsewhere': { email: ANNA },
        'sub-stranger': { email: 'stranger@elders.test', email_verified: true },
        'sub-unverified': { email: 'bob@staalbouw.test', email_verified: false },
      },
      resources: {
        'urn:schakel:api': { audience: 'schakel-api', scope: 'api' },
        'urn:schakel:api-short': { audience: 'schakel-api', scope: 'api', accessTokenTTL: 1 },
        'urn:other:api': { audience: 'other-api', scope: 'api' },
      },
    });
    api = await startApi({
      SCHAKEL_PUBLIC_URL: PUBLIC_URL,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: 'schakel',
      OIDC_CLIENT_SECRET: 'schakel-client-secret-for-tests',
      OIDC_AUDIENCE: 'schakel-api',
      OIDC_JWKS_COOLDOWN_SECONDS: '0',
    });
    server = api.app.getHttpServer();
    const admin = api.token({ role: 'ADMIN' });
    const party = await api.gql('mutation { registerParty(input: { kind: ORGANISATION, name: "Staalbouw Oost BV" }) { partyId } }', {}, admin);
    partyId = party.data!.registerParty.partyId;
    for (const [email, name] of [[ANNA, 'Anna de Wit'], ['bob@staalbouw.test', 'Bob Jansen']]) {
      const invited = await api.gql('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { userId } }', { i: { partyId, email, name, role: 'MANAGER', language: 'nl' } }, admin);
      expect(invited.errors).toBeUndefined();
      if (email === ANNA) annaUserId = invited.data!.inviteMember.userId;
    }
  });
  afterAll(async () => {
    await api?.close();
    await provider?.stop();
  });

  /** The whole browser round: Schakel's start page, the provider's login and consent, Schakel's callback. */
  async function signInThroughProvider(accountId: string, browser = new ProviderBrowser(provider.issuer)) {
    const start = await request(server).get('/auth/oidc/start');
    expect(start.status).toBe(303);
    const location = String(start.headers.location);
    expect(location.startsWith(`${provider.issuer}/`)).toBe(true);
    expect(new URL(location).searchParams.get('code_challenge_method')).toBe('S256');
    const pending = String(([] as string[]).concat(start.headers['set-cookie'])[0]).split(';')[0];
    const back = await browser.signIn(location, accountId);
    expect(back.origin + back.pathname).toBe(CALLBACK);
    const res = await request(server).get(`/auth/oidc/callback${back.search}`).set('cookie', pending);
    const session = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('schakel_session=') && !c.startsWith('schakel_session=;'));
    return { status: res.status, text: res.text, cookie: session?.split(';')[0] ?? null, pending, back };
  }

  async function asCookie(cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse> {
    const res = await request(server).post('/graphql').set('cookie', cookie).set('x-schakel-csrf', '1').send({ query, variables });
    return { status: res.status, data: res.body?.data ?? null, errors: res.body?.errors };
  }
  const reasonOf = (res: GqlResponse) => ({ code: res.errors?.[0]?.extensions?.code, reason: res.errors?.[0]?.extensions?.reason });
  const membersQuery = 'query($p: ID!) { members(partyId: $p) { email status } }';

  it('an invited member signs in at the provider: the subject is linked, the invitation accepted, the session cookie set', async () => {
    const before = await api.eventCount();
    const done = await signInThroughProvider('sub-anna');
    expect(done.status).toBe(200);
    expect(done.text).toContain(`Signed in as ${ANNA}`);
    expect(done.cookie).toMatch(/^schakel_session=[A-Za-z0-9_-]{43}$/);
    annaCookie = done.cookie!;
    const written = (await api.store.readStream(partyStreamId(partyId))).slice(-2);
    expect(written.map((e) => [e.type, e.data])).toEqual([
      ['MemberIdentityLinked', { partyId, userId: annaUserId, issuer: provider.issuer, subject: 'sub-anna' }],
      ['InvitationAccepted', expect.objectContaining({ partyId, userId: annaUserId })],
    ]);
    expect(await api.eventCount()).toBe(before + 2);
    const members = await asCookie(annaCookie, membersQuery, { p: partyId });
    expect(members.errors).toBeUndefined();
    expect(members.data!.members).toContainEqual({ email: ANNA, status: 'ACTIVE' });
  });

  it('a later sign-in finds the member by the linked subject and writes nothing', async () => {
    const before = await api.eventCount();
    const again = await signInThroughProvider('sub-anna');
    expect(again.status).toBe(200);
    expect(again.cookie).not.toBeNull();
    expect(again.cookie).not.toBe(annaCookie);
    expect(await api.eventCount()).toBe(before);
  });

  it.each([
    ['an address no party invited', 'sub-stranger', 403, 'OIDC_NOT_A_MEMBER', 'stranger@elders.test'],
    ['a second provider account with an address already linked', 'sub-anna-elsewhere', 403, 'OIDC_IDENTITY_MISMATCH', 'already linked'],
    ['an address the provider says is not verified', 'sub-unverified', 401, 'OIDC_EMAIL_NOT_VERIFIED', 'not verified'],
  ])('refuses %s with a page that says why, and writes nothing', async (_what, accountId, status, reason, text) => {
    const before = await api.eventCount();
    const done = await signInThroughProvider(accountId);
    expect(done.status).toBe(status);
    expect(done.text).toContain(reason);
    expect(done.text).toContain(text);
    expect(done.cookie).toBeNull();
    expect(await api.eventCount()).toBe(before);
  });

  it('refuses an answer without the pending cookie, or with a state that is not the one sent', async () => {
    const done = await signInThroughProvider('sub-anna');
    // the code was spent above; a replay without the browser's pending cookie stops before the provider
    const noCookie = await request(server).get(`/auth/oidc/callback${done.back.search}`);
    expect(noCookie.status).toBe(400);
    expect(noCookie.text).toContain('OIDC_STATE_MISSING');
    const start = await request(server).get('/auth/oidc/start');
    const pending = String(([] as string[]).concat(start.headers['set-cookie'])[0]).split(';')[0];
    const back = await new ProviderBrowser(provider.issuer).signIn(String(start.headers.location), 'sub-anna');
    back.searchParams.set('state', 'a-state-this-browser-never-sent');
    const forged = await request(server).get(`/auth/oidc/callback${back.search}`).set('cookie', pending);
    expect(forged.status).toBe(401);
    expect(forged.text).toContain('OIDC_SIGN_IN_FAILED');
    expect(([] as string[]).concat(forged.headers['set-cookie'] ?? []).some((c) => c.startsWith('schakel_session='))).toBe(false);
  });

  describe('access tokens as bearer tokens', () => {
    /** An access token for an API (resource indicator), by the authorization-code flow of a command-line client. */
    async function accessToken(accountId: string, resource: string): Promise<string> {
      const discovery = (await (await fetch(`${provider.issuer}/.well-known/openid-configuration`)).json()) as { authorization_endpoint: string; token_endpoint: string };
      const verifier = randomBytes(32).toString('base64url');
      const authorize = new URL(discovery.authorization_endpoint);
      const params = {
        client_id: 'schakel-cli', response_type: 'code', redirect_uri: CLI_CALLBACK, scope: 'openid api', resource,
        state: randomBytes(16).toString('base64url'), nonce: randomBytes(16).toString('base64url'),
        code_challenge: createHash('sha256').update(verifier).digest('base64url'), code_challenge_method: 'S256',
      };
      for (const [k, v] of Object.entries(params)) authorize.searchParams.set(k, v);
      const back = await new ProviderBrowser(provider.issuer).signIn(authorize.href, accountId);
      const res = await fetch(discovery.token_endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'authorization_code', code: back.searchParams.get('code')!, redirect_uri: CLI_CALLBACK, client_id: 'schakel-cli', code_verifier: verifier }),
      });
      const body = (await res.json()) as { access_token?: string };
      if (!body.access_token) throw new Error(`no access token: ${JSON.stringify(body)}; provider: ${provider.output}`);
      return body.access_token;
    }
    const asBearer = (token: string) => api.gql(membersQuery, { p: partyId }, token);

    it('a token for Schakel acts as the linked member; one whose subject never signed in is refused', async () => {
      const token = await accessToken('sub-anna', 'urn:schakel:api');
      expect(decodeJwt(token)).toMatchObject({ iss: provider.issuer, aud: 'schakel-api', sub: 'sub-anna' });
      const ok = await asBearer(token);
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.members).toContainEqual({ email: ANNA, status: 'ACTIVE' });
      const stranger = await asBearer(await accessToken('sub-stranger', 'urn:schakel:api'));
      expect(reasonOf(stranger)).toEqual({ code: 'UNAUTHENTICATED', reason: 'AUTH_IDENTITY_UNKNOWN' });
    });

    it('refuses a token with a bad signature, for another audience, and an expired one', async () => {
      const token = await accessToken('sub-anna', 'urn:schakel:api');
      // same header (key id) and claims, signed by a key that is not the provider's
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const forged = await new SignJWT(decodeJwt(token)).setProtectedHeader(decodeProtectedHeader(token) as { alg: string }).sign(privateKey);
      const badSignature = await asBearer(forged);
      expect(reasonOf(badSignature)).toEqual({ code: 'UNAUTHENTICATED', reason: 'AUTH_TOKEN_INVALID' });
      expect(badSignature.errors![0].message).toMatch(/signature/i);

      const other = await asBearer(await accessToken('sub-anna', 'urn:other:api'));
      expect(reasonOf(other)).toEqual({ code: 'UNAUTHENTICATED', reason: 'AUTH_TOKEN_INVALID' });
      expect(other.errors![0].message).toContain('not meant for Schakel');

      const short = await accessToken('sub-anna', 'urn:schakel:api-short');
      const { exp } = decodeJwt(short);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, exp! * 1000 - Date.now()) + 1100));
      const expired = await asBearer(short);
      expect(reasonOf(expired)).toEqual({ code: 'UNAUTHENTICATED', reason: 'AUTH_TOKEN_INVALID' });
      expect(expired.errors![0].message).toContain('expired');
    });

    it('after the provider rotates its signing key, new tokens verify (the key set is fetched again) and old ones do not', async () => {
      const old = await accessToken('sub-anna', 'urn:schakel:api');
      expect((await asBearer(old)).errors).toBeUndefined(); // the old key is in Schakel's cache now
      await provider.rotateKey();
      const fresh = await accessToken('sub-anna', 'urn:schakel:api');
      expect(decodeProtectedHeader(fresh).kid).not.toBe(decodeProtectedHeader(old).kid);
      const ok = await asBearer(fresh);
      expect(ok.errors).toBeUndefined();
      expect(reasonOf(await asBearer(old))).toEqual({ code: 'UNAUTHENTICATED', reason: 'AUTH_TOKEN_INVALID' });
    });
  });
});
