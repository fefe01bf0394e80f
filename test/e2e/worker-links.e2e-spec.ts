import { acknowledgementLinkStreamId } from '@schakel/domain';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import { toString as qrSvg } from 'qrcode';
import request from 'supertest';
import { buildStory1, instructionV1, instructionV2, ok, registerCast, type Cast, type ChainOfStory1 } from './chain-story';

// docs/domain.md story 6 over HTTP: at the morning toolbox meeting the steel subcontractor hands the
// agency's lent workers a personal link (or QR code). Tomasz, with no account, opens his on a
// phone, reads v2 in Polish and taps "read and understood"; Marek never opens his and stays
// MISSING. A manager's entry of a paper list on a worker's behalf shows as PROXY.

const CREATE = `mutation Create($input: CreateAcknowledgementLinksInput!) {
  createAcknowledgementLinks(input: $input) {
    streamId eventIds batchId
    links { linkId workerId workerPartyId workerName token url expiresAt }
  }
}`;
const REVOKE = `mutation Revoke($input: RevokeAcknowledgementLinkInput!) { revokeAcknowledgementLink(input: $input) { eventIds } }`;
const STATUS = `query Chain($id: ID!) { chain(id: $id) { instructions { id currentVersion status { partyId workerId status channel }
  versions { version acknowledgements { workerId language channel } } } } }`;
const REPLAY = `query A($chainId: ID!, $asOf: DateTime!) { chainAsOf(chainId: $chainId, asOf: $asOf, clock: RECORDED) {
  instructions { acknowledgements { workerId language channel entry understood } } } }`;

interface MadeLink {
  linkId: string;
  workerId: string;
  workerName: string;
  token: string;
  url: string;
  expiresAt: string;
}

const DAY = 86_400_000;

describe('story 6: a worker acknowledges on a phone by a personal link', () => {
  let api: ApiHarness;
  let cast: Cast;
  let chain: ChainOfStory1;
  let instructionId: string;
  let batchId: string;
  let tomasz: MadeLink;
  let marek: MadeLink;
  const http = () => request(api.app.getHttpServer());
  const path = (link: MadeLink) => `/w/${link.token}`;

  /** The form fields of a link page, as a phone would post them back. */
  async function formOf(link: MadeLink, lang?: string): Promise<{ nonce: string; html: string }> {
    const res = await http().get(path(link) + (lang ? `?lang=${lang}` : ''));
    expect(res.status).toBe(200);
    const nonce = /name="nonce" value="([^"]+)"/.exec(res.text)?.[1];
    expect(nonce).toBeDefined();
    return { nonce: nonce!, html: res.text };
  }

  beforeAll(async () => {
    api = await startApi({ SCHAKEL_PUBLIC_URL: 'https://schakel.example.nl', SCHAKEL_LINK_RATE_PER_LINK: '40' });
    cast = await registerCast(api);
    chain = await buildStory1(api, cast);
    const issued = await ok(api, 'issueSafetyInstruction', { chainId: chain.chainId, ...instructionV1 }, cast.main.token);
    instructionId = issued.instructionId as string;
    await ok(api, 'issueSafetyInstruction', { chainId: chain.chainId, supersedesInstructionId: instructionId, ...instructionV2 }, cast.main.token);
    await ok(api, 'passDownInstruction', { chainId: chain.chainId, instructionId, linkId: chain.links.steel }, cast.main.token);
    await ok(api, 'passDownInstruction', { chainId: chain.chainId, instructionId, linkId: chain.links.agency }, cast.steel.token);
  });

  afterAll(async () => {
    jest.useRealTimers();
    await api?.close();
  });

  it('the steel subcontractor (the hirer: Arbo employer of the lent workers) makes one signed link per worker; the log keeps who, for whom, until when, never the link', async () => {
    const res = await api.gql(
      CREATE,
      { input: { chainId: chain.chainId, instructionId, version: 2, workerPartyId: cast.agency.id, workerIds: [cast.workers.tomasz.id, cast.workers.marek.id] } },
      cast.steel.token,
    );
    expect(res.errors).toBeUndefined();
    const made = res.data!.createAcknowledgementLinks;
    batchId = made.batchId;
    [tomasz, marek] = made.links;
    expect(made.links.map((l: MadeLink) => l.workerName)).toEqual(['Tomasz Zielinski', 'Marek Kowalski']);
    expect(tomasz.url).toBe(`https://schakel.example.nl/w/${tomasz.token}`);
    const days = (Date.parse(tomasz.expiresAt) - Date.now()) / DAY;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);

    const [event] = await api.store.readStream(acknowledgementLinkStreamId(chain.chainId));
    expect(event.type).toBe('AcknowledgementLinksMade');
    expect(event.actor).toMatchObject({ partyId: cast.steel.id, role: 'MANAGER' });
    expect(event.data).toMatchObject({ chainId: chain.chainId, batchId, instructionId, version: 2, madeByPartyId: cast.steel.id });
    const stored = JSON.stringify(event.data);
    for (const link of made.links as MadeLink[]) {
      expect(stored).not.toContain(link.linkId);
      expect(stored).not.toContain(link.token.split('.')[1]);
    }
    expect((event.data as { links: unknown[] }).links).toEqual([
      { linkIdHash: expect.stringMatching(/^[0-9a-f]{64}$/), workerId: cast.workers.tomasz.id, workerPartyId: cast.agency.id, expiresAt: tomasz.expiresAt },
      { linkIdHash: expect.stringMatching(/^[0-9a-f]{64}$/), workerId: cast.workers.marek.id, workerPartyId: cast.agency.id, expiresAt: marek.expiresAt },
    ]);
  });

  it('only the Arbo employer or the party that passed the instruction down makes links; nothing is written otherwise', async () => {
    const before = await api.eventCount();
    const input = { chainId: chain.chainId, instructionId, version: 2, workerPartyId: cast.agency.id, workerIds: [cast.workers.tomasz.id] };
    const byMain = await api.gql(CREATE, { input }, cast.main.token);
    expect(byMain.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACK_LINK_NOT_ALLOWED' });
    const byWorker = await api.gql(CREATE, { input }, cast.workers.tomasz.token);
    expect(byWorker.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const none = await api.gql(CREATE, { input: { ...input, workerIds: [] } }, cast.steel.token);
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ACK_LINK_WORKERS_INVALID' });
    expect(await api.eventCount()).toBe(before);
  });

  it('Tomasz opens his link without an account: only the instruction, in the language he reads, and his first name', async () => {
    const res = await http().get(path(tomasz));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['cache-control']).toBe('no-store');
    const html = res.text;
    expect(html).toContain('<html lang="pl">');
    expect(html).toContain('Praca na wysokości (v2)');
    expect(html).toContain('rusztowania sprawdzaj codziennie');
    expect(html).toContain('Cześć Tomasz');
    expect(html).toContain('Jestem Tomasz');
    expect(html).toContain('Przeczytałem i zrozumiałem');
    expect(html).toContain('width=device-width');
    // nothing of the chain, the parties or other workers; no outside resources
    for (const secret of ['Zielinski', 'Marek', 'Staalbouw', 'Flex', 'Hoogstraat', 'Renovatie', chain.chainId, cast.agency.id]) expect(html).not.toContain(secret);
    expect(html).not.toMatch(/<script|src=|href=|@import|url\(/i);
    // the worker picks another language the instruction is in
    const nl = await http().get(`${path(tomasz)}?lang=nl`);
    expect(nl.text).toContain('Boven 2,5 m altijd aanlijnen; steigers dagelijks keuren.');
    expect(nl.text).toContain('Gelezen en begrepen');
  });

  it('a post without confirming "this is me", without the page nonce, or with a nonce of another link writes nothing', async () => {
    const before = await api.eventCount();
    const { nonce } = await formOf(tomasz);
    const unconfirmed = await http().post(path(tomasz)).type('form').send({ nonce, language: 'pl' });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.text).toContain('data-reason="LINK_NOT_CONFIRMED"');
    const noNonce = await http().post(path(tomasz)).type('form').set('accept', 'application/json').send({ language: 'pl', confirm: 'yes' });
    expect(noNonce.status).toBe(403);
    expect(noNonce.body).toEqual({ code: 'FORBIDDEN', reason: 'LINK_FORM_EXPIRED', message: expect.any(String) });
    const marekNonce = (await formOf(marek)).nonce;
    const crossed = await http().post(path(tomasz)).type('form').set('accept', 'application/json').send({ nonce: marekNonce, language: 'pl', confirm: 'yes' });
    expect(crossed.body.reason).toBe('LINK_FORM_EXPIRED');
    const unknownLanguage = await http().post(path(tomasz)).type('form').set('accept', 'application/json').send({ nonce, language: 'ro', confirm: 'yes' });
    expect(unknownLanguage.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LINK_LANGUAGE_INVALID' });
    // Tomasz reads only Polish: the Dutch text is refused for him, on the page, and nothing is recorded
    const dutch = await http().post(path(tomasz)).type('form').send({ nonce, language: 'nl', confirm: 'yes' });
    expect(dutch.status).toBe(422);
    expect(dutch.text).toContain('data-reason="LINK_LANGUAGE_NOT_READ"');
    expect(await api.eventCount()).toBe(before);
  });

  it('a tampered link is refused with a clear page (and a stable code as JSON), nothing written', async () => {
    const before = await api.eventCount();
    const [body, signature] = tomasz.token.split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...claims, w: cast.workers.marek.id })).toString('base64url');
    for (const token of [`${forged}.${signature}`, `${body}.${signature.slice(0, -2)}AA`, 'nonsense', `${body}.${'A'.repeat(43)}`]) {
      const page = await http().get(`/w/${token}`);
      expect({ token, status: page.status }).toEqual({ token, status: 404 });
      expect(page.text).toContain('data-reason="LINK_INVALID"');
      const json = await http().post(`/w/${token}`).type('form').set('accept', 'application/json').send({ nonce: 'x', language: 'pl', confirm: 'yes' });
      expect(json.body).toEqual({ code: 'NOT_FOUND', reason: 'LINK_INVALID', message: expect.any(String) });
    }
    expect(await api.eventCount()).toBe(before);
  });

  it('Tomasz confirms and taps "read and understood" in Polish: his own act, channel LINK, with the link hash, time and user agent', async () => {
    const { nonce } = await formOf(tomasz);
    const res = await http()
      .post(path(tomasz))
      .type('form')
      .set('user-agent', 'Mozilla/5.0 (Linux; Android 14) Mobile')
      .send({ nonce, language: 'pl', confirm: 'yes' });
    expect(res.status).toBe(201);
    expect(res.text).toContain('data-outcome="ACKNOWLEDGED"');
    expect(res.text).toContain('Dziękujemy, Tomasz');
    const events = await api.store.readStream(chain.streamId);
    const ack = events[events.length - 1];
    expect(ack.type).toBe('SafetyInstructionAcknowledged');
    expect(ack.data).toEqual({
      instructionId,
      version: 2,
      partyId: cast.agency.id,
      workerId: cast.workers.tomasz.id,
      language: 'pl',
      understood: true,
      channel: 'LINK',
      linkIdHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      userAgent: 'Mozilla/5.0 (Linux; Android 14) Mobile',
    });
    expect(ack.actor).toMatchObject({ partyId: cast.agency.id, role: 'WORKER', workerId: cast.workers.tomasz.id });
    expect(Math.abs(Date.parse(ack.recordedAt) - Date.now())).toBeLessThan(60_000);
  });

  it("the chain's status turns Tomasz CURRENT by LINK; Marek, who never opened his, stays MISSING", async () => {
    const res = await api.gql(STATUS, { id: chain.chainId }, cast.principal.token);
    const instruction = res.data!.chain.instructions.find((i: { id: string }) => i.id === instructionId);
    const row = (workerId: string) => instruction.status.find((s: { workerId: string | null }) => s.workerId === workerId);
    expect(row(cast.workers.tomasz.id)).toEqual({ partyId: cast.agency.id, workerId: cast.workers.tomasz.id, status: 'CURRENT', channel: 'LINK' });
    expect(row(cast.workers.marek.id)).toEqual({ partyId: cast.agency.id, workerId: cast.workers.marek.id, status: 'MISSING', channel: null });
  });

  it('the used link is refused from then on, nothing written', async () => {
    const before = await api.eventCount();
    const page = await http().get(path(tomasz));
    expect(page.status).toBe(409);
    expect(page.text).toContain('data-reason="LINK_USED"');
    const json = await http().post(path(tomasz)).type('form').set('accept', 'application/json').send({ nonce: 'x', language: 'pl', confirm: 'yes' });
    expect(json.body).toEqual({ code: 'CONFLICT', reason: 'LINK_USED', message: expect.any(String) });
    expect(await api.eventCount()).toBe(before);
  });

  it('the toolbox sheet prints one QR code per worker with the name under it, for the party that made the links only', async () => {
    const res = await http().get(`/toolbox-sheet/${chain.chainId}/${batchId}`).set('authorization', `Bearer ${cast.steel.token}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text.match(/<svg/g)).toHaveLength(2);
    expect(res.text.match(/<figcaption>([^<]*)<\/figcaption>/g)).toEqual(['<figcaption>Tomasz Zielinski</figcaption>', '<figcaption>Marek Kowalski</figcaption>']);
    expect(res.text).toContain('Werken op hoogte (v2)');
    // each code is the worker's own link, regenerated from the secret (the link is stored nowhere)
    for (const link of [tomasz, marek]) expect(res.text).toContain(await qrSvg(link.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }));
    expect((await http().get(`/toolbox-sheet/${chain.chainId}/${batchId}`)).status).toBe(401);
    expect((await http().get(`/toolbox-sheet/${chain.chainId}/${batchId}`).set('authorization', `Bearer ${cast.main.token}`)).status).toBe(404);
  });

  it("a manager's entry of a paper list for Marek is PROXY: in the status, the replay, who-knew, the timeline and the HTML report", async () => {
    await ok(api, 'acknowledgeInstruction', { chainId: chain.chainId, instructionId, version: 2, workerId: cast.workers.marek.id, language: 'pl' }, cast.agency.token);
    const events = await api.store.readStream(chain.streamId);
    expect(events[events.length - 1].data).toMatchObject({ workerId: cast.workers.marek.id, channel: 'PROXY' });
    const status = await api.gql(STATUS, { id: chain.chainId }, cast.principal.token);
    const instruction = status.data!.chain.instructions.find((i: { id: string }) => i.id === instructionId);
    expect(instruction.status.find((s: { workerId: string | null }) => s.workerId === cast.workers.marek.id)).toMatchObject({ status: 'CURRENT', channel: 'PROXY' });

    const replay = await api.gql(REPLAY, { chainId: chain.chainId, asOf: new Date().toISOString() }, cast.principal.token);
    expect(replay.errors).toBeUndefined();
    expect(replay.data!.chainAsOf.instructions[0].acknowledgements).toEqual([
      // entry follows the channel: a link is the worker's own act, a manager's entry is on its behalf
      { workerId: cast.workers.tomasz.id, language: 'pl', channel: 'LINK', entry: 'OWN', understood: true },
      { workerId: cast.workers.marek.id, language: 'pl', channel: 'PROXY', entry: 'ON_BEHALF', understood: true },
    ]);
    const knew = await api.gql(
      `query K($chainId: ID!, $instructionId: ID) { whoKnew(chainId: $chainId, instructionId: $instructionId) { knowers { workerId ways { how channel } } } }`,
      { chainId: chain.chainId, instructionId },
      cast.principal.token,
    );
    expect(knew.errors).toBeUndefined();
    const waysOf = (workerId: string) => knew.data!.whoKnew.knowers.find((k: { workerId: string | null }) => k.workerId === workerId)?.ways;
    expect(waysOf(cast.workers.tomasz.id)).toEqual([{ how: 'ACKNOWLEDGED', channel: 'LINK' }]);
    expect(waysOf(cast.workers.marek.id)).toEqual([{ how: 'ACKNOWLEDGED', channel: 'PROXY' }]);
    const timeline = await api.gql(`query T($chainId: ID!) { timeline(chainId: $chainId, clock: RECORDED) { entries { summary } } }`, { chainId: chain.chainId }, cast.principal.token);
    const summaries = (timeline.data!.timeline.entries as { summary: string }[]).map((e) => e.summary).filter((t) => t.includes('acknowledged'));
    expect(summaries).toEqual([
      // people read names: the worker by name, never by id
      "Flex Uitzendbureau (worker Tomasz Zielinski) acknowledged instruction v2 in pl (LINK: the worker's own act, by personal link)",
      "Flex Uitzendbureau (worker Marek Kowalski) acknowledged instruction v2 in pl (PROXY: entered by a manager on the worker's behalf (the employer's statement))",
    ]);
    const report = await http().get(`/reports/chains/${chain.chainId}/replay.html`).set('authorization', `Bearer ${cast.principal.token}`);
    expect(report.status).toBe(200);
    // the report names the workers (the GraphQL timeline keeps their ids)
    expect(report.text).toContain(`(worker Tomasz Zielinski) acknowledged instruction v2 in pl (LINK: the worker&#39;s own act, by personal link)`);
    expect(report.text).toContain(`(worker Marek Kowalski) acknowledged instruction v2 in pl (PROXY: entered by a manager on the worker&#39;s behalf (the employer&#39;s statement))<span class="flag proxy">proxy entry</span>`);
    expect(report.text).not.toContain(cast.workers.tomasz.id);
  });

  it('a revoked link and an expired link are refused with a clear page, nothing written', async () => {
    const fresh = await api.gql(
      CREATE,
      { input: { chainId: chain.chainId, instructionId, version: 2, workerIds: [cast.workers.sanne.id] } },
      cast.steel.token,
    );
    expect(fresh.errors).toBeUndefined();
    const [sanne] = fresh.data!.createAcknowledgementLinks.links as MadeLink[];
    expect((await http().get(path(sanne))).status).toBe(200);

    // fourteen days and a minute later the link has expired
    jest.useFakeTimers({
      advanceTimers: true,
      doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
    });
    jest.setSystemTime(Date.parse(sanne.expiresAt) + 60_000);
    const before = await api.eventCount();
    const expired = await http().get(path(sanne)).set('accept-language', 'ro');
    expect(expired.status).toBe(410);
    expect(expired.text).toContain('data-reason="LINK_EXPIRED"');
    expect(expired.text).toContain('Acest link a expirat');
    jest.useRealTimers();

    const revoked = await api.gql(REVOKE, { input: { chainId: chain.chainId, linkId: sanne.linkId } }, cast.steel.token);
    expect(revoked.errors).toBeUndefined();
    const again = await api.gql(REVOKE, { input: { chainId: chain.chainId, linkId: sanne.linkId } }, cast.steel.token);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ACK_LINK_ALREADY_REVOKED' });
    const others = await api.gql(REVOKE, { input: { chainId: chain.chainId, linkId: sanne.linkId } }, cast.main.token);
    expect(others.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'ACK_LINK_NOT_FOUND' });
    const afterRevoke = await api.eventCount();
    const page = await http().get(path(sanne)).set('accept-language', 'bg');
    expect(page.status).toBe(410);
    expect(page.text).toContain('data-reason="LINK_REVOKED"');
    expect(page.text).toContain('Тази връзка е оттеглена');
    const json = await http().post(path(sanne)).type('form').set('accept', 'application/json').send({ nonce: 'x', language: 'nl', confirm: 'yes' });
    expect(json.body).toEqual({ code: 'FORBIDDEN', reason: 'LINK_REVOKED', message: expect.any(String) });
    expect(afterRevoke).toBe(before + 1);
    expect(await api.eventCount()).toBe(afterRevoke);
  });

  it('link pages are rate-limited per link (and per address), with a clear code', async () => {
    let last = 0;
    for (let i = 0; i < 45 && last !== 429; i++) last = (await http().get(path(marek))).status;
    expect(last).toBe(429);
    const json = await http().get(path(marek)).set('accept', 'application/json');
    expect(json.body).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'LINK_RATE_LIMITED' });
  });
});
