import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startApi, type ApiHarness } from '@schakel/api-harness';

// Small doors an attacker knocks on: how the API answers requests it cannot run, what it gives
// away, what it accepts as a date, and who may read what it writes to disk.

const post = (api: ApiHarness, body: object) => request(api.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send(body);

describe('requests the API cannot run, without a token', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => api?.close());

  it('answers a subscription sent over HTTP (they are served over the WebSocket) with a request code, not INTERNAL_SERVER_ERROR', async () => {
    const res = await post(api, { query: 'subscription { chainChanged(chainId: "00000000-0000-7000-8000-000000000000") { eventId } }' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', reason: 'SUBSCRIPTION_OVER_HTTP' } })]);
    expect(res.body.errors[0].message).toMatch(/WebSocket/);
    const unknown = await post(api, { query: 'subscription { x }' });
    expect(unknown.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })]);
  });

  it('answers persisted queries that are wrong with a request code', async () => {
    const mismatch = await post(api, { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } });
    expect({ status: mismatch.status, errors: mismatch.body.errors }).toEqual({
      status: 400,
      errors: [{ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } }],
    });
    const version = await post(api, { extensions: { persistedQuery: { version: 2, sha256Hash: 'abc' } } });
    expect({ status: version.status, errors: version.body.errors }).toEqual({
      status: 400,
      errors: [{ message: 'Unsupported persisted query version', extensions: { code: 'BAD_REQUEST' } }],
    });
    const unknown = await post(api, { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    expect(unknown.body.errors[0].extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_FOUND' });
  });

  it('does not name its framework', async () => {
    const res = await post(api, { query: '{ __typename }' });
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect((await request(api.app.getHttpServer()).get('/health')).headers['x-powered-by']).toBeUndefined();
  });

  it('suggests field names outside production only', async () => {
    const res = await post(api, { query: '{ partie(id: "x") { name } }' });
    expect(res.body.errors[0].message).toContain('Did you mean "party"?');
  });
});

describe('DateTime values', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => api?.close());

  const REPORT = `mutation R($input: ReportIncidentInput!) { reportIncident(input: $input) { incidentId } }`;
  const report = (happenedAt: string) =>
    api.gql(
      REPORT,
      {
        input: {
          chainId: '01900000-0000-7000-8000-000000000001',
          kind: 'NEAR_MISS',
          description: 'bijna-ongeval',
          location: 'hal 2',
          happenedAt,
        },
      },
      api.token({}),
    );

  it.each([
    ['an impossible day (30 February)', '2026-02-30T10:00:00Z'],
    ['year 0001', '0001-01-01T00:00:00Z'],
    ['year 9999', '9999-12-31T23:59:59Z'],
    ['no time zone', '2026-03-02T10:00:00'],
    ['a date without a time', '2026-03-02'],
  ])('refuses %s with BAD_USER_INPUT naming the field, never normalising it', async (_what, value) => {
    const before = await api.eventCount();
    const res = await report(value);
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INPUT_INSTANT_INVALID' });
    expect(res.errors?.[0].message).toContain('at "input.happenedAt"');
    expect(res.errors?.[0].message).toContain(`DateTime must be a real ISO-8601 instant with a time zone in the years 1900–2199, got ${value}`);
    expect(await api.eventCount()).toBe(before);
  });

  it('refuses an impossible day written into the query itself', async () => {
    const literal = await api.gql(
      `mutation { reportIncident(input: { chainId: "01900000-0000-7000-8000-000000000001", kind: NEAR_MISS, description: "d", location: "l", happenedAt: "2026-02-30T10:00:00Z" }) { incidentId } }`,
      {},
      api.token({}),
    );
    expect(literal.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INPUT_INSTANT_INVALID' });
  });

  it('passes a real instant on to the command', async () => {
    const res = await report('2026-02-28T10:00:00+01:00');
    // refused further on (an administrator reports no incidents), not for its date
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
  });
});

describe('in production', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({ NODE_ENV: 'production' });
  });
  afterAll(async () => api?.close());

  it('gives no field suggestions away', async () => {
    const res = await post(api, { query: '{ partie(id: "x") { name } }' });
    expect(res.body.errors[0]).toMatchObject({ message: 'Cannot query field "partie" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });
});

describe('files on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'schakel-modes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the data folder 0700 and every file in it 0600: the log, the read models, their WAL files, the secret', async () => {
    const data = join(dir, 'data');
    const api = await startApi({ SQLITE_PATH: join(data, 'schakel.db'), SCHAKEL_JWT_SECRET: '' });
    try {
      const res = await api.gql(`mutation { registerParty(input: { kind: ORGANISATION, name: "Bestand BV" }) { partyId } }`, {}, api.token({}));
      expect(res.errors).toBeUndefined();
      const modes = Object.fromEntries(readdirSync(data).map((name) => [name, (statSync(join(data, name)).mode & 0o777).toString(8)]));
      expect(Object.keys(modes)).toEqual(
        expect.arrayContaining(['schakel.db', 'schakel.db-wal', 'schakel.read-models.db', 'schakel.read-models.db-wal', 'jwt-secret']),
      );
      expect(Object.values(modes).every((mode) => mode === '600')).toBe(true);
      expect((statSync(data).mode & 0o777).toString(8)).toBe('700');
    } finally {
      await api.close();
    }
  });
});

describe('docker-compose.yml', () => {
  it('publishes every port on 127.0.0.1 only', () => {
    const lines = readFileSync(join(__dirname, '../../docker-compose.yml'), 'utf8').split('\n');
    const published: string[] = [];
    lines.forEach((line, i) => {
      if (!/^\s+ports:\s*$/.test(line)) return;
      for (let j = i + 1; j < lines.length && /^\s+- /.test(lines[j]); j++) published.push(lines[j].trim().replace(/^- /, ''));
    });
    expect(published.length).toBeGreaterThanOrEqual(4);
    expect(published.filter((port) => !port.startsWith('"127.0.0.1:'))).toEqual([]);
  });
});
