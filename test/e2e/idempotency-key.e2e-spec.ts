import { createTestDatabase, describePostgres, type TestDatabase } from '@schakel/testing';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import { buildStory1, daysAgo, registerCast, send, type Cast, type ChainOfStory1 } from './chain-story';

/** The Idempotency-Key contract: a retry is a no-op, a reused key is refused, keys are per caller and well-formed. */
function describeIdempotencyKeys(start: () => Promise<ApiHarness>): void {
  let api: ApiHarness;
  let cast: Cast;
  let chain: ChainOfStory1;

  beforeAll(async () => {
    api = await start();
    cast = await registerCast(api);
    chain = await buildStory1(api, cast);
  });
  afterAll(() => api?.close());

  const happenedAt = daysAgo(1);
  const incident = (location: string) => ({
    chainId: chain.chainId,
    kind: 'NEAR_MISS',
    happenedAt,
    location,
    description: 'Losse steigerplank',
    topics: ['SCAFFOLDING'],
  });

  it('the same key with the same body gives the same result and writes nothing more', async () => {
    const headers = { 'idempotency-key': 'incident-blok-a-0001' };
    const first = await send(api, 'reportIncident', incident('Blok A'), cast.steel.token, headers);
    expect(first.errors).toBeUndefined();
    const count = await api.eventCount();
    const retry = await send(api, 'reportIncident', incident('Blok A'), cast.steel.token, headers);
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.reportIncident).toEqual({ ...first.data!.reportIncident, replayed: true });
    expect(await api.eventCount()).toBe(count);
  });

  it('the same key with another body is CONFLICT IDEMPOTENCY_KEY_REUSED and writes nothing: same chain, other chain, or a command that now fails', async () => {
    const headers = { 'idempotency-key': 'incident-blok-b-0001' };
    expect((await send(api, 'reportIncident', incident('Blok B'), cast.steel.token, headers)).errors).toBeUndefined();
    const otherChain = await send(api, 'openChain', { name: 'Ander project', principalPartyId: cast.steel.id }, cast.steel.token);
    expect(otherChain.errors).toBeUndefined();
    const count = await api.eventCount();

    const reused = [
      await send(api, 'reportIncident', incident('Blok C'), cast.steel.token, headers),
      await send(api, 'reportIncident', { ...incident('Blok B'), chainId: otherChain.data!.openChain.chainId }, cast.steel.token, headers),
      await send(api, 'endEngagement', { chainId: chain.chainId, linkId: chain.links.jan, endDate: '2026-11-21', reason: 'Gereed' }, cast.steel.token, headers),
    ];
    for (const answer of reused) {
      expect(answer.data).toBeNull();
      expect(answer.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    }
    expect(await api.eventCount()).toBe(count);

    // A refused command under a used key: the earlier write stands, the reuse is named as such.
    const ended = { chainId: chain.chainId, linkId: chain.links.piotr, endDate: '2026-11-20', reason: 'Montage gereed' };
    const endHeaders = { 'idempotency-key': 'end-piotr-0001' };
    expect((await send(api, 'endEngagement', ended, cast.steel.token, endHeaders)).errors).toBeUndefined();
    const afterEnd = await api.eventCount();
    const again = await send(api, 'endEngagement', { ...ended, reason: 'Anders' }, cast.steel.token, endHeaders);
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await api.eventCount()).toBe(afterEnd);
  });

  it("another caller's equal key is another key: it neither replays nor learns the first caller's ids", async () => {
    const headers = { 'idempotency-key': 'open-project-2027-01' };
    const mine = await send(api, 'openChain', { name: 'Project 2027', principalPartyId: cast.principal.id }, cast.principal.token, headers);
    expect(mine.errors).toBeUndefined();
    const theirs = await send(api, 'openChain', { name: 'Project 2027', principalPartyId: cast.outsider.id }, cast.outsider.token, headers);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.openChain.replayed).toBe(false);
    expect(theirs.data!.openChain.chainId).not.toBe(mine.data!.openChain.chainId);
    expect(theirs.data!.openChain.eventIds).not.toEqual(mine.data!.openChain.eventIds);
  });

  it('a malformed key is BAD_USER_INPUT IDEMPOTENCY_KEY_INVALID and writes nothing', async () => {
    const count = await api.eventCount();
    for (const key of ['short', 'has a space', 'ünïcödé-key', 'x'.repeat(201), '']) {
      const answer = await send(api, 'reportIncident', incident('Blok D'), cast.steel.token, { 'idempotency-key': key });
      expect({ key, data: answer.data, extensions: answer.errors?.[0]?.extensions }).toEqual({
        key,
        data: null,
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'IDEMPOTENCY_KEY_INVALID' }),
      });
    }
    expect(await api.eventCount()).toBe(count);
  });

  it('two mutations of one request under one key are two writes, and a retry of the request replays both', async () => {
    const query = `mutation Two($a: ReportIncidentInput!, $b: ReportIncidentInput!) {
      a: reportIncident(input: $a) { incidentId eventIds replayed }
      b: reportIncident(input: $b) { incidentId eventIds replayed }
    }`;
    const variables = { a: incident('Blok E'), b: incident('Blok F') };
    const headers = { 'idempotency-key': 'two-incidents-0001' };
    const first = await api.gql(query, variables, cast.steel.token, headers);
    expect(first.errors).toBeUndefined();
    expect(first.data!.a.incidentId).not.toBe(first.data!.b.incidentId);
    const count = await api.eventCount();
    const retry = await api.gql(query, variables, cast.steel.token, headers);
    expect(retry.errors).toBeUndefined();
    expect(retry.data).toEqual({ a: { ...first.data!.a, replayed: true }, b: { ...first.data!.b, replayed: true } });
    expect(await api.eventCount()).toBe(count);
  });
}

describe('Idempotency-Key (SQLite)', () => {
  describeIdempotencyKeys(() => startApi());
});

describePostgres('Idempotency-Key (PostgreSQL)', () => {
  let database: TestDatabase;
  describeIdempotencyKeys(async () => {
    database = await createTestDatabase('schakel_idempotency');
    return startApi({ SCHAKEL_STORE: 'postgres', DATABASE_URL: database.url });
  });
  // after the API has closed (after-hooks run in the order they were declared)
  afterAll(async () => {
    await database?.drop();
  });
});
