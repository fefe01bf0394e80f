import request from 'supertest';
import { uuidv7 } from '@schakel/event-store';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import { createTestDatabase, describePostgres, type TestDatabase } from '@schakel/testing';
import { runCli } from '../support/run-cli';

const REGISTER = `mutation R($input: RegisterPartyInput!) { registerParty(input: $input) { partyId } }`;
const PARTY = `query P($id: ID!) { party(id: $id) { name } }`;

// A text with a NUL commits to the log on PostgreSQL, then fails in the read models ("invalid byte
// sequence for encoding UTF8: 0x00"). The API refuses such text now; an event like it that is
// already in the log (written before, or by a defect) must halt the projections visibly and only
// until an operator skips it.
describePostgres('a poison event on PostgreSQL', () => {
  let db: TestDatabase;
  let api: ApiHarness;
  let env: Record<string, string>;

  const health = async () => {
    const res = await request(api.app.getHttpServer()).get('/health');
    return { status: res.status, body: res.body };
  };
  const register = (name: string) => api.gql(REGISTER, { input: { kind: 'ORGANISATION', name } }, api.token({}));

  beforeAll(async () => {
    db = await createTestDatabase('schakel_poison');
    env = { SCHAKEL_STORE: 'postgres', DATABASE_URL: db.url, SCHAKEL_JWT_SECRET: 'poison-test-secret-poison-test-secret-xx', LOG_LEVEL: 'silent' };
    api = await startApi(env);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('refuses a NUL in a party name with BAD_USER_INPUT and writes nothing', async () => {
    const before = await api.eventCount();
    const res = await register('Nul\u0000BV');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT_TEXT_CONTROL_CHARACTER' });
    expect(res.errors?.[0].message).toContain('input.name');
    expect(await api.eventCount()).toBe(before);
    expect((await register('Gewoon BV')).errors).toBeUndefined();
  });

  it('halts at a NUL already in the log: health 503, writes SERVICE_UNAVAILABLE after recording, restart works, skip by an operator resumes', async () => {
    // an event written behind the API's input check
    const before = await api.eventCount();
    const partyId = uuidv7();
    const [poison] = (
      await api.store.append(
        `party-${partyId}`,
        [
          {
            eventId: uuidv7(),
            type: 'PartyRegistered',
            schemaVersion: 1,
            data: { partyId, kind: 'ORGANISATION', name: 'Nul\u0000BV', kvkNumber: null, country: 'NL', registeredBy: null },
            occurredAt: new Date().toISOString(),
            actor: { userId: 'legacy-import', partyId: null, role: 'ADMIN', workerId: null },
            correlationId: uuidv7(),
            causationId: null,
          },
        ],
        -1,
      )
    ).events;

    const stale = await register('Na de NUL BV');
    expect(stale.errors?.[0].extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      reason: 'READ_MODELS_STALE',
      recorded: true,
      retryable: false,
      stalledAtPosition: String(poison.globalPosition),
    });
    expect(stale.errors?.[0].message).toMatch(/^The write was recorded \(stream party-[0-9a-f-]+, version 0\), but the read models are stale/);
    expect(await api.eventCount()).toBe(before + 2); // the poison event and this write

    const red = await health();
    expect(red.status).toBe(503);
    expect(red.body).toMatchObject({
      status: 'projections-halted',
      projections: {
        failure: { position: String(poison.globalPosition), eventId: poison.eventId, eventType: 'PartyRegistered', error: expect.stringContaining('0x00') },
        action: expect.stringContaining(`schakel skip-poison-event --position ${poison.globalPosition}`),
      },
    });

    // a second process, which does not project (the first holds the lease), says the same, without waiting out its 5 s
    const follower = await startApi(env);
    try {
      expect((await request(follower.app.getHttpServer()).get('/health')).body).toMatchObject({
        status: 'projections-halted',
        projections: { leader: false, failure: { position: String(poison.globalPosition) } },
      });
      const started = Date.now();
      const viaFollower = await follower.gql(REGISTER, { input: { kind: 'ORGANISATION', name: 'Volger BV' } }, follower.token({}));
      expect(viaFollower.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'READ_MODELS_STALE', recorded: true });
      expect(Date.now() - started).toBeLessThan(4000);
    } finally {
      await follower.close();
    }

    // rebuild-projections names it instead of failing blindly; a restarted API starts and still reports it
    await api.close();
    const rebuild = await runCli(env, 'rebuild-projections');
    expect(rebuild.code).toBe(1);
    expect(rebuild.out).toContain(`schakel skip-poison-event --position ${poison.globalPosition}`);
    api = await startApi(env);
    expect((await health()).status).toBe(503);

    // only the stuck position is accepted; the decision is recorded with who and why
    await expect(runCli(env, 'skip-poison-event', '--position', String(poison.globalPosition + 1), '--reason', 'x')).rejects.toThrow(
      `no open projection failure at position ${poison.globalPosition + 1}`,
    );
    const skip = await runCli(env, 'skip-poison-event', '--position', String(poison.globalPosition), '--reason', 'NUL in a name, from before input checks', '--by', 'ops@example');
    expect(skip.code).toBe(0);
    expect(skip.out).toContain(`skipped: position ${poison.globalPosition} (PartyRegistered ${poison.eventId}`);

    for (let i = 0; (await health()).status !== 200; i++) {
      if (i > 100) throw new Error('health stayed red after the skip');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const fine = await register('Weer gewoon BV');
    expect(fine.errors).toBeUndefined();
    const later = await api.gql(PARTY, { id: fine.data!.registerParty.partyId }, api.token({}));
    expect(later.data?.party).toEqual({ name: 'Weer gewoon BV' });
    expect((await api.gql(PARTY, { id: partyId }, api.token({}))).errors?.[0].extensions?.reason).toBe('PARTY_NOT_FOUND');
    await api.close();
    const rebuilt = await runCli(env, 'rebuild-projections');
    expect(rebuilt.code).toBe(0);
    api = await startApi(env);
    expect(await health()).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect((await api.gql(PARTY, { id: partyId }, api.token({}))).errors?.[0].extensions?.reason).toBe('PARTY_NOT_FOUND');
  });
});
