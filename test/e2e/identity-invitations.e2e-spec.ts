import request from 'supertest';
import { partyStreamId } from '@schakel/domain';
import { startApi, type ApiHarness, type GqlResponse } from '@schakel/api-harness';
import { SmtpInbox, signInCodeOf } from '../support/smtp-inbox';

// A person already signed in for one party accepts an invitation from another without signing in again.
const ANNA = 'anna@staalbouw.test';
const CSRF = { 'x-schakel-csrf': '1' };

describe('acceptInvitation', () => {
  const inbox = new SmtpInbox();
  let api: ApiHarness;
  let server: ReturnType<ApiHarness['app']['getHttpServer']>;
  let admin: string;
  let steel: string;
  let main: string;
  let annaCookie: string;
  let invitationId: string;

  async function asAnna(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResponse> {
    let req = request(server).post('/graphql').set('cookie', annaCookie);
    for (const [k, v] of Object.entries({ ...CSRF, ...headers })) req = req.set(k, v);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body?.data ?? null, errors: res.body?.errors };
  }
  const reasonOf = (res: GqlResponse) => ({ code: res.errors?.[0]?.extensions?.code, reason: res.errors?.[0]?.extensions?.reason });
  const register = async (name: string) =>
    (await api.gql('mutation($n: String!) { registerParty(input: { kind: ORGANISATION, name: $n }) { partyId } }', { n: name }, admin)).data!.registerParty.partyId as string;
  const invite = (partyId: string) =>
    api.gql('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { invitationId } }', { i: { partyId, email: ANNA, name: 'Anna de Wit', role: 'MANAGER', language: 'nl' } }, admin);
  const accept = 'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { eventIds } }';

  beforeAll(async () => {
    await inbox.start();
    api = await startApi({ SMTP_URL: inbox.url, SCHAKEL_PUBLIC_URL: 'http://schakel.test' });
    server = api.app.getHttpServer();
    admin = api.token({ role: 'ADMIN' });
    steel = await register('Staalbouw Oost BV');
    main = await register('Hoofdaannemer Noord BV');
    await invite(steel);
    const code = signInCodeOf(await inbox.mailTo(ANNA));
    const signedIn = await request(server).post('/auth/sign-in').type('form').send({ code });
    annaCookie = String(([] as string[]).concat(signedIn.headers['set-cookie'])[0]).split(';')[0];
    invitationId = (await invite(main)).data!.inviteMember.invitationId;
  });
  afterAll(async () => {
    await api?.close();
    await inbox.stop();
  });

  it('the signed-in person sees the open invitation with the name of the party that sent it', async () => {
    const open = await asAnna('{ myInvitations { partyId partyName invitationId role } }');
    expect(open.errors).toBeUndefined();
    expect(open.data!.myInvitations).toEqual([{ partyId: main, partyName: 'Hoofdaannemer Noord BV', invitationId, role: 'MANAGER' }]);
  });

  it('someone else cannot accept it, and an invitation that was never made is NOT_FOUND; neither writes', async () => {
    const before = await api.eventCount();
    const mainManager = api.token({ party: main, user: 'someone-else' });
    expect(reasonOf(await api.gql(accept, { i: { partyId: main, invitationId } }, mainManager))).toEqual({ code: 'FORBIDDEN', reason: 'INVITATION_NOT_YOURS' });
    expect(reasonOf(await asAnna(accept, { i: { partyId: main, invitationId: '0190b8a0-0000-7000-8000-00000000beef' } }))).toEqual({ code: 'NOT_FOUND', reason: 'INVITATION_NOT_FOUND' });
    expect(reasonOf(await asAnna(accept, { i: { partyId: 'geen-partij', invitationId } }))).toEqual({ code: 'BAD_USER_INPUT', reason: expect.any(String) });
    expect(await api.eventCount()).toBe(before);
  });

  it('the person accepts it: InvitationAccepted on the inviting party\'s stream, and from then on names the party they act for', async () => {
    const done = await asAnna(accept, { i: { partyId: main, invitationId } });
    expect(done.errors).toBeUndefined();
    const last = (await api.store.readStream(partyStreamId(main))).at(-1)!;
    expect([last.type, last.data]).toEqual(['InvitationAccepted', { partyId: main, invitationId, userId: expect.any(String) }]);
    // a member of two parties now: each request names one
    expect(reasonOf(await asAnna('{ myInvitations { partyId } }'))).toEqual({ code: 'BAD_USER_INPUT', reason: 'AUTH_PARTY_REQUIRED' });
    const asMain = await asAnna('query($p: ID!) { members(partyId: $p) { email status } myInvitations { partyId } }', { p: main }, { 'x-schakel-party': main });
    expect(asMain.errors).toBeUndefined();
    expect(asMain.data).toEqual({ members: [{ email: ANNA, status: 'ACTIVE' }], myInvitations: [] });
  });

  it('accepting twice is a CONFLICT and writes nothing', async () => {
    const before = await api.eventCount();
    expect(reasonOf(await asAnna(accept, { i: { partyId: main, invitationId } }, { 'x-schakel-party': steel }))).toEqual({ code: 'CONFLICT', reason: 'INVITATION_ALREADY_ACCEPTED' });
    expect(await api.eventCount()).toBe(before);
  });
});
