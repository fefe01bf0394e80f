import { startApi, type ApiHarness } from '@schakel/api-harness';
import * as tokens from '../../libs/infrastructure/src/auth/tokens';
import { SessionCaller } from '../../apps/api/src/identity/session-caller';
import { ok } from './chain-story';

// One verification of the caller per HTTP request: the rate limit keys the request by it and the
// AuthGuard answers every field with it. A cookie session is counted against its user, not against
// the address it comes from.

describe('one caller verification per request', () => {
  let api: ApiHarness;
  let partyId: string;

  beforeAll(async () => {
    api = await startApi({ SCHAKEL_RATE_LIMIT: '3', SCHAKEL_RATE_WINDOW_SECONDS: '3600' });
    partyId = (await ok(api, 'registerParty', { kind: 'ORGANISATION', name: 'Staalbouw Noord', kvkNumber: null }, api.token({ user: 'admin' }))).partyId as string;
  }, 60_000);
  afterAll(() => api?.close());
  afterEach(() => jest.restoreAllMocks());

  it('verifies a bearer token once, for the rate limit and for every field of the query', async () => {
    const verify = jest.spyOn(tokens, 'verifyToken');
    const res = await api.gql('{ a: myParty { id } b: myParty { name } c: myParty { id } }', {}, api.token({ party: partyId, user: 'bearer-user' }));
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({ a: { id: partyId }, c: { id: partyId } });
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('counts a cookie session against its user, not its address, and looks the session up once per request', async () => {
    // the session store is a stand-in here: what is under test is how the request is counted
    const lookUp = jest
      .spyOn(api.app.get(SessionCaller), 'callerOf')
      .mockResolvedValue({ userId: 'anna', sessionId: 'session-1', partyId, role: 'MANAGER', workerId: null });
    const asCookie = () => api.gql('{ a: myParty { id } b: myParty { id } }', {}, undefined, { cookie: 'schakel_session=s3cret', 'x-schakel-csrf': '1' });
    for (let i = 0; i < 3; i++) expect((await asCookie()).errors).toBeUndefined();
    const fourth = await asCookie();
    expect(fourth.status).toBe(429);
    expect(fourth.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'RATE_LIMITED' });
    expect(lookUp).toHaveBeenCalledTimes(4);
    // the same address without the cookie has its own count: it is refused for want of a caller, not for its rate
    const anonymous = await api.gql('{ myParty { id } }');
    expect(anonymous.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH_TOKEN_MISSING' });
  });
});
