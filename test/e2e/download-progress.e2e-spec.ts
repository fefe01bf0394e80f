import request from 'supertest';
import { createTestDatabase, describePostgres, type TestDatabase } from '@schakel/testing';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import { verifyEvidenceBundle } from '@schakel/evidence';
import { writeBenchChain, type BenchChain } from '../bench/chain-history';
import { binary, PROGRESS_TYPE, readProgressDownload, type ProgressStep } from '../support/download-progress';
import { pdfText } from '../support/pdf-text';

// The app's downloads tell their progress while the server works (ADR 0023): asked with
// Accept: application/vnd.schakel.download-progress, the evidence bundle and the PDF report come as
// progress lines counted from the real read of the log (a line per page of 1,000 events, of about
// the whole log, with the seconds left), then the complete file. A log of a few thousand events
// gives several lines; the counts rise to what the file itself says it covers.

const BIG = 3_500;
const PAGE = 1_000;

/** The counts a read of `total` events reports: 0 when it starts, then one per page. */
const pagesOf = (total: number) => [0, ...Array.from({ length: Math.ceil(total / PAGE) }, (_, i) => Math.min((i + 1) * PAGE, total))];

function expectHonestProgress(steps: ProgressStep[], total: number): void {
  const reading = steps.filter((s) => s.phase === 'READING');
  expect(reading.map((s) => s.done)).toEqual(pagesOf(total));
  expect(reading.length).toBeGreaterThanOrEqual(4);
  expect(new Set(reading.map((s) => s.total))).toEqual(new Set([total]));
  expect(reading[0].secondsLeft).toBeNull();
  for (const step of reading.slice(1, -1)) expect(step.secondsLeft).toEqual(expect.any(Number));
  expect(reading.at(-1)!.secondsLeft).toBe(0);
  expect(steps.at(-1)).toEqual({ phase: 'FINISHING', done: total, total, secondsLeft: 0 });
}

function downloadStory(store: 'sqlite' | 'postgres'): void {
  let api: ApiHarness;
  let db: TestDatabase | null = null;
  let big: BenchChain;
  let small: BenchChain;
  const server = () => api.app.getHttpServer();
  const get = (path: string, token: string | null, accept = PROGRESS_TYPE) => {
    const req = request(server()).get(path).set('accept', accept).buffer(true).parse(binary);
    return token ? req.set('authorization', `Bearer ${token}`) : req;
  };
  const managerOf = (chain: BenchChain) => api.token({ party: chain.principalPartyId, role: 'MANAGER' });

  beforeAll(async () => {
    let env: Record<string, string> = { SCHAKEL_CHECKPOINT_INTERVAL_SECONDS: '0' };
    if (store === 'postgres') {
      db = await createTestDatabase('schakel_progress');
      env = { ...env, SCHAKEL_STORE: 'postgres', DATABASE_URL: db.url };
    }
    api = await startApi(env);
    big = await writeBenchChain(api.store, BIG);
    small = await writeBenchChain(api.store, 12);
    // on PostgreSQL a read of the log sees a transaction once every older one in the cluster has ended
    // (docs/event-store.md): wait until the whole log is there, as the counts below assume
    for (const deadline = Date.now() + 60_000; (await api.eventCount()) < BIG + 12; ) {
      if (Date.now() > deadline) throw new Error('the log never became readable as a whole');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('the evidence bundle: progress from the log read rises page by page to the whole log, then the complete file, which verifies', async () => {
    const total = await api.eventCount();
    expect(total).toBeGreaterThan(BIG);
    const res = await get(`/reports/chains/${big.chainId}/evidence-bundle.json`, managerOf(big));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(PROGRESS_TYPE);
    // asks proxies (nginx and the like) to pass the lines on as they come
    expect(res.headers['x-accel-buffering']).toBe('no');
    expect(res.headers['cache-control']).toBe('no-store, no-transform');
    const { steps, file, error } = readProgressDownload(res.body);
    expect(error).toBeNull();
    expectHonestProgress(steps, total);
    expect(file).toMatchObject({ type: 'application/json', name: expect.stringMatching(/^evidence-bundle-[0-9a-f-]+-\d{4}-\d{2}-\d{2}\.json$/) });
    const bundle = JSON.parse(file!.body.toString('utf8'));
    const key = (await api.gql('{ evidencePublicKey { pem } }')).data!.evidencePublicKey.pem as string;
    expect(verifyEvidenceBundle(bundle, { publicKeyPem: key })).toMatchObject({ ok: true });
    // the count the progress ended on is the size of the tree the bundle was signed over
    expect(bundle.checkpoint.treeSize).toBe(total);
    expect(bundle.events).toHaveLength(BIG);
  }, 60_000);

  it('the PDF report: the same progress, then a PDF whose evidence anchor names the count the progress ended on', async () => {
    const total = await api.eventCount();
    const res = await get(`/reports/chains/${small.chainId}/replay.pdf`, managerOf(small));
    expect([res.status, res.headers['content-type']]).toEqual([200, PROGRESS_TYPE]);
    const { steps, file } = readProgressDownload(res.body);
    expectHonestProgress(steps, total);
    expect(file).toMatchObject({ type: 'application/pdf', name: expect.stringMatching(/^replay-[0-9a-f-]+-\d{4}-\d{2}-\d{2}\.pdf$/) });
    expect(file!.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = (await pdfText(file!.body)).flat().join('\n');
    expect(text).toContain(`Log checkpoint: ${total} events`);
    expect(text).toContain('Renovatie Zuiderpark');
  }, 60_000);

  it('without the progress type the same routes give the plain file', async () => {
    const res = await get(`/reports/chains/${small.chainId}/evidence-bundle.json`, managerOf(small), 'application/json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="evidence-bundle-/);
    const key = (await api.gql('{ evidencePublicKey { pem } }')).data!.evidencePublicKey.pem as string;
    expect(verifyEvidenceBundle(JSON.parse(res.body.toString('utf8')), { publicKeyPem: key })).toMatchObject({ ok: true });
  }, 60_000);

  it('who may not download learns nothing: the refusal is the plain route\'s HTTP error, without a single progress line', async () => {
    for (const path of [`/reports/chains/${big.chainId}/evidence-bundle.json`, `/reports/chains/${big.chainId}/replay.pdf`]) {
      // the manager of another chain's principal
      const other = await get(path, managerOf(small));
      expect([other.status, other.headers['content-type']]).toEqual([403, expect.stringMatching(/^application\/json/)]);
      expect(JSON.parse(other.body.toString('utf8'))).toMatchObject({ code: 'FORBIDDEN', reason: 'REPLAY_NOT_ALLOWED' });
      expect(other.body.toString('utf8')).not.toMatch(/progress|total/);
      const none = await get(path, null);
      expect([none.status, JSON.parse(none.body.toString('utf8')).reason]).toEqual([401, 'AUTH_TOKEN_MISSING']);
    }
    const badChain = await get('/reports/chains/not-a-chain/evidence-bundle.json', managerOf(big));
    expect([badChain.status, JSON.parse(badChain.body.toString('utf8')).code]).toEqual([400, 'BAD_USER_INPUT']);
  }, 60_000);
}

describe('downloads with their progress (SQLite)', () => downloadStory('sqlite'));
describePostgres('downloads with their progress (PostgreSQL)', () => downloadStory('postgres'));
