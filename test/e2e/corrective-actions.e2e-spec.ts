import { createTestDatabase, describePostgres, type TestDatabase } from '@schakel/testing';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import request from 'supertest';
import { buildStory1, daysAgo, ok, registerCast, send, type Cast, type ChainOfStory1 } from './chain-story';

// Follow-up over GraphQL: a finding gets an action for its duty bearer; the assignee comments and
// completes it with evidence, the assigner verifies; an unanswered action becomes a finding of its
// own (CHAIN-ACTION-OVERDUE) on a clock set by the test; who-knew shows who was asked to fix what.

const FINDINGS = `query F($chainId: ID!, $asOf: DateTime) { findings(chainId: $chainId, asOf: $asOf) { ruleId partyIds arisenAt resolvedAt explanation basis { kind } } }`;
const ACTIONS = `query A($chainId: ID!) { correctiveActions(chainId: $chainId, first: 10) {
  id description status overdue assigneeName assignedByName completionNote evidence { name sha256 } reopenedReason
  subject { kind ruleId incidentId } comments(first: 10) { byName text } } }`;
const WHO_KNEW = `query W($chainId: ID!, $i: ID!) { whoKnew(chainId: $chainId, incidentId: $i) { knowers { partyName how ways { how action } } } }`;
const HASH = 'e'.repeat(64);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/;
type Row = { ruleId: string; partyIds: string[]; arisenAt: string; resolvedAt: string | null; explanation: string; basis: { kind: string } };

function describeActions(start: () => Promise<ApiHarness>) {
  let api: ApiHarness;
  let cast: Cast;
  let chain: ChainOfStory1;
  let rie: Row;
  let actionId: string;
  const findings = async (asOf?: string): Promise<Row[]> => {
    const res = await api.gql(FINDINGS, { chainId: chain.chainId, asOf }, cast.principal.token);
    expect(res.errors).toBeUndefined();
    return res.data!.findings as Row[];
  };
  const actions = async (token: string) => {
    const res = await api.gql(ACTIONS, { chainId: chain.chainId }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.correctiveActions as any[];
  };
  const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

  beforeAll(async () => {
    api = await start();
    cast = await registerCast(api);
    chain = await buildStory1(api, cast);
    // Tomasz, lent by the agency, starts before the hirer delivered its RI&E extract: NL-ARBO-5-RIE against the hirer
    await ok(api, 'startWork', { chainId: chain.chainId, linkId: chain.links.agency, workerPartyId: cast.agency.id, workerId: cast.workers.tomasz.id, topics: ['WORK_AT_HEIGHT'] }, cast.steel.token);
    rie = (await findings(inHours(0.01))).find((f) => f.ruleId === 'NL-ARBO-5-RIE')!;
    expect(rie.partyIds).toEqual([cast.steel.id]);
  }, 60_000);
  afterAll(() => api?.close());

  it('a finding gets an action for its duty bearer; the assignee comments, completes with evidence; the assigner verifies', async () => {
    const assigned = await ok(
      api,
      'assignCorrectiveAction',
      { chainId: chain.chainId, subjectKind: 'FINDING', finding: { ruleId: rie.ruleId, arisenAt: rie.arisenAt }, description: 'RI&E-uittreksel steigerbouw aan Flex leveren', dueAt: inHours(48) },
      cast.main.token,
    );
    actionId = assigned.actionId as string;
    const comment = '<script>alert(1)</script> Uittreksel ligt bij de KAM-coördinator';
    await ok(api, 'commentOnCorrectiveAction', { chainId: chain.chainId, actionId, text: comment }, cast.steel.token);
    await ok(api, 'commentOnCorrectiveAction', { chainId: chain.chainId, actionId, text: 'Graag vóór vrijdag' }, cast.main.token);
    await ok(api, 'completeCorrectiveAction', { chainId: chain.chainId, actionId, note: 'Uittreksel geleverd', evidence: [{ name: 'rie-uittreksel.pdf', sha256: HASH }] }, cast.steel.token);
    await ok(api, 'verifyCorrectiveAction', { chainId: chain.chainId, actionId }, cast.main.token);

    // the principal, above both, reads the thread; the agency below the assignee sees none of it
    const [action] = await actions(cast.principal.token);
    expect(action).toMatchObject({
      id: actionId,
      status: 'VERIFIED',
      overdue: false,
      assigneeName: 'Staalbouw Noord',
      assignedByName: 'Bouwbedrijf Van Dijk',
      completionNote: 'Uittreksel geleverd',
      evidence: [{ name: 'rie-uittreksel.pdf', sha256: HASH }],
      subject: { kind: 'FINDING', ruleId: 'NL-ARBO-5-RIE', incidentId: null },
      comments: [
        { byName: 'Staalbouw Noord', text: comment },
        { byName: 'Bouwbedrijf Van Dijk', text: 'Graag vóór vrijdag' },
      ],
    });
    expect(await actions(cast.agency.token)).toEqual([]);
    expect((await actions(cast.steel.token)).map((a) => a.id)).toEqual([actionId]);

    // only the parties involved write in the thread; the report shows it escaped
    const principalComment = await send(api, 'commentOnCorrectiveAction', { chainId: chain.chainId, actionId, text: 'Ik kijk mee' }, cast.principal.token);
    expect(principalComment.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACTION_NOT_INVOLVED' });
    const report = await request(api.app.getHttpServer()).get(`/reports/chains/${chain.chainId}/replay.html`).set('authorization', `Bearer ${cast.principal.token}`);
    expect(report.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Uittreksel ligt bij de KAM-coördinator');
    expect(report.text).not.toContain('<script>alert(1)');
  });

  it('the assigner reopens with a reason, and the assignee completes again', async () => {
    const refused = await send(api, 'reopenCorrectiveAction', { chainId: chain.chainId, actionId, reason: ' ' }, cast.main.token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT_REQUIRED' });
    await ok(api, 'reopenCorrectiveAction', { chainId: chain.chainId, actionId, reason: 'Uittreksel mist het hoofdstuk steigers' }, cast.main.token);
    expect((await actions(cast.main.token))[0]).toMatchObject({ status: 'OPEN', reopenedReason: 'Uittreksel mist het hoofdstuk steigers', completionNote: null });
    await ok(api, 'completeCorrectiveAction', { chainId: chain.chainId, actionId, note: 'Aangevuld', evidence: [] }, cast.steel.token);
    expect((await actions(cast.main.token))[0].status).toBe('COMPLETED');
  });

  it('an unanswered action turns into CHAIN-ACTION-OVERDUE against the assignee once the clock passes its due date', async () => {
    const due = inHours(1);
    await ok(api, 'assignCorrectiveAction', { chainId: chain.chainId, subjectKind: 'FINDING', finding: { ruleId: rie.ruleId, arisenAt: rie.arisenAt, partyId: cast.steel.id }, description: 'Toolbox over valgevaar houden', dueAt: due }, cast.main.token);
    expect((await findings(inHours(0.5))).filter((f) => f.ruleId === 'CHAIN-ACTION-OVERDUE')).toEqual([]);
    const overdue = (await findings(inHours(2))).filter((f) => f.ruleId === 'CHAIN-ACTION-OVERDUE');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({ partyIds: [cast.steel.id], arisenAt: due, resolvedAt: null, basis: { kind: 'CERTIFICATION_OR_CONTRACT' } });
    expect(overdue[0].explanation).toContain('Staalbouw Noord had not completed "Toolbox over valgevaar houden", asked by Bouwbedrijf Van Dijk');
    expect(overdue[0].explanation).not.toMatch(UUID);
  });

  it('an incident gets an action; who-knew shows who was asked to fix what, who completed and who verified', async () => {
    const reported = await ok(api, 'reportIncident', { chainId: chain.chainId, kind: 'NEAR_MISS', happenedAt: daysAgo(1), location: 'Galerij 3', description: 'Steigeranker los', topics: ['SCAFFOLDING'] }, cast.steel.token);
    const incidentId = reported.incidentId as string;
    const assigned = await ok(api, 'assignCorrectiveAction', { chainId: chain.chainId, subjectKind: 'INCIDENT', incidentId, description: 'Steigeranker vastzetten', dueAt: inHours(24) }, cast.main.token);
    await ok(api, 'completeCorrectiveAction', { chainId: chain.chainId, actionId: assigned.actionId, note: 'Anker vervangen', evidence: [{ name: 'foto.jpg', sha256: HASH }] }, cast.steel.token);
    await ok(api, 'verifyCorrectiveAction', { chainId: chain.chainId, actionId: assigned.actionId }, cast.main.token);
    const res = await api.gql(WHO_KNEW, { chainId: chain.chainId, i: incidentId }, cast.principal.token);
    expect(res.errors).toBeUndefined();
    const ways = res.data!.whoKnew.knowers.flatMap((k: any) => k.ways.map((w: any) => `${k.partyName}:${w.how}:${w.action ?? ''}`));
    expect(ways).toEqual(
      expect.arrayContaining([
        'Staalbouw Noord:ASKED_TO_FIX:Steigeranker vastzetten',
        'Staalbouw Noord:COMPLETED_FIX:Steigeranker vastzetten',
        'Bouwbedrijf Van Dijk:VERIFIED_FIX:Steigeranker vastzetten',
      ]),
    );
  });

  it("who-knew of a finding shows who was asked to fix it, who completed and who verified, with what was asked and when", async () => {
    const FINDING_KNEW = `query W($chainId: ID!, $f: WhoKnewFindingInput!) { whoKnew(chainId: $chainId, finding: $f) { knowers { partyName how since ways { how action recordedAt } } } }`;
    const res = await api.gql(FINDING_KNEW, { chainId: chain.chainId, f: { ruleId: rie.ruleId, arisenAt: rie.arisenAt } }, cast.principal.token);
    expect(res.errors).toBeUndefined();
    const ways = res.data!.whoKnew.knowers.flatMap((k: any) => k.ways.map((w: any) => `${k.partyName}:${w.how}:${w.action ?? ''}`));
    expect(ways).toEqual(
      expect.arrayContaining([
        'Bouwbedrijf Van Dijk:RECORDED_IT:RI&E-uittreksel steigerbouw aan Flex leveren',
        'Staalbouw Noord:ASKED_TO_FIX:RI&E-uittreksel steigerbouw aan Flex leveren',
        'Staalbouw Noord:COMPLETED_FIX:RI&E-uittreksel steigerbouw aan Flex leveren',
        'Bouwbedrijf Van Dijk:VERIFIED_FIX:RI&E-uittreksel steigerbouw aan Flex leveren',
        'Staalbouw Noord:ASKED_TO_FIX:Toolbox over valgevaar houden',
      ]),
    );
    // the incident's action is not about this finding
    expect(ways.filter((w: string) => w.includes('Steigeranker'))).toEqual([]);
    const steel = res.data!.whoKnew.knowers.find((k: any) => k.partyName === 'Staalbouw Noord');
    expect(steel.how).toBe('ASKED_TO_FIX');
    expect(steel.since).toBe(steel.ways[0].recordedAt);
    // another instant of the same rule is another finding: nobody was asked about it
    const other = await api.gql(FINDING_KNEW, { chainId: chain.chainId, f: { ruleId: rie.ruleId, arisenAt: daysAgo(400) } }, cast.principal.token);
    expect(other.data!.whoKnew.knowers).toEqual([]);
    const two = await api.gql(`query W($chainId: ID!, $f: WhoKnewFindingInput!, $i: ID!) { whoKnew(chainId: $chainId, finding: $f, incidentId: $i) { incidentIds } }`, { chainId: chain.chainId, f: { ruleId: rie.ruleId, arisenAt: rie.arisenAt }, i: chain.chainId }, cast.principal.token);
    expect(two.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WHO_KNEW_SUBJECT_INVALID' });
  });

  it("who-knew of a coordinator's direction: who issued it, to whom, who took note, and who was asked to act on it", async () => {
    await ok(api, 'publishHealthSafetyPlan', { chainId: chain.chainId, contentHash: HASH, summary: 'V&G-plan v1' }, cast.principal.token);
    await ok(api, 'appointCoordinator', { chainId: chain.chainId, phase: 'EXECUTION', coordinatorPartyId: cast.main.id }, cast.principal.token);
    const issued = await api.gql(
      'mutation D($input: IssueCoordinatorDirectionInput!) { issueCoordinatorDirection(input: $input) { directionId } }',
      { input: { chainId: chain.chainId, addresseePartyIds: [cast.steel.id, cast.agency.id], text: 'Randbeveiliging galerij 3 herstellen' } },
      cast.main.token,
    );
    expect(issued.errors).toBeUndefined();
    const directionId = issued.data!.issueCoordinatorDirection.directionId as string;
    await ok(api, 'acknowledgeCoordinatorDirection', { chainId: chain.chainId, directionId }, cast.steel.token);
    const assigned = await ok(api, 'assignCorrectiveAction', { chainId: chain.chainId, subjectKind: 'DIRECTION', directionId, description: 'Steigeranker galerij 3 vastzetten', dueAt: inHours(24) }, cast.main.token);
    await ok(api, 'completeCorrectiveAction', { chainId: chain.chainId, actionId: assigned.actionId, note: 'Hersteld', evidence: [] }, cast.steel.token);

    const res = await api.gql(`query W($chainId: ID!, $d: ID!) { whoKnew(chainId: $chainId, directionId: $d) { knowers { partyName how ways { how action } } } }`, { chainId: chain.chainId, d: directionId }, cast.principal.token);
    expect(res.errors).toBeUndefined();
    const ways = res.data!.whoKnew.knowers.flatMap((k: any) => k.ways.map((w: any) => `${k.partyName}:${w.how}:${w.action ?? ''}`));
    expect(ways).toEqual([
      'Bouwbedrijf Van Dijk:RECORDED_IT:',
      'Bouwbedrijf Van Dijk:RECORDED_IT:Steigeranker galerij 3 vastzetten',
      'Staalbouw Noord:NOTIFIED:',
      'Staalbouw Noord:ACKNOWLEDGED:',
      'Staalbouw Noord:ASKED_TO_FIX:Steigeranker galerij 3 vastzetten',
      'Staalbouw Noord:COMPLETED_FIX:Steigeranker galerij 3 vastzetten',
      'Flex Uitzendbureau:NOTIFIED:',
    ]);
  });

  it('bad input is refused with a stable code and writes nothing', async () => {
    const before = await api.eventCount();
    const base = { chainId: chain.chainId, subjectKind: 'FINDING', finding: { ruleId: rie.ruleId, arisenAt: rie.arisenAt }, description: 'x', dueAt: inHours(5) };
    const cases: [Record<string, unknown>, string, string, string][] = [
      [{ ...base, assigneePartyId: cast.outsider.id }, cast.main.token, 'BUSINESS_RULE_VIOLATED', 'ACTION_ASSIGNEE_NOT_IN_CHAIN'],
      [{ ...base, assigneePartyId: cast.principal.id }, cast.main.token, 'FORBIDDEN', 'ACTION_ASSIGNEE_NOT_BELOW'],
      [{ ...base, finding: { ruleId: 'NL-ARBO-9-REPORT', arisenAt: rie.arisenAt } }, cast.main.token, 'NOT_FOUND', 'FINDING_NOT_FOUND'],
      [{ ...base, dueAt: daysAgo(1) }, cast.main.token, 'BAD_USER_INPUT', 'ACTION_DUE_NOT_AFTER_ASSIGNMENT'],
    ];
    for (const [input, token, code, reason] of cases) {
      const res = await send(api, 'assignCorrectiveAction', input, token);
      expect(res.errors?.[0].extensions).toMatchObject({ code, reason });
    }
    const long = await send(api, 'commentOnCorrectiveAction', { chainId: chain.chainId, actionId, text: 'x'.repeat(2001) }, cast.steel.token);
    // the API's string limit (2000 by default) stops it before the domain's own bound of 2000 per comment
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT_TOO_LONG' });
    const longDescription = await send(api, 'assignCorrectiveAction', { ...base, description: 'x'.repeat(1001) }, cast.main.token);
    expect(longDescription.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TEXT_TOO_LONG' });
    const notAssignee = await send(api, 'completeCorrectiveAction', { chainId: chain.chainId, actionId, note: 'x', evidence: [] }, cast.main.token);
    expect(notAssignee.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const page = await api.gql(ACTIONS.replace('first: 10) {', 'first: 10000) {'), { chainId: chain.chainId }, cast.main.token);
    expect(page.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE_SIZE_INVALID' });
    const empty = await api.gql(ACTIONS.replace('first: 10) {', 'first: 0) {'), { chainId: chain.chainId }, cast.main.token);
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE_SIZE_INVALID' });
    expect(await api.eventCount()).toBe(before);
  });
}

describe('corrective actions (SQLite)', () => {
  describeActions(() => startApi());
});

describePostgres('corrective actions (PostgreSQL)', () => {
  let database: TestDatabase;
  describeActions(async () => {
    database = await createTestDatabase('schakel_actions');
    return startApi({ SCHAKEL_STORE: 'postgres', DATABASE_URL: database.url });
  });
  afterAll(async () => {
    await database?.drop();
  });
});
