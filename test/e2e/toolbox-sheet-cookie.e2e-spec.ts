import request from 'supertest';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import { SmtpInbox, signInCodeOf } from '../support/smtp-inbox';
import { buildStory1, instructionV1, ok, registerCast, type Cast, type ChainOfStory1 } from './chain-story';

// The printable toolbox sheet for a manager signed in with a browser: the session cookie opens it
// like a bearer token does, with the same page rules as the replay report (no other site may open it).
// A manager of several parties names the party in the link (?party=, a link carries no header), and
// the sheet says at the top which party it is for.

const CREATE = `mutation Create($input: CreateAcknowledgementLinksInput!) { createAcknowledgementLinks(input: $input) { batchId links { workerName } } }`;
const SANNE_MANAGER = 'petra@staalbouw-noord.test';

describe('the toolbox sheet with a session cookie', () => {
  const inbox = new SmtpInbox();
  let api: ApiHarness;
  let cast: Cast;
  let chain: ChainOfStory1;
  let batchId: string;
  let cookie: string;
  let server: ReturnType<ApiHarness['app']['getHttpServer']>;

  // the outbox may mail the same person a notification first: the sign-in mail is the next one with a link
  const signInMail = async (email: string, from: number) => {
    for (let at = from; ; at++) {
      const mail = await inbox.mailTo(email, at);
      if (/\/auth\/sign-in\?code=/.test(mail.raw.replace(/=\r?\n/g, ''))) return mail;
    }
  };
  const signIn = async (email: string, partyId: string) => {
    const before = inbox.countTo(email);
    const invited = await api.gql(
      'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { invitationId } }',
      { i: { partyId, email, name: 'Petra Jansen', role: 'MANAGER', language: 'nl' } },
      api.token({ role: 'ADMIN' }),
    );
    expect(invited.errors).toBeUndefined();
    const signedIn = await request(server).post('/auth/sign-in').type('form').send({ code: signInCodeOf(await signInMail(email, before)) });
    expect(signedIn.status).toBe(200);
    return String(([] as string[]).concat(signedIn.headers['set-cookie'])[0]).split(';')[0];
  };
  const sheet = (query: Record<string, string> = {}) => request(server).get(`/toolbox-sheet/${chain.chainId}/${batchId}`).query(query);

  beforeAll(async () => {
    await inbox.start();
    api = await startApi({ SMTP_URL: inbox.url, SCHAKEL_PUBLIC_URL: 'http://schakel.test' });
    server = api.app.getHttpServer();
    cast = await registerCast(api);
    chain = await buildStory1(api, cast);
    const instructionId = (await ok(api, 'issueSafetyInstruction', { chainId: chain.chainId, ...instructionV1 }, cast.main.token)).instructionId as string;
    await ok(api, 'passDownInstruction', { chainId: chain.chainId, instructionId, linkId: chain.links.steel }, cast.main.token);
    const made = await api.gql(CREATE, { input: { chainId: chain.chainId, instructionId, version: 1, workerIds: [cast.workers.sanne.id] } }, cast.steel.token);
    expect(made.errors).toBeUndefined();
    batchId = made.data!.createAcknowledgementLinks.batchId;
    cookie = await signIn(SANNE_MANAGER, cast.steel.id);
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await inbox.stop();
  });

  it('a manager of the party that made the links opens the sheet with her cookie, as she would follow a link', async () => {
    const res = await sheet().set('cookie', cookie).set('sec-fetch-site', 'same-origin');
    expect(res.status).toBe(200);
    expect(res.text.match(/<svg/g)).toHaveLength(1);
    expect(res.text).toContain('<figcaption>Sanne Bakker</figcaption>');
    expect(res.text).toContain('<p class="party">Staalbouw Noord · KvK 63012345</p>');
    // a page the browser opens itself (typed address, bookmark) says "none"
    expect((await sheet().set('cookie', cookie).set('sec-fetch-site', 'none')).status).toBe(200);
  });

  it('opened from another site, or with a foreign Origin, the cookie is refused; without it, 401', async () => {
    const crossSite = await sheet().set('cookie', cookie).set('sec-fetch-site', 'cross-site');
    expect([crossSite.status, crossSite.body.reason]).toEqual([403, 'CSRF_CROSS_SITE']);
    const foreign = await sheet().set('cookie', cookie).set('origin', 'https://evil.test');
    expect([foreign.status, foreign.body.reason]).toEqual([403, 'CSRF_ORIGIN_MISMATCH']);
    const none = await sheet();
    expect([none.status, none.body.reason]).toEqual([401, 'AUTH_TOKEN_MISSING']);
  });

  it("a manager of another party, signed in with a browser, does not see the steel subcontractor's sheet", async () => {
    const other = await signIn('kees@vandijk.test', cast.main.id);
    const res = await sheet().set('cookie', other).set('sec-fetch-site', 'same-origin');
    expect([res.status, res.body.reason]).toEqual([404, 'ACK_LINK_BATCH_NOT_FOUND']);
  });

  it('a signed-out session no longer opens it', async () => {
    const out = await request(server).post('/graphql').set('cookie', cookie).set('x-schakel-csrf', '1').send({ query: 'mutation { signOut }' });
    expect(out.body.errors).toBeUndefined();
    const res = await sheet().set('cookie', cookie).set('sec-fetch-site', 'same-origin');
    expect([res.status, res.body.reason]).toEqual([401, 'AUTH_SESSION_INVALID']);
  });

  it('a manager of two parties opens the sheet for the party in its link, and the sheet names that party', async () => {
    // Petra manages the steel subcontractor, and now the main contractor too
    const both = await signIn(SANNE_MANAGER, cast.main.id);
    const asPage = (query: Record<string, string> = {}) => sheet(query).set('cookie', both).set('sec-fetch-site', 'same-origin');
    // a link without the party: which of her two parties would it be for?
    const bare = await asPage();
    expect([bare.status, bare.body.reason]).toEqual([400, 'AUTH_PARTY_REQUIRED']);
    const steel = await asPage({ party: cast.steel.id });
    expect(steel.status).toBe(200);
    expect(steel.text).toContain('<p class="party">Staalbouw Noord · KvK 63012345</p>');
    expect(steel.text).toContain('<figcaption>Sanne Bakker</figcaption>');
    // the batch is steel's: for the main contractor it is as unknown as any other party's
    const main = await asPage({ party: cast.main.id });
    expect([main.status, main.body.reason]).toEqual([404, 'ACK_LINK_BATCH_NOT_FOUND']);
    // the parameter only chooses among her own parties
    const agency = await asPage({ party: cast.agency.id });
    expect([agency.status, agency.body.reason]).toEqual([403, 'AUTH_PARTY_NOT_MEMBER']);
    // the header still wins over the parameter, as for every other request
    const header = await asPage({ party: cast.main.id }).set('x-schakel-party', cast.steel.id);
    expect(header.status).toBe(200);
  });
});
