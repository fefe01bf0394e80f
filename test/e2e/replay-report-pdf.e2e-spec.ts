import request from 'supertest';
import type { Response } from 'superagent';
import { accessStreamId } from '@schakel/domain';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { pdfText, pdfTextPlacements } from '../support/pdf-text';
import { daysAgo, ok, registerCast, type Cast } from './chain-story';

// The replay report as a PDF, downloaded by an inspector under a grant: the same content as the
// HTML page (names, Amsterdam times, flags, who knew, the evidence anchors), read back from the
// PDF's own text operators; refused, like the page, to anyone the grant does not cover.

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const amsterdam = (iso: string) => {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' })
      .formatToParts(new Date(iso))
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} ${p.timeZoneName}`;
};
const DAY = 86400_000;
// The story is recorded as it happened, over days: the server's clock (Date only; timers stay real)
// moves from day 0 to day 10, which is about now, where the inspector asks.
const BASE = Date.now() - 10 * DAY;
const at = (day: number) => new Date(BASE + day * DAY).toISOString();
const clockTo = (day: number) => jest.setSystemTime(BASE + day * DAY);
const binary = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('the replay report as a PDF', () => {
  let api: ApiHarness;
  let cast: Cast;
  let chainId: string;
  let fallId: string;
  let fallAt: string;
  let inspector: string;
  let nla: string;
  let pages: string[][];
  let body: Buffer;
  let text: string;

  const pdf = (token: string | null, query: Record<string, string> = { incidentId: fallId }) => {
    const req = request(api.app.getHttpServer()).get(`/reports/chains/${chainId}/replay.pdf`).query(query).buffer(true).parse(binary);
    return token ? req.set('authorization', `Bearer ${token}`) : req;
  };

  beforeAll(async () => {
    jest.useFakeTimers({
      advanceTimers: true,
      doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
    });
    clockTo(0);
    api = await startApi();
    cast = await registerCast(api);
    // tokens live 12 hours: mint one at each step
    const as = (member: { id: string }) => api.token({ party: member.id, role: 'MANAGER' });
    const worker = async (name: string, languages: string[]) => (await ok(api, 'registerWorker', { partyId: cast.agency.id, name, languages, relation: 'LENT_WORKER' }, cast.agency.token)).workerId as string;
    const pawel = await worker('Paweł Wiśniewski', ['pl']);
    const stefan = await worker('Ștefan Răducanu', ['ro', 'nl']);
    const georgi = await worker('Георги Иванов', ['bg']);
    chainId = (await ok(api, 'openChain', { name: 'Renovatie Hoogstraat 12-40', principalPartyId: cast.principal.id }, as(cast.principal))).chainId as string;
    const engage = async (by: { id: string }, to: { id: string }, kind: string, scope: string) =>
      (await ok(api, 'engageParty', { chainId, partyId: to.id, kind, scope, underAuthority: false, startDate: at(0).slice(0, 10) }, as(by))).linkId as string;
    await engage(cast.principal, cast.main, 'SUBCONTRACT', 'Hoofdaanneming');
    const steelLink = await engage(cast.main, cast.steel, 'SUBCONTRACT', 'Staalconstructie galerijen');
    const agencyLink = await engage(cast.steel, cast.agency, 'LENDING', 'Drie monteurs');
    const instruction = {
      content: [
        { language: 'nl', title: 'Werken op hoogte', body: 'Boven 2,5 m altijd aanlijnen.' },
        { language: 'pl', title: 'Praca na wysokości', body: 'Powyżej 2,5 m zawsze się przypinaj.' },
      ],
      topics: ['WORK_AT_HEIGHT'],
    };
    clockTo(1);
    const instructionId = (await ok(api, 'issueSafetyInstruction', { chainId, ...instruction }, as(cast.main))).instructionId as string;
    await ok(api, 'passDownInstruction', { chainId, instructionId, linkId: steelLink }, as(cast.main));
    await ok(api, 'passDownInstruction', { chainId, instructionId, linkId: agencyLink }, as(cast.steel));
    // the agency's manager enters Paweł's acknowledgement (a proxy entry), on time
    clockTo(2);
    await ok(api, 'acknowledgeInstruction', { chainId, instructionId, version: 1, language: 'pl', workerId: pawel }, as(cast.agency));
    // enough near misses elsewhere for the timeline to run onto more pages
    clockTo(3);
    for (let i = 0; i < 25; i++) {
      await ok(api, 'reportIncident', { chainId, kind: 'NEAR_MISS', happenedAt: at(3), location: `Kraanbaan ${i}`, description: `Losse kabel ${i}`, topics: ['LIFTING'] }, as(cast.steel));
    }
    clockTo(6);
    fallAt = at(5.9);
    fallId = (
      await ok(
        api,
        'reportIncident',
        {
          chainId,
          kind: 'ACCIDENT',
          happenedAt: fallAt,
          location: 'steiger blok B',
          description: 'Val van steiger',
          topics: ['WORK_AT_HEIGHT'],
          victim: { partyId: cast.agency.id, workerId: georgi, linkId: agencyLink },
          severity: 'HOSPITAL_ADMISSION',
        },
        as(cast.steel),
      )
    ).incidentId as string;
    await ok(api, 'notifyIncident', { chainId, incidentId: fallId, recipientPartyId: cast.agency.id, channel: 'PHONE' }, as(cast.steel));
    // Ștefan's acknowledgement, dated the day before the fall, entered the day after it: late, after the accident, and by proxy
    clockTo(7);
    await ok(api, 'acknowledgeInstruction', { chainId, instructionId, version: 1, language: 'nl', workerId: stefan, occurredAt: at(5) }, as(cast.agency));
    clockTo(10);
    const admin = api.token({ user: 'admin' });
    nla = (await ok(api, 'registerParty', { kind: 'ORGANISATION', name: 'Nederlandse Arbeidsinspectie', kvkNumber: null }, admin)).partyId as string;
    await ok(api, 'grantInspectorAccess', { chainId, inspectorPartyId: nla, validFrom: daysAgo(1), validUntil: daysAgo(-30) }, as(cast.principal));
    inspector = api.token({ party: nla, role: 'INSPECTOR', user: 'inspecteur-de-boer' });
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    jest.useRealTimers();
  });

  it('an inspector under a grant downloads it as a PDF attachment, and the read is recorded as hers', async () => {
    const res = await pdf(inspector);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="replay-${chainId}-\\d{4}-\\d{2}-\\d{2}\\.pdf"$`));
    body = res.body as Buffer;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    pages = await pdfText(body);
    text = pages.map((lines) => lines.join('\n')).join('\n');
    const read = (await api.store.readStream(accessStreamId(chainId))).at(-1)!;
    expect([read.type, read.data]).toEqual(['InspectorReadRecorded', expect.objectContaining({ inspectorPartyId: nla, query: 'replayReportPdf', subject: fallId })]);
  });

  it('names people and firms, never their ids: the only UUID is the chain id the evidence steps need', () => {
    for (const name of ['Woonstichting De Linie', 'Bouwbedrijf Van Dijk', 'Staalbouw Noord', 'Flex Uitzendbureau']) expect(text).toContain(name);
    expect(new Set(text.match(UUID))).toEqual(new Set([chainId]));
  });

  it('spells Polish, Romanian and Bulgarian names in Latin letters the standard font has, marked and explained', () => {
    expect(text).toContain('Pawel Wisniewski†');
    expect(text).toContain('Stefan Raducanu†');
    expect(text).toContain('Georgi Ivanov†');
    expect(text).toMatch(/† Spelled in Latin letters/);
    expect(text).not.toContain('?');
  });

  it('shows times in Amsterdam time with the zone, the flags, and who knew of the accident', () => {
    expect(text).toContain('Europe/Amsterdam');
    expect(text).toContain(`Val van steiger — steiger blok B, ${amsterdam(fallAt)}`);
    for (const flag of ['[late entry]', '[recorded after the accident]', '[proxy entry]']) expect(text).toContain(flag);
    // UTC instants only in the evidence steps, where they are arguments to type in
    expect(text.slice(0, text.indexOf('Evidence: check this report without us'))).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    const knew = text.slice(text.indexOf('Who knew of the accident'), text.indexOf('Recorded only after the accident'));
    expect(knew).toMatch(/Staalbouw Noord\nRECORDED_IT/);
    expect(knew).toMatch(/Flex Uitzendbureau\nNOTIFIED/);
    const after = text.slice(text.indexOf('Recorded only after the accident'), text.indexOf('Timeline (recorded order)'));
    expect(after).toContain('Stefan Raducanu');
  });

  it('runs onto several pages: each has the header with both clocks, the page number and the log checkpoint, and a table continued keeps its column titles', () => {
    expect(pages.length).toBeGreaterThan(1);
    const timelinePages = pages.filter((lines) => lines.some((l) => /^Losse kabel/.test(l) || /reported a near miss/.test(l)));
    expect(timelinePages.length).toBeGreaterThan(1);
    const treeSize = /Log checkpoint: (\d+) events, Merkle root ([0-9a-f]{16})…, key (ed25519:[0-9a-f]{16})/.exec(text)!;
    expect(treeSize).not.toBeNull();
    pages.forEach((lines, i) => {
      expect(lines).toContain('Replay of chain “Renovatie Hoogstraat 12-40”');
      expect(lines.join(' ')).toMatch(/As it stood at .+ \(valid time\) · as recorded up to .+ \(recorded time\) · all times Europe\/Amsterdam/);
      expect(lines).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(lines.join(' ')).toContain(treeSize[0]);
    });
    for (const lines of timelinePages) {
      const at = lines.indexOf('occurred');
      expect(lines.slice(at - 1, at + 4)).toEqual(['#', 'occurred', 'recorded', 'by', 'entry']);
    }
  });

  it('keeps every line inside the page margins (A4, 40 pt): long texts and hashes are wrapped, not cut off', async () => {
    const measure = await PDFDocument.create();
    const fonts = {
      Helvetica: await measure.embedFont(StandardFonts.Helvetica),
      'Helvetica-Bold': await measure.embedFont(StandardFonts.HelveticaBold),
      Courier: await measure.embedFont(StandardFonts.Courier),
    };
    const placements = await pdfTextPlacements(body);
    expect(placements.flat().length).toBeGreaterThan(200);
    for (const placed of placements.flat()) {
      const width = fonts[placed.font as keyof typeof fonts].widthOfTextAtSize(placed.text, placed.size);
      expect({ ...placed, left: placed.x >= 40 - 0.01, right: placed.x + width <= 595.28 - 40 + 0.01, inPage: placed.y >= 30 && placed.y <= 841.89 - 40 }).toMatchObject({ left: true, right: true, inPage: true });
    }
  });

  it('carries the evidence anchors: the same tree size and Merkle root as the bundle exported at the same moment', async () => {
    const upTo = /as it stood at .+ \((\d{4}-\d{2}-\d{2}T[\d:.]+Z) UTC\)/.exec(text.replace(/\n/g, ' '))![1];
    const bundle = await api.gql(
      'query($c: ID!, $u: DateTime) { exportEvidenceBundle(chainId: $c, upTo: $u) { treeSize rootHash keyFingerprint } }',
      { c: chainId, u: upTo },
      inspector,
    );
    expect(bundle.errors).toBeUndefined();
    const { treeSize, rootHash, keyFingerprint } = bundle.data!.exportEvidenceBundle;
    const flat = text.replace(/\n/g, '');
    expect(flat).toContain(rootHash);
    expect(text).toContain(`Log checkpoint: ${treeSize} events, Merkle root ${rootHash.slice(0, 16)}…, key ${keyFingerprint}`);
    expect(text.replace(/\n/g, ' ')).toContain(`schakel verify-bundle bundle.json --public-key key.pem. It must say ok, with a checkpoint of size ${treeSize}`);
  });

  it('the HTML page is the same report: the same sections, the original spelling, and a Download PDF link', async () => {
    const html = await request(api.app.getHttpServer()).get(`/reports/chains/${chainId}/replay.html`).query({ incidentId: fallId }).set('authorization', `Bearer ${inspector}`);
    expect(html.status).toBe(200);
    expect(html.text).toContain(`<a href="replay.pdf?incidentId=${fallId}">Download PDF</a>`);
    const htmlSections = [...html.text.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
    const pdfSections = htmlSections.filter((title) => text.includes(title.replace(/&#39;/g, "'")));
    expect(htmlSections.length).toBeGreaterThan(6);
    expect(pdfSections).toEqual(htmlSections);
    expect(html.text).toContain('Paweł Wiśniewski');
    expect(html.text).toContain('Георги Иванов');
    expect(html.text).toContain('proxy entry');
  });

  it('is refused, like the page, without a token, to a party the chain did not grant, and under an expired grant; nothing is written', async () => {
    const before = await api.eventCount();
    const json = (res: { body: Buffer }) => JSON.parse(res.body.toString());
    const anonymous = await pdf(null);
    expect([anonymous.status, json(anonymous).reason]).toEqual([401, 'AUTH_TOKEN_MISSING']);
    const szw = (await ok(api, 'registerParty', { kind: 'ORGANISATION', name: 'Inspectie SZW', kvkNumber: null }, api.token({ user: 'admin' }))).partyId as string;
    const outsider = api.token({ party: szw, role: 'INSPECTOR', user: 'iemand' });
    const notGranted = await pdf(outsider);
    expect([notGranted.status, json(notGranted).code]).toEqual([403, 'INSPECTOR_ACCESS_NOT_GRANTED']);
    const stranger = await pdf(api.token({ party: cast.outsider.id, role: 'MANAGER' }));
    expect(stranger.status).toBe(403);
    expect(await api.eventCount()).toBe(before + 1); // the party registered above
    await ok(api, 'grantInspectorAccess', { chainId, inspectorPartyId: szw, validFrom: daysAgo(7), validUntil: daysAgo(1) }, api.token({ party: cast.principal.id, role: 'MANAGER' }));
    const afterGrant = await api.eventCount();
    const expired = await pdf(outsider);
    expect([expired.status, json(expired).code]).toEqual([403, 'INSPECTOR_ACCESS_EXPIRED']);
    const badAsOf = await pdf(inspector, { asOf: 'gisteren' });
    expect([badAsOf.status, json(badAsOf).reason]).toEqual([400, 'INPUT_INSTANT_INVALID']);
    expect(await api.eventCount()).toBe(afterGrant);
  });
});
