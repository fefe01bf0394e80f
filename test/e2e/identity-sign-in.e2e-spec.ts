import request from 'supertest';
import { IsNull, type DataSource } from 'typeorm';
import { SignInCodeRow, UserSessionRow } from '@schakel/read-models';
import { createTestDatabase, describePostgres, type TestDatabase } from '@schakel/testing';
import { startApi, type ApiHarness, type GqlResponse } from '@schakel/api-harness';
import { READ_MODELS } from '@schakel/infrastructure';
import { SmtpInbox, signInCodeOf } from '../support/smtp-inbox';

// People sign in with e-mailed links and act with a session cookie: no token from the CLI anywhere.
const ADMIN = 'beheer@schakel.test';
const ANNA = 'anna@staalbouw.test';
const BOB = 'bob@staalbouw.test';
const CARLA = 'carla@staalbouw.test';
const CSRF = { 'x-schakel-csrf': '1' };

function signInStory(store: 'sqlite' | 'postgres'): void {
  const inbox = new SmtpInbox();
  let db: TestDatabase | null = null;
  let api: ApiHarness;
  let readModels: DataSource;
  let server: ReturnType<ApiHarness['app']['getHttpServer']>;
  let partyId: string;
  let annaUserId: string;
  let bobUserId: string;
  const cookies: Record<string, string> = {};

  /** A GraphQL request with a session cookie and extra headers (no bearer token). */
  async function asCookie(cookie: string | null, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = CSRF): Promise<GqlResponse> {
    let req = request(server).post('/graphql').set('content-type', 'application/json');
    if (cookie) req = req.set('cookie', cookie);
    for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body?.data ?? null, errors: res.body?.errors };
  }
  const reasonOf = (res: GqlResponse) => ({ code: res.errors?.[0]?.extensions?.code, reason: res.errors?.[0]?.extensions?.reason });

  /** Follows the sign-in link the way a browser does: GET shows the form, POST spends the code. */
  async function followLink(code: string): Promise<{ status: number; cookie: string | null; text: string }> {
    const form = await request(server).get(`/auth/sign-in?code=${code}`);
    expect(form.status).toBe(200);
    expect(form.text).toContain(`value="${code}"`);
    const res = await request(server).post('/auth/sign-in').type('form').send({ code });
    const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    return { status: res.status, cookie: setCookie[0]?.split(';')[0] ?? null, text: res.text };
  }

  async function signInByMail(email: string): Promise<string> {
    const before = inbox.countTo(email);
    expect((await asCookie(null, 'mutation($e: String!) { requestSignIn(email: $e) }', { e: email }, {})).data).toEqual({ requestSignIn: true });
    const { status, cookie } = await followLink(signInCodeOf(await inbox.mailTo(email, before)));
    expect(status).toBe(200);
    return cookie!;
  }

  beforeAll(async () => {
    await inbox.start();
    if (store === 'postgres') db = await createTestDatabase('schakel_identity');
    const storeEnv: Record<string, string> = db ? { SCHAKEL_STORE: 'postgres', DATABASE_URL: db.url } : {};
    api = await startApi({ ...storeEnv, SMTP_URL: inbox.url, SCHAKEL_ADMIN_EMAILS: ADMIN, SCHAKEL_PUBLIC_URL: 'http://schakel.test' });
    server = api.app.getHttpServer();
    readModels = api.app.get<DataSource>(READ_MODELS);
  });
  afterAll(async () => {
    await api?.close();
    await inbox.stop();
    await db?.drop();
  });

  it('an installation ADMIN signs in by mail; the cookie is HttpOnly and SameSite=Lax, the code is stored only as a hash', async () => {
    const before = inbox.countTo(ADMIN);
    await asCookie(null, 'mutation($e: String!) { requestSignIn(email: $e) }', { e: ADMIN }, {});
    const code = signInCodeOf(await inbox.mailTo(ADMIN, before));
    const rows = await readModels.getRepository(SignInCodeRow).findBy({ email: ADMIN });
    expect(rows).toHaveLength(1);
    expect(rows[0].codeHash).not.toContain(code);
    const res = await request(server).post('/auth/sign-in').type('form').send({ code });
    expect(res.status).toBe(200);
    const setCookie = String(([] as string[]).concat(res.headers['set-cookie'])[0]);
    expect(setCookie).toMatch(/^schakel_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/);
    expect(setCookie).not.toContain('Secure'); // served over http: a Secure cookie would never come back
    cookies.admin = setCookie.split(';')[0];
    const sessions = await readModels.getRepository(UserSessionRow).find();
    expect(sessions.map((s) => s.secretHash)).not.toContain(cookies.admin.split('=')[1]);
  });

  it('a cookie request without the CSRF header, or from another origin, is refused and writes nothing', async () => {
    const before = await api.eventCount();
    const register = 'mutation { registerParty(input: { kind: ORGANISATION, name: "Staalbouw Oost BV", kvkNumber: "12345678" }) { partyId } }';
    expect(reasonOf(await asCookie(cookies.admin, register, {}, {}))).toEqual({ code: 'FORBIDDEN', reason: 'CSRF_HEADER_MISSING' });
    expect(reasonOf(await asCookie(cookies.admin, register, {}, { ...CSRF, origin: 'https://evil.example' }))).toEqual({ code: 'FORBIDDEN', reason: 'CSRF_ORIGIN_MISMATCH' });
    expect(await api.eventCount()).toBe(before);
    const ok = await asCookie(cookies.admin, register, {}, { ...CSRF, origin: 'http://schakel.test' });
    expect(ok.errors).toBeUndefined();
    partyId = ok.data!.registerParty.partyId;
  });

  it('the ADMIN invites the first MANAGER by e-mail; following the link accepts the invitation and opens a session', async () => {
    const invite = await asCookie(
      cookies.admin,
      'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { invitationId userId mailed } }',
      { i: { partyId, email: ' Anna@Staalbouw.TEST ', name: 'Anna de Wit', role: 'MANAGER', language: 'nl' } },
    );
    expect(invite.errors).toBeUndefined();
    expect(invite.data!.inviteMember.mailed).toBe(true);
    annaUserId = invite.data!.inviteMember.userId;
    const code = signInCodeOf(await inbox.mailTo(ANNA));
    const signedIn = await asCookie(null, 'mutation($c: String!) { completeSignIn(code: $c) { userId email } }', { c: code }, {});
    expect(signedIn.data).toEqual({ completeSignIn: { userId: annaUserId, email: ANNA } });
    const members = await asCookie(cookies.admin, 'query($p: ID!) { members(partyId: $p) { userId email role status } }', { p: partyId });
    expect(members.data!.members).toEqual([{ userId: annaUserId, email: ANNA, role: 'MANAGER', status: 'ACTIVE' }]);
    cookies.anna = await signInByMail(ANNA);
  });

  it('the MANAGER acts for her party with the cookie and the CSRF header, and is refused without the header', async () => {
    const register = 'mutation($i: RegisterWorkerInput!) { registerWorker(input: $i) { workerId } }';
    const input = { i: { partyId, name: 'Piotr Nowak', languages: ['pl'], relation: 'EMPLOYEE' } };
    const before = await api.eventCount();
    expect(reasonOf(await asCookie(cookies.anna, register, input, {}))).toEqual({ code: 'FORBIDDEN', reason: 'CSRF_HEADER_MISSING' });
    expect(await api.eventCount()).toBe(before);
    const ok = await asCookie(cookies.anna, register, input);
    expect(ok.errors).toBeUndefined();
    expect((await asCookie(cookies.anna, '{ myParty { id } }')).data).toEqual({ myParty: { id: partyId } });
  });

  it('a MANAGER invites another MANAGER, who lists their sessions and revokes one', async () => {
    const invite = await asCookie(
      cookies.anna,
      'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { userId mailed } }',
      { i: { partyId, email: BOB, name: 'Bob Jansen', role: 'MANAGER', language: 'en' } },
    );
    expect(invite.errors).toBeUndefined();
    bobUserId = invite.data!.inviteMember.userId;
    const first = await followLink(signInCodeOf(await inbox.mailTo(BOB)));
    expect(first.status).toBe(200);
    cookies.bobLaptop = first.cookie!;
    cookies.bob = await signInByMail(BOB);
    const sessions = await asCookie(cookies.bob, '{ mySessions { id current } }');
    expect(sessions.data!.mySessions).toHaveLength(2);
    const laptop = sessions.data!.mySessions.find((s: { current: boolean }) => !s.current);
    expect(reasonOf(await asCookie(cookies.anna, 'mutation($id: ID!) { revokeSession(id: $id) }', { id: laptop.id }))).toEqual({ code: 'NOT_FOUND', reason: 'SESSION_NOT_FOUND' });
    expect((await asCookie(cookies.bob, 'mutation($id: ID!) { revokeSession(id: $id) }', { id: laptop.id })).data).toEqual({ revokeSession: true });
    expect(reasonOf(await asCookie(cookies.bobLaptop, '{ myParty { id } }'))).toEqual({ code: 'UNAUTHENTICATED', reason: 'AUTH_SESSION_INVALID' });
    expect((await asCookie(cookies.bob, '{ mySessions { current } }')).data).toEqual({ mySessions: [{ current: true }] });
  });

  it('a removed member\'s session is refused at once; the party keeps its last MANAGER', async () => {
    const remove = 'mutation($i: RemoveMemberInput!) { removeMember(input: $i) { eventIds } }';
    expect((await asCookie(cookies.bob, '{ myParty { id } }')).data).toEqual({ myParty: { id: partyId } });
    expect((await asCookie(cookies.anna, remove, { i: { partyId, userId: bobUserId } })).errors).toBeUndefined();
    expect(reasonOf(await asCookie(cookies.bob, '{ myParty { id } }'))).toEqual({ code: 'FORBIDDEN', reason: 'AUTH_NOT_A_MEMBER' });
    expect(reasonOf(await asCookie(cookies.anna, remove, { i: { partyId, userId: annaUserId } }))).toEqual({ code: 'BUSINESS_RULE_VIOLATED', reason: 'MEMBER_LAST_MANAGER' });
  });

  it('another site cannot sign this browser in (login CSRF): a sign-in POST with a foreign Origin spends nothing', async () => {
    const before = inbox.countTo(ADMIN);
    await asCookie(null, 'mutation { requestSignIn(email: "beheer@schakel.test") }', {}, {});
    const code = signInCodeOf(await inbox.mailTo(ADMIN, before));
    const refused = await request(server).post('/auth/sign-in').set('origin', 'https://evil.example').type('form').send({ code });
    expect(refused.status).toBe(403);
    expect(refused.headers['set-cookie']).toBeUndefined();
    const ok = await request(server).post('/auth/sign-in').set('origin', 'http://schakel.test').type('form').send({ code });
    expect(ok.status).toBe(200);
  });

  it('signOut ends the session and clears the cookie', async () => {
    const extra = await signInByMail(ADMIN);
    const res = await request(server).post('/graphql').set('cookie', extra).set(CSRF).send({ query: 'mutation { signOut }' });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({ signOut: true });
    expect(String(([] as string[]).concat(res.headers['set-cookie'])[0])).toMatch(/^schakel_session=; .*Max-Age=0/);
    expect(reasonOf(await asCookie(extra, '{ myParty { id } }'))).toEqual({ code: 'UNAUTHENTICATED', reason: 'AUTH_SESSION_INVALID' });
    expect((await asCookie(cookies.admin, '{ myParty { id } }')).data).toEqual({ myParty: null }); // the other session lives on
  });

  describe('codes that do not sign anyone in, writing nothing', () => {
    const complete = (code: string) => asCookie(null, 'mutation($c: String!) { completeSignIn(code: $c) { sessionId } }', { c: code }, {});
    async function nothingWritten(attempt: () => Promise<void>) {
      const events = await api.eventCount();
      const sessions = await readModels.getRepository(UserSessionRow).count();
      await attempt();
      expect(await api.eventCount()).toBe(events);
      expect(await readModels.getRepository(UserSessionRow).count()).toBe(sessions);
    }

    beforeAll(async () => {
      const invite = await asCookie(cookies.anna, 'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { mailed } }', {
        i: { partyId, email: CARLA, name: 'Carla Visser', role: 'INSPECTOR', language: 'nl' },
      });
      expect(invite.data).toEqual({ inviteMember: { mailed: true } });
    });

    it('a reused code: SIGN_IN_CODE_USED', async () => {
      const before = inbox.countTo(CARLA);
      await asCookie(null, 'mutation { requestSignIn(email: "carla@staalbouw.test") }', {}, {});
      const code = signInCodeOf(await inbox.mailTo(CARLA, before));
      expect((await complete(code)).errors).toBeUndefined();
      await nothingWritten(async () => {
        expect(reasonOf(await complete(code))).toEqual({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_CODE_USED' });
        const page = await request(server).post('/auth/sign-in').type('form').send({ code });
        expect(page.status).toBe(401);
        expect(page.headers['set-cookie']).toBeUndefined();
      });
    });

    it('a tampered code: SIGN_IN_CODE_INVALID', async () => {
      const before = inbox.countTo(CARLA);
      await asCookie(null, 'mutation { requestSignIn(email: "carla@staalbouw.test") }', {}, {});
      const code = signInCodeOf(await inbox.mailTo(CARLA, before));
      const tampered = (code[0] === 'A' ? 'B' : 'A') + code.slice(1);
      await nothingWritten(async () => {
        expect(reasonOf(await complete(tampered))).toEqual({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_CODE_INVALID' });
        expect(reasonOf(await complete('<script>'))).toEqual({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_CODE_INVALID' });
      });
      expect((await complete(code)).errors).toBeUndefined(); // the real one still works
    });

    it('an expired code (older than 15 minutes): SIGN_IN_CODE_EXPIRED', async () => {
      const before = inbox.countTo(CARLA);
      await asCookie(null, 'mutation { requestSignIn(email: "carla@staalbouw.test") }', {}, {});
      const code = signInCodeOf(await inbox.mailTo(CARLA, before));
      // Fifteen minutes pass: the row's expiry is moved into the past.
      await readModels.getRepository(SignInCodeRow).update({ email: CARLA, usedAt: IsNull() }, { expiresAt: new Date(Date.now() - 1000).toISOString() });
      await nothingWritten(async () => {
        expect(reasonOf(await complete(code))).toEqual({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_CODE_EXPIRED' });
      });
    });
  });

  it('requestSignIn answers the same for an unknown address and sends nothing; it is rate-limited per address', async () => {
    const unknown = await asCookie(null, 'mutation { requestSignIn(email: "nobody@elsewhere.test") }', {}, {});
    expect(unknown).toEqual({ status: 200, data: { requestSignIn: true }, errors: undefined });
    const malformed = await asCookie(null, 'mutation { requestSignIn(email: "not an address") }', {}, {});
    expect(malformed.data).toEqual({ requestSignIn: true });
    expect(await readModels.getRepository(SignInCodeRow).countBy({ email: 'nobody@elsewhere.test' })).toBe(0);
    for (let i = 0; i < 7; i++) {
      expect((await asCookie(null, 'mutation { requestSignIn(email: "bob@staalbouw.test") }', {}, {})).data).toEqual({ requestSignIn: true });
    }
    // Bob was removed: his address belongs to no one now, so no code at all.
    expect(await readModels.getRepository(SignInCodeRow).countBy({ email: BOB })).toBe(2);
    for (let i = 0; i < 7; i++) await asCookie(null, 'mutation { requestSignIn(email: "beheer@schakel.test") }', {}, {});
    expect(await readModels.getRepository(SignInCodeRow).countBy({ email: ADMIN })).toBe(5);
    expect(inbox.mails.some((m) => m.to.includes('nobody@elsewhere.test'))).toBe(false);
  });

  it('a person who is a member of two parties names the party per request', async () => {
    const second = await asCookie(cookies.admin, 'mutation { registerParty(input: { kind: ORGANISATION, name: "Bouwbedrijf Van Dijk BV" }) { partyId } }');
    const otherId = second.data!.registerParty.partyId;
    const invite = await asCookie(cookies.admin, 'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { userId } }', {
      i: { partyId: otherId, email: ANNA, name: 'Anna de Wit', role: 'MANAGER', language: 'nl' },
    });
    expect(invite.data!.inviteMember.userId).toBe(annaUserId); // one person, one user id
    const both = await signInByMail(ANNA);
    expect(reasonOf(await asCookie(both, '{ myParty { id } }'))).toEqual({ code: 'BAD_USER_INPUT', reason: 'AUTH_PARTY_REQUIRED' });
    expect((await asCookie(both, '{ myParty { id } }', {}, { ...CSRF, 'x-schakel-party': otherId })).data).toEqual({ myParty: { id: otherId } });
    expect((await asCookie(both, '{ myParty { id } }', {}, { ...CSRF, 'x-schakel-party': partyId })).data).toEqual({ myParty: { id: partyId } });
    expect(reasonOf(await asCookie(both, '{ myParty { id } }', {}, { ...CSRF, 'x-schakel-party': '0190b8a0-0000-7000-8000-000000000999' }))).toEqual({
      code: 'FORBIDDEN',
      reason: 'AUTH_PARTY_NOT_MEMBER',
    });
  });
}

describe('sign-in by e-mailed link, sessions and memberships (over HTTP, SMTP in-process; SQLite)', () => signInStory('sqlite'));
describePostgres('sign-in by e-mailed link, sessions and memberships (over HTTP, SMTP in-process; PostgreSQL)', () => signInStory('postgres'));
