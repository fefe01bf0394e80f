import request from 'supertest';
import { accessStreamId, partyStreamId } from '@schakel/domain';
import { startApi, type ApiHarness, type GqlResponse } from '@schakel/api-harness';
import { pdfText } from '../support/pdf-text';
import { SmtpInbox, signInCodeOf } from '../support/smtp-inbox';
import { daysAgo, ok } from './chain-story';

// An inspector without any token: the principal's grant names her by e-mail, she follows the link,
// sees the chain granted to her and opens the replay report with her session cookie.
const INES = 'ines@nla.test';
const CSRF = { 'x-schakel-csrf': '1' };

describe('an inspector in a browser', () => {
  const inbox = new SmtpInbox();
  let api: ApiHarness;
  let server: ReturnType<ApiHarness['app']['getHttpServer']>;
  let principal: string;
  let principalId: string;
  let nla: string;
  let chainId: string;
  let grantId: string;
  let inesUserId: string;
  let inesCookie: string;

  const grant = (extra: Record<string, unknown>) =>
    api.gql(
      'mutation($i: GrantInspectorAccessInput!) { grantInspectorAccess(input: $i) { grantId inspectorInvited inspectorMailed } }',
      { i: { chainId, inspectorPartyId: nla, validFrom: daysAgo(1), validUntil: daysAgo(-30), ...extra } },
      principal,
    );
  // Every event but the notification sender's: it records the grant's mails (NoticeSent) on its own
  // schedule, so a count taken around a request would sometimes catch one of those.
  const eventsButNotices = async () => {
    let count = 0;
    for (let after = ''; ; ) {
      const page = await api.store.readAll({ after, limit: 1000 });
      if (page.length === 0) return count;
      count += page.filter((e) => !/^(party)?notices-/.test(e.streamId)).length;
      after = page[page.length - 1].checkpoint;
    }
  };
  const reasonOf = (res: GqlResponse) => ({ code: res.errors?.[0]?.extensions?.code, reason: res.errors?.[0]?.extensions?.reason });
  async function asInes(query: string): Promise<GqlResponse> {
    const res = await request(server).post('/graphql').set('cookie', inesCookie).set(CSRF).send({ query });
    return { status: res.status, data: res.body?.data ?? null, errors: res.body?.errors };
  }

  beforeAll(async () => {
    await inbox.start();
    api = await startApi({ SMTP_URL: inbox.url, SCHAKEL_PUBLIC_URL: 'http://schakel.test' });
    server = api.app.getHttpServer();
    const admin = api.token({ role: 'ADMIN' });
    principalId = (await ok(api, 'registerParty', { kind: 'ORGANISATION', name: 'Woonstichting De Linie', kvkNumber: null }, admin)).partyId as string;
    nla = (await ok(api, 'registerParty', { kind: 'ORGANISATION', name: 'Nederlandse Arbeidsinspectie', kvkNumber: null }, admin)).partyId as string;
    principal = api.token({ party: principalId, role: 'MANAGER', user: 'marco' });
    chainId = (await ok(api, 'openChain', { name: 'Renovatie Hoogstraat 12-40', principalPartyId: principalId }, principal)).chainId as string;
  });
  afterAll(async () => {
    await api?.close();
    await inbox.stop();
  });

  it('a grant naming an inspector by e-mail needs her name, and a real address; refused, it writes nothing', async () => {
    const before = await api.eventCount();
    expect(reasonOf(await grant({ inspectorEmail: INES }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRANT_INSPECTOR_NAME_REQUIRED' });
    expect(reasonOf(await grant({ inspectorEmail: 'geen adres', inspectorName: 'Ines Bakker' }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'MEMBER_EMAIL_INVALID' });
    expect(await api.eventCount()).toBe(before);
  });

  it('the principal grants access to the inspector by e-mail: she is invited into the inspectorate as INSPECTOR and mailed a link', async () => {
    const res = await grant({ inspectorEmail: INES, inspectorName: 'Ines Bakker' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.grantInspectorAccess).toMatchObject({ inspectorInvited: true, inspectorMailed: true });
    grantId = res.data!.grantInspectorAccess.grantId;
    const invited = (await api.store.readStream(partyStreamId(nla))).at(-1)!;
    expect(invited.type).toBe('MemberInvited');
    expect(invited.data).toMatchObject({ partyId: nla, email: INES, role: 'INSPECTOR', invitedBy: 'marco' });
    inesUserId = (invited.data as { userId: string }).userId;
    const granted = (await api.store.readStream(accessStreamId(chainId))).at(-1)!;
    expect(granted.data).toMatchObject({ grantId, inspectorPartyId: nla, inspectorUserId: inesUserId });
    const signedIn = await request(server).post('/auth/sign-in').type('form').send({ code: signInCodeOf(await inbox.mailTo(INES)) });
    expect(signedIn.status).toBe(200);
    inesCookie = String(([] as string[]).concat(signedIn.headers['set-cookie'])[0]).split(';')[0];
  });

  it('signed in, she sees the chain granted to her by name, and the principal sees the grant it gave', async () => {
    const mine = await asInes('{ myGrants { grantId chainName grantedByPartyName status reportPath } }');
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myGrants).toEqual([
      { grantId, chainName: 'Renovatie Hoogstraat 12-40', grantedByPartyName: 'Woonstichting De Linie', status: 'ACTIVE', reportPath: `/reports/chains/${chainId}/replay.html` },
    ]);
    const given = await api.gql('{ grantsGiven { grantId inspectorPartyName inspectorUserId status } }', {}, principal);
    expect(given.data!.grantsGiven).toEqual([{ grantId, inspectorPartyName: 'Nederlandse Arbeidsinspectie', inspectorUserId: inesUserId, status: 'ACTIVE' }]);
  });

  it('she opens the replay report with her cookie (no header needed for a link), and the read is recorded as hers', async () => {
    const res = await request(server).get(`/reports/chains/${chainId}/replay.html`).set('cookie', inesCookie).set('sec-fetch-site', 'same-origin');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Renovatie Hoogstraat 12-40');
    const read = (await api.store.readStream(accessStreamId(chainId))).at(-1)!;
    expect([read.type, read.data]).toEqual(['InspectorReadRecorded', expect.objectContaining({ grantId, inspectorUserId: inesUserId, query: 'replayReport' })]);
  });

  it('a report opened from another site, or without the cookie, is refused and records nothing', async () => {
    const before = await eventsButNotices();
    const crossSite = await request(server).get(`/reports/chains/${chainId}/replay.html`).set('cookie', inesCookie).set('sec-fetch-site', 'cross-site');
    expect(crossSite.status).toBe(403);
    expect(crossSite.body).toMatchObject({ reason: 'CSRF_CROSS_SITE' });
    expect((await request(server).get(`/reports/chains/${chainId}/replay.html`)).status).toBe(401);
    expect(await eventsButNotices()).toBe(before);
  });

  it('she downloads the report as a PDF with her cookie, recorded as her read; from another site it is refused and records nothing', async () => {
    const pdf = await request(server)
      .get(`/reports/chains/${chainId}/replay.pdf`)
      .set('cookie', inesCookie)
      .set('sec-fetch-site', 'same-origin')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await pdfText(pdf.body as Buffer)).flat()).toContain('Replay of chain “Renovatie Hoogstraat 12-40”');
    const read = (await api.store.readStream(accessStreamId(chainId))).at(-1)!;
    expect([read.type, read.data]).toEqual(['InspectorReadRecorded', expect.objectContaining({ grantId, inspectorUserId: inesUserId, query: 'replayReportPdf' })]);

    const before = await eventsButNotices();
    const crossSite = await request(server).get(`/reports/chains/${chainId}/replay.pdf`).set('cookie', inesCookie).set('sec-fetch-site', 'cross-site');
    expect([crossSite.status, crossSite.body.reason]).toEqual([403, 'CSRF_CROSS_SITE']);
    const foreignOrigin = await request(server).get(`/reports/chains/${chainId}/replay.pdf`).set('cookie', inesCookie).set('origin', 'https://evil.test');
    expect([foreignOrigin.status, foreignOrigin.body.reason]).toEqual([403, 'CSRF_ORIGIN_MISMATCH']);
    expect(await eventsButNotices()).toBe(before);
  });

  it('another inspector of the same inspectorate cannot use a grant made for her', async () => {
    const other = api.token({ party: nla, role: 'INSPECTOR', user: 'iemand-anders' });
    expect((await api.gql('{ myGrants { grantId } }', {}, other)).data).toEqual({ myGrants: [] });
    const res = await request(server).get(`/reports/chains/${chainId}/replay.html`).set('authorization', `Bearer ${other}`);
    expect(res.status).toBe(403);
    const pdf = await request(server).get(`/reports/chains/${chainId}/replay.pdf`).set('authorization', `Bearer ${other}`);
    expect([pdf.status, pdf.body.code]).toEqual([403, 'INSPECTOR_ACCESS_NOT_GRANTED']);
  });
});
