import { chainStreamId } from '@schakel/domain';
import { verifyEventStore } from '@schakel/event-store';
import { PostgresEventStore } from '@schakel/event-store/postgres';
import { createTestDatabase, describePostgres, type TestDatabase } from '@schakel/testing';
import { mintToken } from '@schakel/infrastructure';
import { type ApiProcess, startApiProcess } from '../support/api-process';

const SECRET = 'crash-test-secret-crash-test-secret-crash';
const ENGAGEMENTS = 40;

interface Answer {
  ok: boolean;
  data?: any;
  error?: string;
}

async function gql(api: ApiProcess, token: string, query: string, variables: object, idempotencyKey?: string): Promise<Answer> {
  try {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
    if (body.errors?.length) return { ok: false, error: body.errors[0].extensions?.code ?? 'UNKNOWN' };
    return { ok: true, data: body.data };
  } catch (error) {
    return { ok: false, error: `transport: ${(error as Error).message}` };
  }
}

const REGISTER = `mutation R($input: RegisterPartyInput!) { registerParty(input: $input) { partyId } }`;
const OPEN = `mutation O($input: OpenChainInput!) { openChain(input: $input) { chainId } }`;
const ENGAGE = `mutation E($input: EngagePartyInput!) { engageParty(input: $input) { linkId replayed } }`;
const LINKS = `query L($id: ID!) { chain(id: $id) { links { id toPartyId } } }`;

describePostgres('two API processes on one PostgreSQL database, one killed with SIGKILL mid-load', () => {
  let db: TestDatabase;
  let a: ApiProcess;
  let b: ApiProcess;

  beforeAll(async () => {
    db = await createTestDatabase('schakel_crash');
    // 40 registrations at once from one admin token: this test is about crashes, not per-caller limits
    const env = { SCHAKEL_STORE: 'postgres', DATABASE_URL: db.url, SCHAKEL_JWT_SECRET: SECRET, SCHAKEL_RATE_LIMIT: '0', SCHAKEL_MAX_CONCURRENT_PER_CALLER: '0' };
    [a, b] = await Promise.all([startApiProcess(env), startApiProcess(env)]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
  }, 60_000);

  it('keeps every acknowledged write exactly once, verifies, and converges the read models', async () => {
    const admin = mintToken(SECRET, { userId: 'admin', partyId: null, role: 'ADMIN' });
    const register = async (name: string) => (await gql(b, admin, REGISTER, { input: { kind: 'ORGANISATION', name } })).data.registerParty.partyId as string;
    const principal = await register('Woonstichting De Linie');
    const principalToken = mintToken(SECRET, { userId: 'p', partyId: principal, role: 'MANAGER' });
    const chainId = (await gql(b, principalToken, OPEN, { input: { name: 'Renovatie', principalPartyId: principal } })).data.openChain.chainId as string;
    const contractors = await Promise.all(Array.from({ length: ENGAGEMENTS }, (_, i) => register(`Aannemer ${i}`)));

    // 40 engagements of the same chain, half sent to each process, 8 at a time; A dies after 10 answers.
    const acknowledged = new Map<string, string>(); // idempotency key → linkId
    let answers = 0;
    let retried = 0;
    let killed: Promise<void> | null = null;
    const queue = contractors.map((partyId, i) => ({ partyId, key: `crash-test-engage-${i}`, target: i % 2 === 0 ? a : b }));
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const input = { chainId, partyId: job.partyId, kind: 'SUBCONTRACT', scope: 'Onderaanneming', startDate: '2026-11-01' };
        let answer = await gql(killed ? b : job.target, principalToken, ENGAGE, { input }, job.key);
        // A client retries on a dead process or a retryable error, with the same Idempotency-Key.
        if (!answer.ok) retried++;
        for (let attempt = 0; !answer.ok && attempt < 10; attempt++) {
          await new Promise((r) => setTimeout(r, 200));
          answer = await gql(b, principalToken, ENGAGE, { input }, job.key);
        }
        expect(answer).toMatchObject({ ok: true });
        acknowledged.set(job.key, answer.data.engageParty.linkId);
        if (++answers === 10 && !killed) killed = a.kill9();
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    await killed;
    expect(a.child.signalCode).toBe('SIGKILL');
    // Requests that were in flight on A (or sent to it as it died) were retried on B.
    expect(retried).toBeGreaterThan(0);

    // The log: every acknowledged engagement exactly once, hash chains intact.
    const store = await PostgresEventStore.open({ connectionString: db.url });
    try {
      const chain = await store.readStream(chainStreamId(chainId));
      const engaged = chain.filter((e) => e.type === 'PartyEngaged').map((e) => (e.data as { linkId: string }).linkId);
      expect(new Set(engaged).size).toBe(engaged.length);
      expect(engaged.sort()).toEqual([...acknowledged.values()].sort());
      expect(engaged).toHaveLength(ENGAGEMENTS);
      const verified = await verifyEventStore(store);
      expect(verified).toMatchObject({ ok: true, firstFailure: null });
    } finally {
      await store.close();
    }

    // The read models: B takes over projecting and converges to the log.
    const deadline = Date.now() + 30_000;
    let links: { id: string }[] = [];
    while (Date.now() < deadline) {
      const answer = await gql(b, principalToken, LINKS, { id: chainId });
      links = answer.ok ? answer.data.chain.links : [];
      if (links.length === ENGAGEMENTS) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(links.map((l) => l.id).sort()).toEqual([...acknowledged.values()].sort());
    const health = (await (await fetch(`${b.url}/health`)).json()) as { projections: { leader: boolean } };
    expect(health.projections.leader).toBe(true);
  }, 180_000);
});
