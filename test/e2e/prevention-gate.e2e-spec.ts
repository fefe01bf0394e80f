import { createTestDatabase, describePostgres, type TestDatabase } from '@schakel/testing';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import request from 'supertest';
import { buildStory1, instructionV1, instructionV2, ok, registerCast, send, type Cast, type ChainOfStory1 } from './chain-story';

// The gate, over GraphQL and the worker's phone: Jan (the zzp'er under gezag of DOMAIN.md story 2)
// acknowledged only v1 of "work at height" and gets NO-GO with NL-ARBO-8-INSTRUCTION and its basis;
// a manager's override of that NO-GO is recorded and shows in the replay, the timeline and the
// report; after Jan acknowledges v2 by his personal link, GO.

const CHECK = `query C($chainId: ID!, $p: ID!, $w: ID!, $topics: [String!]!, $language: String) {
  startCheck(chainId: $chainId, workerPartyId: $p, workerId: $w, topics: $topics, language: $language) {
    verdict linkId workerName topics language
    reasons { ruleId title partyIds dutyBearerNames explanation basis { article kind text } }
  }
}`;
const START = `mutation S($input: StartWorkInput!) { startWork(input: $input) { eventIds workStartId verdict reasons { ruleId title explanation dutyBearerNames } } }`;
const REPLAY = `query R($chainId: ID!, $asOf: DateTime!) { chainAsOf(chainId: $chainId, asOf: $asOf, clock: RECORDED) {
  startChecks(first: 10) { verdict override overrideReason ruleIds checkedByName workerPartyName passScanned }
  overrides: startChecks(overridesOnly: true) { overrideReason } } }`;
const TIMELINE = `query T($chainId: ID!) { timeline(chainId: $chainId, clock: RECORDED, filter: { types: ["WorkStartChecked"] }) { total entries { summary actorName } } }`;
const LINKS = `mutation L($input: CreateAcknowledgementLinksInput!) { createAcknowledgementLinks(input: $input) { links { token } } }`;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/;

function describeGate(start: () => Promise<ApiHarness>) {
  let api: ApiHarness;
  let cast: Cast;
  let chain: ChainOfStory1;
  let instructionId: string;
  const check = (token: string, who = cast.workers.jan, language?: string) =>
    api.gql(CHECK, { chainId: chain.chainId, p: who.partyId, w: who.id, topics: ['WORK_AT_HEIGHT'], language }, token);
  const startJan = (gate: Record<string, unknown> | null) =>
    api.gql(START, { input: { chainId: chain.chainId, linkId: chain.links.jan, workerPartyId: cast.jan.id, workerId: cast.workers.jan.id, topics: ['WORK_AT_HEIGHT'], gate } }, cast.steel.token);

  beforeAll(async () => {
    api = await start();
    cast = await registerCast(api);
    chain = await buildStory1(api, cast);
    const { chainId, links } = chain;
    instructionId = (await ok(api, 'issueSafetyInstruction', { chainId, ...instructionV1 }, cast.main.token)).instructionId as string;
    await ok(api, 'passDownInstruction', { chainId, instructionId, linkId: links.steel }, cast.main.token);
    await ok(api, 'passDownInstruction', { chainId, instructionId, linkId: links.jan }, cast.steel.token);
    await ok(api, 'acknowledgeInstruction', { chainId, instructionId, version: 1, language: 'nl' }, cast.workers.jan.token);
    await ok(api, 'issueSafetyInstruction', { chainId, supersedesInstructionId: instructionId, ...instructionV2 }, cast.main.token);
    await ok(api, 'passDownInstruction', { chainId, instructionId, linkId: links.steel }, cast.main.token);
    await ok(api, 'passDownInstruction', { chainId, instructionId, linkId: links.jan }, cast.steel.token);
  }, 60_000);
  afterAll(() => api?.close());

  it('Jan, who acknowledged only v1, gets NO-GO: NL-ARBO-8-INSTRUCTION, its basis, and the Arbo employer by name', async () => {
    const res = await check(cast.steel.token);
    expect(res.errors).toBeUndefined();
    const answer = res.data!.startCheck;
    expect(answer).toMatchObject({ verdict: 'NO_GO', linkId: chain.links.jan, workerName: 'Jan de Vries', topics: ['WORK_AT_HEIGHT'], language: 'nl' });
    expect(answer.reasons).toHaveLength(1);
    expect(answer.reasons[0]).toMatchObject({
      ruleId: 'NL-ARBO-8-INSTRUCTION',
      partyIds: [cast.steel.id],
      dutyBearerNames: ['Staalbouw Noord'],
      basis: { article: 'Arbowet 8; 1(1)(a)(2°), 1(2)(a)(1°)', kind: 'LAW' },
    });
    // Dutch by default: the rule's title, its basis in words and the duty bearer, times on Dutch time
    expect(answer.reasons[0].title).toBe('Werknemer begon voordat de instructie van de Arbo-werkgever was bevestigd');
    expect(answer.reasons[0].basis.text).toContain('De Arbo-werkgever informeert en onderricht zijn werknemers');
    expect(answer.reasons[0].explanation).toMatch(/^Jan de Vries begon op \d{1,2} \w+ \d{4} om \d{2}:\d{2} aan het werk zonder ".+" versie 2 te hebben bevestigd; Staalbouw Noord is de Arbo-werkgever \(alleen versie 1 was bevestigd\)\.$/);
    expect(answer.reasons[0].explanation).not.toMatch(UUID);
    expect(answer.reasons[0].explanation).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    // the principal above sees the same answer; the worker himself may ask about himself
    expect((await check(cast.principal.token)).data!.startCheck.verdict).toBe('NO_GO');
    expect((await check(cast.workers.jan.token)).data!.startCheck.verdict).toBe('NO_GO');
  });

  it('gives the reasons in English when asked, or when the member reads English; an unsupported language is refused', async () => {
    const english = (await check(cast.steel.token, cast.workers.jan, 'EN')).data!.startCheck;
    expect(english.language).toBe('en');
    expect(english.reasons[0]).toMatchObject({ title: "Worker started before the Arbo employer's instruction was acknowledged", dutyBearerNames: ['Staalbouw Noord'] });
    expect(english.reasons[0].basis.text).toContain('The Arbo employer informs and instructs its werknemers');
    expect(english.reasons[0].explanation).toMatch(/^Jan de Vries started work at \d{1,2} \w+ \d{4}(,| at) \d{2}:\d{2} without acknowledging ".+" version 2; Staalbouw Noord is the Arbo employer \(only version 1 was acknowledged\)\.$/);

    // a member of Staalbouw Noord whose language is English gets English without asking
    const invited = await ok(api, 'inviteMember', { partyId: cast.steel.id, email: 'site.lead@staalbouw.example', name: 'Sam Lead', role: 'MANAGER', language: 'en' }, cast.steel.token);
    const sam = api.token({ user: invited.userId as string, party: cast.steel.id, role: 'MANAGER' });
    expect((await check(sam)).data!.startCheck.language).toBe('en');
    expect((await check(sam, cast.workers.jan, 'nl')).data!.startCheck.language).toBe('nl');

    const refused = await check(cast.steel.token, cast.workers.jan, 'tlh');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LANGUAGE_NOT_SUPPORTED' });
  });

  it('a worker the caller may not see is refused like any read', async () => {
    const agency = await check(cast.agency.token);
    expect(agency.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'WORKER_NOT_VISIBLE' });
    const outsider = await check(cast.outsider.token);
    expect(outsider.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CHAIN_NOT_VISIBLE' });
    const otherWorker = await check(cast.workers.marek.token, cast.workers.jan);
    expect(otherWorker.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'WORKER_NOT_VISIBLE' });
  });

  it('starting despite NO-GO without a reason is refused and writes nothing; with a reason it is an override in the replay, the timeline and the report', async () => {
    const before = await api.eventCount();
    for (const gate of [{ passScanned: true }, { passScanned: true, overrideReason: '   ' }]) {
      const refused = await startJan(gate);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'START_OVERRIDE_REASON_REQUIRED' });
      expect(refused.errors?.[0].message).toContain('needs a reason');
    }
    expect(await api.eventCount()).toBe(before);

    const started = await startJan({ passScanned: true, overrideReason: 'Stormschade: dak moet vandaag dicht, mondeling geïnstrueerd' });
    expect(started.errors).toBeUndefined();
    expect(started.data!.startWork).toMatchObject({ verdict: 'NO_GO', reasons: [{ ruleId: 'NL-ARBO-8-INSTRUCTION', dutyBearerNames: ['Staalbouw Noord'] }] });
    expect(started.data!.startWork.reasons[0].explanation).toContain('alleen versie 1 was bevestigd');
    expect(started.data!.startWork.eventIds).toHaveLength(2);

    const replay = await api.gql(REPLAY, { chainId: chain.chainId, asOf: new Date().toISOString() }, cast.principal.token);
    expect(replay.errors).toBeUndefined();
    expect(replay.data!.chainAsOf.startChecks).toEqual([
      {
        verdict: 'NO_GO',
        override: true,
        overrideReason: 'Stormschade: dak moet vandaag dicht, mondeling geïnstrueerd',
        ruleIds: ['NL-ARBO-8-INSTRUCTION'],
        checkedByName: 'Staalbouw Noord',
        workerPartyName: 'Jan de Vries',
        passScanned: true,
      },
    ]);
    expect(replay.data!.chainAsOf.overrides).toHaveLength(1);

    const timeline = await api.gql(TIMELINE, { chainId: chain.chainId }, cast.principal.token);
    expect(timeline.data!.timeline.total).toBe(1);
    const [entry] = timeline.data!.timeline.entries;
    expect(entry.summary).toBe('OVERRIDE: Staalbouw Noord let Jan de Vries of Jan de Vries start despite NO-GO (NL-ARBO-8-INSTRUCTION): Stormschade: dak moet vandaag dicht, mondeling geïnstrueerd');

    const report = await request(api.app.getHttpServer()).get(`/reports/chains/${chain.chainId}/replay.html`).set('authorization', `Bearer ${cast.principal.token}`);
    expect(report.status).toBe(200);
    expect(report.text).toContain('Starts despite NO-GO (overrides)');
    expect(report.text).toContain('Stormschade: dak moet vandaag dicht');
  });

  it('after Jan acknowledges v2 on his phone by his personal link, GO; a GO start through the gate takes no override', async () => {
    const made = await api.gql(LINKS, { input: { chainId: chain.chainId, instructionId, version: 2, workerPartyId: cast.jan.id, workerIds: [cast.workers.jan.id] } }, cast.steel.token);
    expect(made.errors).toBeUndefined();
    const path = `/w/${made.data!.createAcknowledgementLinks.links[0].token}`;
    const http = () => request(api.app.getHttpServer());
    const page = await http().get(path);
    const nonce = /name="nonce" value="([^"]+)"/.exec(page.text)?.[1];
    expect((await http().post(path).type('form').send({ nonce, language: 'nl', confirm: 'yes' })).status).toBe(201);

    const res = await check(cast.steel.token);
    expect(res.data!.startCheck).toMatchObject({ verdict: 'GO', reasons: [] });
    const refused = await startJan({ passScanned: true, overrideReason: 'no reason needed' });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'START_OVERRIDE_NOT_NEEDED' });
    const started = await startJan({ passScanned: true });
    expect(started.errors).toBeUndefined();
    expect(started.data!.startWork.verdict).toBe('GO');
    const timeline = await api.gql(TIMELINE, { chainId: chain.chainId }, cast.principal.token);
    expect(timeline.data!.timeline.entries.map((e: { summary: string }) => e.summary)).toContain('Start check at the gate for Jan de Vries of Jan de Vries: GO (pass scanned)');
  });

  it('a start without the gate is recorded as before, with no check', async () => {
    const res = await send(api, 'startWork', { chainId: chain.chainId, linkId: chain.links.jan, workerPartyId: cast.jan.id, workerId: cast.workers.jan.id, topics: ['WELDING'] }, cast.steel.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.startWork.eventIds).toHaveLength(1);
  });
}

describe('the gate: start check and override (SQLite)', () => {
  describeGate(() => startApi());
});

describePostgres('the gate: start check and override (PostgreSQL)', () => {
  let database: TestDatabase;
  describeGate(async () => {
    database = await createTestDatabase('schakel_gate');
    return startApi({ SCHAKEL_STORE: 'postgres', DATABASE_URL: database.url });
  });
  afterAll(async () => {
    await database?.drop();
  });
});
