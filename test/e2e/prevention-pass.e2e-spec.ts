import { createHash } from 'node:crypto';
import { workerPassStreamId } from '@schakel/domain';
import { createTestDatabase, describePostgres, type TestDatabase } from '@schakel/testing';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import { buildStory1, instructionV1, instructionV2, ok, registerCast, type Cast, type ChainOfStory1 } from './chain-story';

// The worker's personal pass at the gate: Jan's own party issues him a pass (a QR code tied to the
// worker, not to a chain); Staalbouw Noord's site manager scans it and gets NO-GO in Dutch; the start
// through the gate with the pass is recorded as identified by pass. Revoked, expired, tampered and
// foreign passes are refused and write nothing.

const ISSUE = `mutation I($input: IssueWorkerPassInput!) { issueWorkerPass(input: $input) { eventIds qrSvg pass { passId workerName token status expiresAt } } }`;
const REVOKE = `mutation R($input: RevokeWorkerPassInput!) { revokeWorkerPass(input: $input) { eventIds } }`;
const PASSES = `query P($p: ID!, $w: ID!) { workerPasses(workerPartyId: $p, workerId: $w) { passId status token } }`;
const GATE = `query G($pass: String!, $chainId: ID!, $topics: [String!]!) {
  gateCheck(pass: $pass, chainId: $chainId, topics: $topics) { verdict workerName workerId language reasons { ruleId title dutyBearerNames explanation } } }`;
const START = `mutation S($input: StartWorkInput!) { startWork(input: $input) { eventIds verdict } }`;
const REPLAY = `query R($chainId: ID!, $asOf: DateTime!) { chainAsOf(chainId: $chainId, asOf: $asOf, clock: RECORDED) { startChecks(first: 10) { identifiedByPass passScanned override } } }`;
const TIMELINE = `query T($chainId: ID!) { timeline(chainId: $chainId, clock: RECORDED, filter: { types: ["WorkStartChecked"] }) { entries { summary } } }`;

const reason = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => {
  const e = res.errors?.[0]?.extensions;
  return e ? `${e.code}/${e.reason}` : 'OK';
};

function describePass(start: () => Promise<ApiHarness>) {
  let api: ApiHarness;
  let cast: Cast;
  let chain: ChainOfStory1;
  let janPass: { passId: string; token: string };
  const gate = (pass: string, token = cast.steel.token) => api.gql(GATE, { pass, chainId: chain.chainId, topics: ['WORK_AT_HEIGHT'] }, token);
  const issue = (input: Record<string, unknown>, token: string) => api.gql(ISSUE, { input }, token);
  const startJan = (gateInput: Record<string, unknown>) =>
    api.gql(START, { input: { chainId: chain.chainId, linkId: chain.links.jan, workerPartyId: cast.jan.id, workerId: cast.workers.jan.id, topics: ['WORK_AT_HEIGHT'], gate: gateInput } }, cast.steel.token);

  beforeAll(async () => {
    api = await start();
    cast = await registerCast(api);
    chain = await buildStory1(api, cast);
    const { chainId, links } = chain;
    const instructionId = (await ok(api, 'issueSafetyInstruction', { chainId, ...instructionV1 }, cast.main.token)).instructionId as string;
    await ok(api, 'passDownInstruction', { chainId, instructionId, linkId: links.steel }, cast.main.token);
    await ok(api, 'passDownInstruction', { chainId, instructionId, linkId: links.jan }, cast.steel.token);
    await ok(api, 'acknowledgeInstruction', { chainId, instructionId, version: 1, language: 'nl' }, cast.workers.jan.token);
    await ok(api, 'issueSafetyInstruction', { chainId, supersedesInstructionId: instructionId, ...instructionV2 }, cast.main.token);
    await ok(api, 'passDownInstruction', { chainId, instructionId, linkId: links.steel }, cast.main.token);
    await ok(api, 'passDownInstruction', { chainId, instructionId, linkId: links.jan }, cast.steel.token);
  }, 60_000);
  afterAll(() => api?.close());

  it("the worker's own party issues the pass as a QR code; the log keeps only a hash of its id", async () => {
    const before = await api.eventCount();
    expect(reason(await issue({ workerPartyId: cast.jan.id, workerId: cast.workers.jan.id }, cast.steel.token))).toBe('FORBIDDEN/PASS_NOT_OWN_WORKER');
    expect(reason(await issue({ workerId: cast.workers.jan.id, expiresAt: new Date(Date.now() - 60_000).toISOString() }, cast.jan.token))).toBe('BAD_USER_INPUT/PASS_EXPIRY_INVALID');
    expect(reason(await issue({ workerId: cast.workers.jan.id }, cast.workers.jan.token))).toBe('FORBIDDEN/ROLE_NOT_ALLOWED');
    expect(await api.eventCount()).toBe(before);

    const res = await issue({ workerId: cast.workers.jan.id }, cast.jan.token);
    expect(reason(res)).toBe('OK');
    const { pass, qrSvg } = res.data!.issueWorkerPass;
    expect(pass).toMatchObject({ workerName: 'Jan de Vries', status: 'ACTIVE' });
    expect(qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    janPass = pass;
    const [event] = await api.store.readStream(workerPassStreamId(cast.jan.id));
    expect(event.type).toBe('WorkerPassIssued');
    expect(event.data).toMatchObject({ workerId: cast.workers.jan.id, passIdHash: createHash('sha256').update(pass.passId).digest('hex') });
    expect(JSON.stringify(event)).not.toContain(pass.passId);
    expect(JSON.stringify(event)).not.toContain(pass.token.split('.')[1]);
    // the party shows it again from the secret; nobody else sees its passes
    expect((await api.gql(PASSES, { p: cast.jan.id, w: cast.workers.jan.id }, cast.jan.token)).data!.workerPasses).toEqual([{ passId: pass.passId, status: 'ACTIVE', token: pass.token }]);
    expect(reason(await api.gql(PASSES, { p: cast.jan.id, w: cast.workers.jan.id }, cast.steel.token))).toBe('FORBIDDEN/PASS_NOT_OWN_WORKER');
  });

  it("a site manager above the worker scans it: NO-GO in Dutch with the rule and the duty bearer", async () => {
    const res = await gate(janPass.token);
    expect(reason(res)).toBe('OK');
    expect(res.data!.gateCheck).toMatchObject({ verdict: 'NO_GO', workerName: 'Jan de Vries', workerId: cast.workers.jan.id, language: 'nl' });
    expect(res.data!.gateCheck.reasons).toEqual([
      expect.objectContaining({ ruleId: 'NL-ARBO-8-INSTRUCTION', dutyBearerNames: ['Staalbouw Noord'], title: 'Werknemer begon voordat de instructie van de Arbo-werkgever was bevestigd' }),
    ]);
    expect(res.data!.gateCheck.reasons[0].explanation).toContain('alleen versie 1 was bevestigd');
    expect(reason(await gate(janPass.token, cast.principal.token))).toBe('OK');
  });

  it('a scanner that may not see the worker learns nothing; tampered and forged passes are refused', async () => {
    const before = await api.eventCount();
    expect(reason(await gate(janPass.token, cast.agency.token))).toBe('FORBIDDEN/WORKER_NOT_VISIBLE');
    expect(reason(await gate(janPass.token, cast.outsider.token))).toBe('FORBIDDEN/CHAIN_NOT_VISIBLE');
    expect(reason(await gate(janPass.token, cast.workers.sanne.token))).toBe('FORBIDDEN/ROLE_NOT_ALLOWED');
    // a pass of a worker of a party outside the chain, even revoked, is refused as not visible
    const { workerId: elsewhere } = await ok(api, 'registerWorker', { partyId: cast.outsider.id, name: 'Eva Elders', languages: ['nl'], relation: 'EMPLOYEE' }, cast.outsider.token);
    const foreign = (await issue({ workerId: elsewhere }, cast.outsider.token)).data!.issueWorkerPass.pass;
    await api.gql(REVOKE, { input: { passId: foreign.passId } }, cast.outsider.token);
    const counted = await api.eventCount();
    expect(reason(await gate(foreign.token))).toBe('FORBIDDEN/WORKER_NOT_VISIBLE');

    const [body, signature] = janPass.token.split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    const forged = `${Buffer.from(JSON.stringify({ ...claims, w: cast.workers.sanne.id, p: cast.steel.id })).toString('base64url')}.${signature}`;
    expect(reason(await gate(forged))).toBe('NOT_FOUND/PASS_INVALID');
    expect(reason(await gate(`${body}.${'A'.repeat(43)}`))).toBe('NOT_FOUND/PASS_INVALID');
    expect(reason(await gate('not a pass'))).toBe('NOT_FOUND/PASS_INVALID');
    expect(await api.eventCount()).toBe(counted);
    expect(counted - before).toBe(3);
  });

  it('startWork with the pass is recorded as identified by pass; a pass of another worker is refused', async () => {
    const piotrPass = (await issue({ workerId: cast.workers.piotr.id }, cast.piotr.token)).data!.issueWorkerPass.pass;
    const before = await api.eventCount();
    expect(reason(await startJan({ pass: piotrPass.token, overrideReason: 'Stormschade' }))).toBe('BAD_USER_INPUT/PASS_WORKER_MISMATCH');
    expect(reason(await startJan({ pass: janPass.token }))).toBe('BAD_USER_INPUT/START_OVERRIDE_REASON_REQUIRED');
    expect(await api.eventCount()).toBe(before);

    const started = await startJan({ pass: janPass.token, overrideReason: 'Stormschade: dak moet vandaag dicht' });
    expect(reason(started)).toBe('OK');
    const events = await api.store.readStream(chain.streamId);
    const checked = events.find((e) => e.eventId === started.data!.startWork.eventIds[1])!;
    expect(checked.type).toBe('WorkStartChecked');
    expect(checked.schemaVersion).toBe(2);
    expect(checked.data).toMatchObject({ passScanned: true, passIdHash: createHash('sha256').update(janPass.passId).digest('hex'), verdict: 'NO_GO' });

    const replay = await api.gql(REPLAY, { chainId: chain.chainId, asOf: new Date().toISOString() }, cast.principal.token);
    expect(replay.data!.chainAsOf.startChecks).toEqual([{ identifiedByPass: true, passScanned: true, override: true }]);
    const timeline = await api.gql(TIMELINE, { chainId: chain.chainId }, cast.principal.token);
    expect(timeline.data!.timeline.entries[0].summary).toContain('(NL-ARBO-8-INSTRUCTION), identified by personal pass: Stormschade');
  });

  it('a revoked or expired pass is refused at the gate and at the start, writing nothing', async () => {
    expect(reason(await api.gql(REVOKE, { input: { workerPartyId: cast.jan.id, passId: janPass.passId } }, cast.steel.token))).toBe('FORBIDDEN/PASS_NOT_OWN_WORKER');
    expect(reason(await api.gql(REVOKE, { input: { passId: janPass.passId } }, cast.jan.token))).toBe('OK');
    expect(reason(await api.gql(REVOKE, { input: { passId: janPass.passId } }, cast.jan.token))).toBe('CONFLICT/PASS_ALREADY_REVOKED');
    expect(reason(await api.gql(REVOKE, { input: { passId: 'no-such-pass' } }, cast.jan.token))).toBe('NOT_FOUND/PASS_NOT_FOUND');
    const before = await api.eventCount();
    expect(reason(await gate(janPass.token))).toBe('FORBIDDEN/PASS_REVOKED');
    expect(reason(await startJan({ pass: janPass.token, overrideReason: 'Toch beginnen' }))).toBe('FORBIDDEN/PASS_REVOKED');

    const shortLived = (await issue({ workerId: cast.workers.jan.id, expiresAt: new Date(Date.now() + 1500).toISOString() }, cast.jan.token)).data!.issueWorkerPass.pass;
    await new Promise((resolve) => setTimeout(resolve, 1800));
    const counted = await api.eventCount();
    expect(reason(await gate(shortLived.token))).toBe('FORBIDDEN/PASS_EXPIRED');
    expect(reason(await startJan({ pass: shortLived.token, overrideReason: 'Toch beginnen' }))).toBe('FORBIDDEN/PASS_EXPIRED');
    expect(await api.eventCount()).toBe(counted);
    expect(counted - before).toBe(1);
    const statuses = (await api.gql(PASSES, { p: cast.jan.id, w: cast.workers.jan.id }, cast.jan.token)).data!.workerPasses.map((p: { status: string }) => p.status);
    expect(statuses).toEqual(['EXPIRED', 'REVOKED']);
  });
}

describe("the worker's personal pass at the gate (SQLite)", () => {
  describePass(() => startApi());
});

describePostgres("the worker's personal pass at the gate (PostgreSQL)", () => {
  let database: TestDatabase;
  describePass(async () => {
    database = await createTestDatabase('schakel_pass');
    return startApi({ SCHAKEL_STORE: 'postgres', DATABASE_URL: database.url });
  });
  afterAll(async () => {
    await database?.drop();
  });
});
