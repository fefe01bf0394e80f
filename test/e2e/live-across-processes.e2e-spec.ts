import { mintToken } from '@schakel/infrastructure';
import { createTestDatabase, describePostgres, type TestDatabase } from '@schakel/testing';
import { type ApiProcess, startApiProcess } from '../support/api-process';
import { liveClient, subscribe, until, type LiveClient } from './live-client';

// Two API processes on one PostgreSQL database: a write through either reaches a subscription open
// on the other within a second. Each process's live feed follows the log in the shared database
// (right behind the read models, which the process holding the projection lease keeps), never the
// writing process's memory: a feed told only by its own process's writes would hear nothing here.

const SECRET = 'live-across-processes-secret-live-across-x';
const CHAIN_CHANGED = 'subscription($chainId: ID!) { chainChanged(chainId: $chainId) { chainId eventType byPartyName } }';

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

const mutation = (name: string, fields: string) => `mutation M($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${fields} } }`;

describePostgres('live updates across API processes on one PostgreSQL database', () => {
  let db: TestDatabase;
  const processes: ApiProcess[] = [];
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('schakel_live_processes');
  });

  afterAll(async () => {
    for (const live of clients) await live.dispose().catch(() => undefined);
    await Promise.all(processes.map((p) => p.stop()));
    await db?.drop();
  }, 60_000);

  it('a write through one process reaches a chainChanged subscription on the other within a second, both ways', async () => {
    const env = { SCHAKEL_STORE: 'postgres', DATABASE_URL: db.url, SCHAKEL_JWT_SECRET: SECRET, SCHAKEL_RATE_LIMIT: '0', SCHAKEL_MAX_CONCURRENT_PER_CALLER: '0' };
    const a = await startApiProcess(env);
    processes.push(a);
    const b = await startApiProcess(env);
    processes.push(b);

    const admin = mintToken(SECRET, { userId: 'admin', partyId: null, role: 'ADMIN' });
    const register = async (name: string) => (await gql(a, admin, mutation('registerParty', 'partyId'), { input: { kind: 'ORGANISATION', name } })).registerParty.partyId as string;
    const principal = await register('Woonstichting De Linie');
    const main = await register('Bouwbedrijf Van Dijk');
    const as = (partyId: string) => mintToken(SECRET, { userId: `u-${partyId}`, partyId, role: 'MANAGER' });
    const chainId = (await gql(a, as(principal), mutation('openChain', 'chainId'), { input: { name: 'Renovatie Hoogstraat', principalPartyId: principal } })).openChain.chainId as string;
    await gql(a, as(principal), mutation('engageParty', 'linkId'), { input: { chainId, partyId: main, kind: 'SUBCONTRACT', scope: 'Hoofdaanneming', startDate: '2026-09-01' } });
    let n = 0;
    const issue = (through: ApiProcess) =>
      gql(through, as(main), mutation('issueSafetyInstruction', 'instructionId'), {
        input: { chainId, content: [{ language: 'nl', title: `Instructie ${++n}`, body: 'Altijd aanlijnen.' }], topics: ['WORK_AT_HEIGHT'] },
      });

    for (const [writer, listener] of [
      [a, b],
      [b, a],
    ] as const) {
      const live = liveClient(`${listener.url.replace('http', 'ws')}/graphql`, { token: as(principal) });
      clients.push(live);
      const sub = subscribe(live, CHAIN_CHANGED, { chainId });
      // the subscription is in place once a first entry, written through the other process, arrives
      const deadline = Date.now() + 30_000;
      while (sub.received.length === 0 && sub.errors.length === 0 && Date.now() < deadline) {
        await issue(writer);
        await until(() => sub.received.length > 0 || sub.errors.length > 0, 2000);
      }
      expect(sub.errors).toEqual([]);
      expect(sub.received.length).toBeGreaterThan(0);
      await until(() => false, 300);
      const before = sub.received.length;

      await issue(writer);
      // from the moment the write was answered
      const written = Date.now();
      await until(() => sub.received.length > before, 5000);
      const latency = Date.now() - written;
      expect(sub.received.slice(before)).toEqual([{ chainId, eventType: 'SafetyInstructionIssued', byPartyName: 'Bouwbedrijf Van Dijk' }]);
      expect(latency).toBeLessThan(1000);
      sub.stop();
    }
  }, 300_000);
});
