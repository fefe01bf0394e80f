import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mintToken } from '@schakel/infrastructure';
import { createTestDatabase, describePostgres, type TestDatabase } from '@schakel/testing';
import { type ApiProcess, startApiProcess } from '../support/api-process';
import { SmtpInbox } from '../support/smtp-inbox';
import { subjectOf } from '../support/mail-text';

// At-least-once: an API process killed with SIGKILL while it sends leaves no message lost. The
// mail server keeps each mail but answers slowly, so the killed process dies between sending and
// recording; the process that carries on sends what was not recorded (perhaps again), and the log
// holds each delivery exactly once.

const SECRET = 'outbox-crash-secret-outbox-crash-secret-x';
const MEMBERS = 12;
const INSTRUCTIONS = 2;

async function gql(api: ApiProcess, token: string, query: string, variables: object): Promise<any> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const mutation = (name: string, fields: string) => {
  const type = name[0].toUpperCase() + name.slice(1);
  return `mutation M($input: ${type}Input!) { ${name}(input: $input) { ${fields} } }`;
};

const address = (i: number) => `uitvoerder${i}@staalbouw-noord.nl`;

/** Builds a chain whose steel subcontractor has MEMBERS managers, then passes INSTRUCTIONS instructions down to it. */
async function playWorkload(api: ApiProcess): Promise<{ chainId: string; steel: string; principal: string }> {
  const admin = mintToken(SECRET, { userId: 'admin', partyId: null, role: 'ADMIN' });
  const register = async (name: string) => (await gql(api, admin, mutation('registerParty', 'partyId'), { input: { kind: 'ORGANISATION', name } })).registerParty.partyId as string;
  const principal = await register('Woonstichting De Linie');
  const main = await register('Bouwbedrijf Van Dijk');
  const steel = await register('Staalbouw Noord');
  const as = (partyId: string) => mintToken(SECRET, { userId: `u-${partyId}`, partyId, role: 'MANAGER' });
  const chainId = (await gql(api, as(principal), mutation('openChain', 'chainId'), { input: { name: 'Renovatie', principalPartyId: principal } })).openChain.chainId as string;
  await gql(api, as(principal), mutation('engageParty', 'linkId'), { input: { chainId, partyId: main, kind: 'SUBCONTRACT', scope: 'Hoofdaanneming', startDate: '2026-09-01' } });
  const steelLink = (await gql(api, as(main), mutation('engageParty', 'linkId'), { input: { chainId, partyId: steel, kind: 'SUBCONTRACT', scope: 'Staal', startDate: '2026-09-01' } }))
    .engageParty.linkId as string;
  for (let i = 0; i < MEMBERS; i++) {
    await gql(api, admin, mutation('inviteMember', 'userId'), { input: { partyId: steel, email: address(i), name: `Uitvoerder ${i}`, role: 'MANAGER', language: 'nl' } });
  }
  for (let n = 0; n < INSTRUCTIONS; n++) {
    const content = [{ language: 'nl', title: `Instructie ${n}`, body: 'Altijd aanlijnen.' }];
    const { instructionId } = (await gql(api, as(main), mutation('issueSafetyInstruction', 'instructionId'), { input: { chainId, content, topics: ['WORK_AT_HEIGHT'] } }))
      .issueSafetyInstruction;
    await gql(api, as(main), mutation('passDownInstruction', 'eventIds'), { input: { chainId, instructionId, linkId: steelLink } });
  }
  return { chainId, steel, principal };
}

/** Kills `victim` once the mail server has kept a few notices, then waits until `survivor` has recorded every one. */
async function crashDuringDelivery(inbox: SmtpInbox, victim: ApiProcess, survivor: () => Promise<ApiProcess>, work: { chainId: string; steel: string; principal: string }) {
  const notices = () => inbox.mails.filter((m) => /Veiligheidsinstructie ontvangen/.test(subjectOf(m)));
  const deadline = Date.now() + 60_000;
  while (notices().length < 4) {
    if (Date.now() > deadline) throw new Error(`no notices sent before the kill:\n${victim.output()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  // a mail is with the server, its answer not yet with the sender: the sender dies now
  await victim.kill9();
  const keptBeforeKill = notices().length;
  expect(keptBeforeKill).toBeLessThan(MEMBERS * INSTRUCTIONS);

  const api = await survivor();
  const expected = MEMBERS * INSTRUCTIONS;
  const steelToken = mintToken(SECRET, { userId: 'u-steel', partyId: work.steel, role: 'MANAGER' });
  let statuses: string[] = [];
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    const page = (await gql(api, steelToken, `query D($p: ID!) { noticeDeliveries(partyId: $p, first: 500) { total items { status trigger } } }`, { p: work.steel })).noticeDeliveries;
    // the engagement also schedules reminders before its planned start (ACKNOWLEDGEMENTS_DUE), due later
    const received = page.items.filter((i: { trigger: string }) => i.trigger === 'INSTRUCTION_RECEIVED');
    statuses = received.map((i: { status: string }) => i.status);
    if (statuses.length === expected && statuses.every((s) => s === 'SENT')) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  expect({ total: statuses.length, sent: statuses.filter((s) => s === 'SENT').length }).toEqual({ total: expected, sent: expected });

  // none lost: every member got each instruction at least once (one may have come twice)
  for (let i = 0; i < MEMBERS; i++) {
    const titles = new Set(notices().filter((m) => m.to.includes(address(i))).map(subjectOf));
    expect({ member: i, titles: titles.size }).toEqual({ member: i, titles: INSTRUCTIONS });
  }
  // and the record holds each delivery once, as SENT, never more
  const principalToken = mintToken(SECRET, { userId: 'u-principal', partyId: work.principal, role: 'MANAGER' });
  const chain = (await gql(api, principalToken, `query C($id: ID!) { chain(id: $id) { instructions { id } } }`, { id: work.chainId })).chain;
  let recorded = 0;
  for (const { id } of chain.instructions) {
    const knew = (await gql(api, principalToken, `query K($c: ID!, $i: ID) { whoKnew(chainId: $c, instructionId: $i) { knowers { ways { how eventId } } } }`, { c: work.chainId, i: id })).whoKnew;
    const sent = knew.knowers.flatMap((k: { ways: { how: string; eventId: string }[] }) => k.ways.filter((w) => w.how === 'SENT').map((w) => w.eventId));
    expect(new Set(sent).size).toBe(sent.length);
    recorded += sent.length;
  }
  expect(recorded).toBe(expected);
  return { keptBeforeKill, mails: notices().length, api };
}

describe('outbox: SIGKILL during delivery on SQLite loses no message', () => {
  let dir: string;
  let inbox: SmtpInbox;
  const processes: ApiProcess[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'schakel-outbox-crash-'));
    inbox = new SmtpInbox({ delayMs: 400 });
    await inbox.start();
  });

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await inbox?.stop();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('resends what the killed process had not recorded, records each delivery once', async () => {
    const env = { SQLITE_PATH: join(dir, 'schakel.db'), SCHAKEL_JWT_SECRET: SECRET, SMTP_URL: inbox.url, SCHAKEL_NOTIFY_POLL_MS: '50', SCHAKEL_NOTIFY_CLAIM_SECONDS: '2', SCHAKEL_RATE_LIMIT: '0', SCHAKEL_MAX_CONCURRENT_PER_CALLER: '0' };
    const first = await startApiProcess(env);
    processes.push(first);
    const work = await playWorkload(first);
    const result = await crashDuringDelivery(inbox, first, async () => {
      const next = await startApiProcess(env);
      processes.push(next);
      return next;
    }, work);
    expect(result.mails).toBeGreaterThanOrEqual(MEMBERS * INSTRUCTIONS);
  }, 240_000);
});

describePostgres('outbox: SIGKILL of the delivering process on PostgreSQL; the other takes over the lease', () => {
  let db: TestDatabase;
  let inbox: SmtpInbox;
  const processes: ApiProcess[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('schakel_outbox_crash');
    inbox = new SmtpInbox({ delayMs: 400 });
    await inbox.start();
  });

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await inbox?.stop();
    await db?.drop();
  }, 60_000);

  it('one process delivers; when it dies, the other carries on; nothing lost, each delivery recorded once', async () => {
    const env = { SCHAKEL_STORE: 'postgres', DATABASE_URL: db.url, SCHAKEL_JWT_SECRET: SECRET, SMTP_URL: inbox.url, SCHAKEL_NOTIFY_POLL_MS: '50', SCHAKEL_NOTIFY_CLAIM_SECONDS: '2', SCHAKEL_RATE_LIMIT: '0', SCHAKEL_MAX_CONCURRENT_PER_CALLER: '0' };
    const a = await startApiProcess(env);
    processes.push(a);
    // a leads (it started first); b waits for the lease
    await new Promise((r) => setTimeout(r, 500));
    const b = await startApiProcess(env);
    processes.push(b);
    const work = await playWorkload(b);
    const leads = async (api: ApiProcess) => ((await (await fetch(`${api.url}/health`)).json()) as { outbox: { leader: boolean } }).outbox.leader;
    expect([await leads(a), await leads(b)]).toEqual([true, false]);
    await crashDuringDelivery(inbox, a, async () => b, work);
    expect(await leads(b)).toBe(true);
  }, 300_000);
});
