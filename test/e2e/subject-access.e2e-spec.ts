import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import { NoticeOutbox } from '../../apps/api/src/notifications/notice-outbox';
import { SmtpInbox } from '../support/smtp-inbox';
import { runCli as cli } from '../support/run-cli';
import { buildStory1, daysAgo, instructionV1, ok, registerCast, type Cast, type ChainOfStory1 } from './chain-story';

// Subject access (GDPR art. 15): everything Schakel holds about Marek, a worker the agency lends to
// steel — his name, his e-mail address, the injury he suffered, his acknowledgement, the personal
// link mailed to him, his pass — read through the API by his employer, by himself and by the ADMIN,
// and written as JSON by `schakel subject-access`; after his erasure, the same export says so.

const INJURY = 'Kneuzing linkervoet, geen verzuim';
const EMAIL = 'marek.kowalski@example.pl';
const QUERY = `query S($partyId: ID!, $subjectId: ID!) { subjectAccess(partyId: $partyId, subjectId: $subjectId) {
  subjectId partyId shownAs generatedAt erasure { erasedAs erasedAt reason }
  personalData(first: 500) { eventType field kind value }
  entries(first: 500) { eventId type streamId chainName occurredAt recordedAt }
  deliveries { status channel trigger address chainName }
  credentials { kind madeAt expiresAt revokedAt chainName detail } } }`;

describe('subject access: what Schakel holds about one person', () => {
  const dir = mkdtempSync(join(tmpdir(), 'schakel-subject-access-'));
  const env = { SQLITE_PATH: join(dir, 'schakel.db'), SCHAKEL_DATA_DIR: dir, LOG_LEVEL: 'silent', SCHAKEL_STORE: 'sqlite' };
  let api: ApiHarness;
  let inbox: SmtpInbox;
  let cast: Cast;
  let chain: ChainOfStory1;
  let marek: string;
  let passToken: string;
  let linkId: string;

  const ask = (token: string, subjectId = marek, partyId = cast.agency.id) => api.gql(QUERY, { partyId, subjectId }, token);

  beforeAll(async () => {
    inbox = new SmtpInbox();
    await inbox.start();
    api = await startApi({ ...env, SMTP_URL: inbox.url, SCHAKEL_NOTIFY_POLL_MS: '50' });
    cast = await registerCast(api);
    chain = await buildStory1(api, cast);
    marek = cast.workers.marek.id;
    const invited = await api.gql('mutation I($input: InviteMemberInput!) { inviteMember(input: $input) { userId } }', {
      input: { partyId: cast.agency.id, email: EMAIL, name: 'Marek Kowalski', role: 'WORKER', language: 'pl', workerId: marek },
    }, cast.admin);
    expect(invited.errors).toBeUndefined();
    const { chainId, links } = chain;
    const instructionId = (await ok(api, 'issueSafetyInstruction', { chainId, ...instructionV1 }, cast.main.token)).instructionId as string;
    await ok(api, 'passDownInstruction', { chainId, instructionId, linkId: links.steel }, cast.main.token);
    await ok(api, 'passDownInstruction', { chainId, instructionId, linkId: links.agency }, cast.steel.token);
    await ok(api, 'acknowledgeInstruction', { chainId, instructionId, version: 1, language: 'pl' }, cast.workers.marek.token);
    const made = await api.gql('mutation L($input: CreateAcknowledgementLinksInput!) { createAcknowledgementLinks(input: $input) { links { linkId } } }', {
      input: { chainId, instructionId, version: 1, workerPartyId: cast.agency.id, workerIds: [marek] },
    }, cast.steel.token);
    expect(made.errors).toBeUndefined();
    linkId = made.data!.createAcknowledgementLinks.links[0].linkId;
    const pass = await api.gql('mutation P($input: IssueWorkerPassInput!) { issueWorkerPass(input: $input) { pass { token } } }', { input: { workerId: marek } }, cast.agency.token);
    expect(pass.errors).toBeUndefined();
    passToken = pass.data!.issueWorkerPass.pass.token;
    // an accident outside the accident register (no absence, not reportable): nothing holds his erasure back
    await ok(api, 'reportIncident', {
      chainId, kind: 'ACCIDENT', happenedAt: daysAgo(1), location: 'Galerij 3', description: INJURY, topics: ['WORK_AT_HEIGHT'],
      victim: { partyId: cast.agency.id, workerId: marek, linkId: links.agency }, severity: 'NONE', absenceDays: 0,
    }, cast.steel.token);
    // the personal link is mailed to him: a delivery to his address
    const outbox = api.app.get(NoticeOutbox);
    for (let i = 0; i < 200 && !inbox.mails.some((m) => m.to.includes(EMAIL)); i++) {
      await outbox.flush();
      await new Promise((r) => setTimeout(r, 25));
    }
    for (let i = 0; i < 50 && (await outbox.flush()) > 0; i++);
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await inbox?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("his employer's manager gets his fields opened, every entry naming him with both clocks and the chain's name, the mail sent to him, and his link, pass and membership — no secret", async () => {
    const res = await ask(cast.agency.token);
    expect(res.errors).toBeUndefined();
    const answer = res.data!.subjectAccess;
    expect(answer).toMatchObject({ subjectId: marek, partyId: cast.agency.id, shownAs: 'Marek Kowalski', erasure: null });
    expect(answer.personalData).toEqual(
      expect.arrayContaining([
        { eventType: 'WorkerRegistered', field: 'name', kind: 'NAME', value: 'Marek Kowalski' },
        { eventType: 'MemberInvited', field: 'email', kind: 'CONTACT', value: EMAIL },
        { eventType: 'IncidentReported', field: 'description', kind: 'HEALTH', value: INJURY },
        { eventType: 'NoticeSent', field: 'recipient.address', kind: 'CONTACT', value: EMAIL },
      ]),
    );
    const types = answer.entries.map((e: { type: string }) => e.type);
    for (const type of ['WorkerRegistered', 'MemberInvited', 'SafetyInstructionAcknowledged', 'AcknowledgementLinksMade', 'WorkerPassIssued', 'IncidentReported', 'NoticeSent']) {
      expect(types).toContain(type);
    }
    const acknowledged = answer.entries.find((e: { type: string }) => e.type === 'SafetyInstructionAcknowledged');
    expect(acknowledged).toMatchObject({ streamId: `chain-${chain.chainId}`, chainName: 'Renovatie Hoogstraat 12-40' });
    expect(Date.parse(acknowledged.occurredAt)).not.toBeNaN();
    expect(Date.parse(acknowledged.recordedAt)).not.toBeNaN();
    expect(answer.deliveries).toEqual(
      expect.arrayContaining([{ status: 'SENT', channel: 'EMAIL', trigger: expect.any(String), address: EMAIL, chainName: 'Renovatie Hoogstraat 12-40' }]),
    );
    expect(answer.credentials.map((c: { kind: string }) => c.kind).sort()).toEqual(['ACKNOWLEDGEMENT_LINK', 'MEMBERSHIP', 'WORKER_PASS']);
    const text = JSON.stringify(answer);
    // nothing of his colleague, and no secret: neither the pass nor the link
    expect(text).not.toContain('Tomasz');
    expect(text).not.toContain(passToken);
    expect(text).not.toContain(linkId);
  });

  it('the worker himself and the ADMIN may ask; his colleague, another party\'s manager and an inspector may not; someone not of the party is not found', async () => {
    for (const token of [cast.workers.marek.token, cast.admin]) {
      const res = await ask(token);
      expect(res.errors).toBeUndefined();
      expect(res.data!.subjectAccess.shownAs).toBe('Marek Kowalski');
    }
    for (const token of [cast.workers.tomasz.token, cast.steel.token]) {
      const res = await ask(token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERSONAL_DATA_ACCESS_NOT_ALLOWED' });
      expect(res.data).toBeNull();
    }
    const inspector = await ask(api.token({ party: cast.principal.id, role: 'INSPECTOR', user: 'i' }));
    expect(inspector.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const stranger = await ask(cast.agency.token, cast.workers.sanne.id);
    expect(stranger.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'PERSONAL_DATA_SUBJECT_NOT_FOUND' });
    const notAnId = await ask(cast.agency.token, 'marek');
    expect(notAnId.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('`schakel subject-access` writes the same export as JSON from the store and the key store', async () => {
    const out = join(dir, 'marek.json');
    const run = await cli(env, 'subject-access', marek, '--out', out);
    expect(run).toMatchObject({ code: 0 });
    expect(run.out).toMatch(/^wrote .*marek\.json: \d+ entries, \d+ personal fields about Marek Kowalski\n$/);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.shownAs).toBe('Marek Kowalski');
    expect(json.personalData).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'description', kind: 'HEALTH', value: INJURY })]));
    expect(json.entries.length).toBe((await ask(cast.agency.token)).data!.subjectAccess.entries.length);
    expect((await cli(env, 'subject-access', '0192f000-0000-7000-8000-000000000000')).code).toBe(1);
    await expect(cli(env, 'subject-access')).rejects.toThrow('subject-access needs one SUBJECT_ID');
  });

  it('after his erasure the export says so: erased as #1, when and why, and every field reads "erased"', async () => {
    const erased = await api.gql('mutation E($input: ErasePersonalDataInput!) { erasePersonalData(input: $input) { erasedAs } }', {
      input: { partyId: cast.agency.id, subjectId: marek, reason: 'request under GDPR art. 17' },
    }, cast.agency.token);
    expect(erased.errors).toBeUndefined();
    const answer = (await ask(cast.agency.token)).data!.subjectAccess;
    expect(answer.shownAs).toBe('erased person #1');
    expect(answer.erasure).toMatchObject({ erasedAs: 1, reason: 'request under GDPR art. 17' });
    expect(Date.parse(answer.erasure.erasedAt)).not.toBeNaN();
    expect(new Set(answer.personalData.map((f: { value: string }) => f.value))).toEqual(new Set(['erased', 'erased person #1']));
    expect(answer.entries.map((e: { type: string }) => e.type)).toContain('PersonalDataErased');
    const text = JSON.stringify(answer);
    for (const gone of [INJURY, EMAIL, 'Marek Kowalski']) expect(text).not.toContain(gone);
    const run = await cli(env, 'subject-access', marek);
    expect(JSON.parse(run.out).erasure).toMatchObject({ erasedAs: 1 });
  });
});
