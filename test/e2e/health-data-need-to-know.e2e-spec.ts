import request from 'supertest';
import type { Response } from 'superagent';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import { pdfText } from '../support/pdf-text';
import { buildStory1, daysAgo, ok, registerCast, type Cast } from './chain-story';

// Need to know for health data on every read of an injury: the chain's incidents, the replay
// (chainAsOf, accidentReplay), the timeline, who-knew and the HTML/PDF report. Tomasz, lent by the
// agency to steel, falls; steel holds gezag, reports it, reclassifies it and corrects its
// description. The principal sees that a reportable accident happened and its severity class; an
// inspector under a grant reads all; steel and the agency read the injury; Tomasz reads his own,
// his colleague Marek does not.

const INJURY = 'Polsfractuur rechts na val van steiger';
const CORRECTED = 'Polsfractuur rechts en hersenschudding';
const RECLASSIFIED = 'Hersenschudding vastgesteld in ziekenhuis';
const HEALTH = [INJURY, CORRECTED, RECLASSIFIED, 'Polsfractuur', 'hersenschudding'];
const WITHHELD = 'withheld: health data, for the victim and their Arbo employer only';

const binary = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('need to know for health data: the replay, the timeline, who-knew and the report', () => {
  let api: ApiHarness;
  let cast: Cast;
  let chainId: string;
  let fallId: string;
  let inspector: string;

  const gql = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await api.gql(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const replayReads = (token: string) =>
    Promise.all([
      gql('query Q($c: ID!, $at: DateTime!) { chainAsOf(chainId: $c, asOf: $at, clock: RECORDED) { incidents { id description severity location } } }', { c: chainId, at: new Date().toISOString() }, token),
      gql('query Q($c: ID!, $i: ID!) { accidentReplay(chainId: $c, incidentId: $i) { incident { description severity } recordedAfterAccident { summary } } }', { c: chainId, i: fallId }, token),
      gql('query Q($c: ID!) { timeline(chainId: $c, clock: RECORDED) { entries { type summary } } }', { c: chainId }, token),
      gql('query Q($c: ID!, $i: ID!) { whoKnew(chainId: $c, incidentId: $i) { incidentIds knowers { partyName how } } }', { c: chainId, i: fallId }, token),
    ]);
  const report = async (token: string, kind: 'html' | 'pdf'): Promise<string> => {
    const req = request(api.app.getHttpServer()).get(`/reports/chains/${chainId}/replay.${kind}`).query({ incidentId: fallId }).set('authorization', `Bearer ${token}`);
    if (kind === 'html') {
      const res = await req;
      expect(res.status).toBe(200);
      return res.text;
    }
    const res = await req.buffer(true).parse(binary);
    expect(res.status).toBe(200);
    return (await pdfText(res.body as Buffer)).flat().join(' ');
  };
  const chainIncidents = (token: string) =>
    gql(
      'query Q($c: ID!) { chain(id: $c) { incidents { id description severity reclassifications { reason severity } corrections { changes previousValues } } corrections { targetEventId changes previousValues } } }',
      { c: chainId },
      token,
    );

  beforeAll(async () => {
    api = await startApi();
    cast = await registerCast(api);
    const story = await buildStory1(api, cast);
    chainId = story.chainId;
    const reported = await ok(
      api,
      'reportIncident',
      {
        chainId,
        kind: 'ACCIDENT',
        happenedAt: daysAgo(2),
        location: 'Galerij 3',
        description: INJURY,
        topics: ['WORK_AT_HEIGHT'],
        victim: { partyId: cast.agency.id, workerId: cast.workers.tomasz.id, linkId: story.links.agency },
        severity: 'HOSPITAL_ADMISSION',
        absenceDays: 0,
      },
      cast.steel.token,
    );
    fallId = reported.incidentId as string;
    await ok(api, 'notifyIncident', { chainId, incidentId: fallId, authority: 'NLA', channel: 'PHONE' }, cast.steel.token);
    await ok(api, 'reclassifyIncident', { chainId, incidentId: fallId, severity: 'PERMANENT_INJURY', absenceDays: 30, becameKnownAt: daysAgo(1), reason: RECLASSIFIED }, cast.steel.token);
    await ok(api, 'correctEntry', { chainId, targetEventId: reported.eventIds[0], reason: 'Aangevuld na ziekenhuisbezoek', changes: { description: CORRECTED } }, cast.steel.token);
    const nla = (await ok(api, 'registerParty', { kind: 'ORGANISATION', name: 'Nederlandse Arbeidsinspectie' }, cast.admin)).partyId as string;
    await ok(api, 'grantInspectorAccess', { chainId, inspectorPartyId: nla, validFrom: daysAgo(1), validUntil: daysAgo(-30) }, cast.principal.token);
    inspector = api.token({ party: nla, role: 'INSPECTOR', user: 'inspecteur' });
  }, 120_000);
  afterAll(() => api?.close());

  it('the principal replays the chain: the accident, its severity class and where, never the nature of the injury', async () => {
    const [asOf, accident, timeline, whoKnew] = await replayReads(cast.principal.token);
    expect(asOf.chainAsOf.incidents).toEqual([{ id: fallId, description: WITHHELD, severity: 'PERMANENT_INJURY', location: 'Galerij 3' }]);
    expect(accident.accidentReplay.incident).toEqual({ description: WITHHELD, severity: 'PERMANENT_INJURY' });
    const lines = timeline.timeline.entries.map((e: { summary: string }) => e.summary).join('\n');
    expect(lines).toContain(`an accident at Galerij 3`);
    expect(lines).toContain(`HOSPITAL_ADMISSION → PERMANENT_INJURY (${WITHHELD})`);
    expect(whoKnew.whoKnew.incidentIds).toEqual([fallId]);
    const everything = JSON.stringify([asOf, accident, timeline, whoKnew]);
    for (const text of HEALTH) expect(everything).not.toContain(text);
  });

  it('the principal\'s HTML and PDF report say the accident happened, withheld, and hold no word of the injury', async () => {
    for (const kind of ['html', 'pdf'] as const) {
      const text = await report(cast.principal.token, kind);
      expect(text).toContain('withheld: health data');
      expect(text).toContain('PERMANENT_INJURY');
      for (const health of HEALTH) expect(text).not.toContain(health);
    }
  });

  it('an inspector under a grant reads the injury in the replay, the timeline and the report', async () => {
    const [asOf, accident, timeline] = await replayReads(inspector);
    expect(asOf.chainAsOf.incidents[0].description).toBe(CORRECTED);
    expect(accident.accidentReplay.incident.description).toBe(CORRECTED);
    const lines = JSON.stringify(timeline);
    for (const text of [INJURY, RECLASSIFIED]) expect(lines).toContain(text);
    expect(lines).not.toContain(WITHHELD);
    const html = await report(inspector, 'html');
    expect(html).toContain(CORRECTED);
    expect(html).not.toContain('withheld: health data');
    expect(await report(inspector, 'pdf')).toContain('Polsfractuur');
  });

  it("in the chain's own reads, steel (gezag), the agency (his employer) and Tomasz read the injury, its reclassification and correction", async () => {
    for (const token of [cast.steel.token, cast.agency.token, cast.workers.tomasz.token]) {
      const { chain } = await chainIncidents(token);
      const fall = chain.incidents.find((i: { id: string }) => i.id === fallId);
      expect(fall.description).toBe(CORRECTED);
      expect(fall.reclassifications.map((r: { reason: string }) => r.reason)).toEqual([RECLASSIFIED]);
      expect(JSON.parse(fall.corrections[0].changes)).toEqual({ description: CORRECTED });
    }
  });

  it("the principal and Tomasz's colleague Marek see no word of it: not in the description, the reclassification's reason or a correction", async () => {
    for (const token of [cast.principal.token, cast.workers.marek.token]) {
      const { chain } = await chainIncidents(token);
      for (const text of HEALTH) expect(JSON.stringify(chain)).not.toContain(text);
      const fall = chain.incidents.find((i: { id: string }) => i.id === fallId);
      if (fall) {
        expect(fall).toMatchObject({ description: WITHHELD, severity: 'PERMANENT_INJURY', reclassifications: [{ reason: WITHHELD, severity: 'PERMANENT_INJURY' }] });
        expect(JSON.parse(fall.corrections[0].changes)).toEqual({ description: WITHHELD });
      }
    }
  });

  it('a WORKER and a manager below the principal may not replay the chain at all', async () => {
    for (const token of [cast.workers.tomasz.token, cast.steel.token]) {
      const res = await api.gql('query Q($c: ID!) { timeline(chainId: $c, clock: RECORDED) { total } }', { c: chainId }, token);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});
