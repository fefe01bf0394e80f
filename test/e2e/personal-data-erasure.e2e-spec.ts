import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import { createTestDatabase, describePostgres, type TestDatabase } from '@schakel/testing';
import { runCli as cli } from '../support/run-cli';
import { buildStory1, instructionV1, instructionV2, ok, registerCast, send, type Cast, type ChainOfStory1 } from './chain-story';

// Erasure by crypto-shredding, end to end: a worker's name, injury and its correction go into the
// log encrypted; a bundle is exported; the worker is erased; the data is gone from every database
// file, while the log, the old bundle and a new one all still verify, and the replay still shows
// that the worker acknowledged, as "erased person #1". A worker in the accident register is held back.

const NAME = 'Tomasz Zielinski';
const INJURY = 'Snijwond linkerhand, BSN 123456782';
const CORRECTED = 'Diepe snijwond linkerhand, drie hechtingen';

/** Every file of the installation's databases (log, read models, keys and their write-ahead logs). */
function databaseBytes(dir: string): Buffer {
  const files = ['schakel.db', 'schakel.read-models.db', 'schakel.keys.db'].flatMap((f) => [f, `${f}-wal`]).map((f) => join(dir, f));
  return Buffer.concat(files.filter((f) => existsSync(f)).map((f) => readFileSync(f)));
}

describe('erasure of personal data (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'schakel-erasure-'));
  const env = { SQLITE_PATH: join(dir, 'schakel.db'), SCHAKEL_DATA_DIR: dir, LOG_LEVEL: 'silent', SCHAKEL_STORE: 'sqlite' };
  let api: ApiHarness;
  let cast: Cast;
  let chain: ChainOfStory1;
  let tomasz: string;
  let marek: string;
  let incidentEventId: string;

  beforeAll(async () => {
    api = await startApi(env);
    cast = await registerCast(api);
    chain = await buildStory1(api, cast);
    tomasz = cast.workers.tomasz.id;
    marek = cast.workers.marek.id;
  });
  afterAll(async () => {
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('records a worker, an acknowledgement of version 2, an injury and its correction: the personal fields are ciphertext in the log', async () => {
    const v1 = await ok(api, 'issueSafetyInstruction', { chainId: chain.chainId, ...instructionV1 }, cast.main.token);
    const instructionId = v1.instructionId as string;
    await ok(api, 'issueSafetyInstruction', { chainId: chain.chainId, supersedesInstructionId: instructionId, ...instructionV2 }, cast.main.token);
    await ok(api, 'acknowledgeInstruction', { chainId: chain.chainId, instructionId, version: 2, workerId: tomasz, language: 'pl' }, cast.steel.token);
    const victim = (workerId: string) => ({ partyId: cast.agency.id, workerId, linkId: chain.links.agency });
    const report = await ok(
      api,
      'reportIncident',
      { chainId: chain.chainId, kind: 'ACCIDENT', happenedAt: new Date(Date.now() - 3600_000).toISOString(), location: 'Blok B', description: INJURY, victim: victim(tomasz), severity: 'NONE' },
      cast.steel.token,
    );
    incidentEventId = report.eventIds[0];
    await ok(api, 'correctEntry', { chainId: chain.chainId, targetEventId: incidentEventId, reason: 'Aangevuld na bezoek huisarts', changes: { description: CORRECTED } }, cast.steel.token);
    await ok(
      api,
      'reportIncident',
      { chainId: chain.chainId, kind: 'ACCIDENT', happenedAt: new Date(Date.now() - 7200_000).toISOString(), location: 'Galerij', description: 'Val van steiger', victim: victim(marek), severity: 'HOSPITAL_ADMISSION' },
      cast.steel.token,
    );

    // the application reads them in the clear; the log as hashed holds ciphertext only
    const incidents = await api.gql(`query($id: ID!) { chain(id: $id) { incidents { description } corrections { changes previousValues } } }`, { id: chain.chainId }, cast.steel.token);
    expect(JSON.stringify(incidents.data)).toContain(CORRECTED);
    expect(JSON.stringify(incidents.data)).toContain('BSN 123456782');
    const log = readFileSync(join(dir, 'schakel.db')).toString('utf8') + (existsSync(join(dir, 'schakel.db-wal')) ? readFileSync(join(dir, 'schakel.db-wal')).toString('utf8') : '');
    for (const plaintext of [NAME, 'BSN 123456782', CORRECTED]) expect({ plaintext, inLog: log.includes(plaintext) }).toEqual({ plaintext, inLog: false });
  });

  it('exports a bundle before the erasure', async () => {
    const exported = await cli(env, 'export-bundle', '--chain', chain.chainId, '--out', join(dir, 'before.json'), '--public-key-out', join(dir, 'key.pem'));
    expect(exported.code).toBe(0);
  });

  it('refuses to erase a worker the accident register still holds, with its basis, and writes nothing', async () => {
    const before = await api.eventCount();
    const res = await send(api, 'erasePersonalData', { partyId: cast.agency.id, subjectId: marek, reason: 'Verzoek art. 17 AVG' }, cast.agency.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BUSINESS_RULE_VIOLATED', reason: 'PERSONAL_DATA_RETENTION_HOLD' });
    expect(res.errors?.[0].message).toMatch(/Arbowet art\. 9\(2\)/);
    expect(await api.eventCount()).toBe(before);
    const workers = await api.gql(`query($id: ID!) { party(id: $id) { workers { id name } } }`, { id: cast.agency.id }, cast.agency.token);
    expect(workers.data!.party.workers).toContainEqual({ id: marek, name: 'Marek Kowalski' });
  });

  it('refuses a MANAGER of another party, and a WORKER', async () => {
    for (const token of [cast.steel.token, cast.workers.tomasz.token]) {
      const res = await send(api, 'erasePersonalData', { partyId: cast.agency.id, subjectId: tomasz, reason: 'Verzoek art. 17 AVG' }, token);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('erases the worker: every view shows "erased"; the acknowledgement survives, by "erased person #1"', async () => {
    const res = await send(api, 'erasePersonalData', { partyId: cast.agency.id, subjectId: tomasz, reason: 'Verzoek art. 17 AVG van 2026-12-07' }, cast.agency.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.erasePersonalData).toMatchObject({ streamId: `party-${cast.agency.id}` });
    const erased = await api.gql(
      `mutation($input: ErasePersonalDataInput!) { erasePersonalData(input: $input) { erasedAs shownAs } }`,
      { input: { partyId: cast.agency.id, subjectId: tomasz, reason: 'again' } },
      cast.agency.token,
    );
    expect(erased.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'PERSONAL_DATA_ALREADY_ERASED' });

    const workers = await api.gql(`query($id: ID!) { party(id: $id) { workers { id name } } }`, { id: cast.agency.id }, cast.agency.token);
    expect(workers.data!.party.workers).toContainEqual({ id: tomasz, name: 'erased person #1' });
    const views = await api.gql(`query($id: ID!) { chain(id: $id) { incidents { description } corrections { changes previousValues } } }`, { id: chain.chainId }, cast.steel.token);
    const text = JSON.stringify(views.data);
    expect(text).not.toContain(CORRECTED);
    expect(text).not.toContain('BSN');
    expect(views.data!.chain.incidents.map((i: { description: string }) => i.description)).toContain('erased');

    const timeline = await api.gql(
      `query($id: ID!) { timeline(chainId: $id, clock: RECORDED) { entries { type summary } } }`,
      { id: chain.chainId },
      cast.principal.token,
    );
    expect(timeline.errors).toBeUndefined();
    const ack = timeline.data!.timeline.entries.find((e: { type: string }) => e.type === 'SafetyInstructionAcknowledged');
    expect(ack.summary).toMatch(/\(worker erased person #1\) acknowledged instruction v2 in pl/);
    expect(JSON.stringify(timeline.data)).not.toContain(NAME);
    expect(JSON.stringify(timeline.data)).not.toContain('BSN');
  });

  it('verify passes on the same log; the bundle exported before and one exported after both verify', async () => {
    const verified = await cli(env, 'verify');
    expect(verified.code).toBe(0);
    const after = await cli(env, 'export-bundle', '--chain', chain.chainId, '--out', join(dir, 'after.json'));
    expect(after.code).toBe(0);
    for (const bundle of ['before.json', 'after.json']) {
      const checked = await cli({}, 'verify-bundle', join(dir, bundle), '--public-key', join(dir, 'key.pem'));
      expect({ bundle, code: checked.code, out: checked.out }).toMatchObject({ bundle, code: 0 });
    }
    expect(readFileSync(join(dir, 'after.json'), 'utf8')).not.toContain('BSN 123456782');
  });

  it('leaves no plaintext of the name, the injury or its correction in any database file', async () => {
    await api.close();
    const bytes = databaseBytes(dir).toString('utf8');
    for (const plaintext of [NAME, 'BSN 123456782', CORRECTED, 'Snijwond']) {
      expect({ plaintext, found: bytes.includes(plaintext) }).toEqual({ plaintext, found: false });
    }
    // Marek, held back, is still there
    expect(bytes.includes('Marek Kowalski')).toBe(true);
    api = await startApi(env);
    const workers = await api.gql(`query($id: ID!) { party(id: $id) { workers { id name } } }`, { id: cast.agency.id }, cast.agency.token);
    expect(workers.data!.party.workers).toContainEqual({ id: tomasz, name: 'erased person #1' });
  });
});

describePostgres('erasure of personal data (PostgreSQL: log, read models and keys in one database)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'schakel-erasure-pg-'));
  let database: TestDatabase;
  let env: Record<string, string>;
  let api: ApiHarness;

  beforeAll(async () => {
    database = await createTestDatabase('schakel_erasure');
    env = { SCHAKEL_STORE: 'postgres', DATABASE_URL: database.url, SQLITE_PATH: join(dir, 'unused.db'), SCHAKEL_DATA_DIR: dir, LOG_LEVEL: 'silent' };
    api = await startApi(env);
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('erases a worker with an injury and its correction: no plaintext in a dump of the database, and the log verifies', async () => {
    const cast = await registerCast(api);
    const chain = await buildStory1(api, cast);
    const tomasz = cast.workers.tomasz.id;
    const report = await ok(
      api,
      'reportIncident',
      {
        chainId: chain.chainId,
        kind: 'ACCIDENT',
        happenedAt: new Date(Date.now() - 3600_000).toISOString(),
        location: 'Blok B',
        description: INJURY,
        victim: { partyId: cast.agency.id, workerId: tomasz, linkId: chain.links.agency },
        severity: 'NONE',
      },
      cast.steel.token,
    );
    await ok(api, 'correctEntry', { chainId: chain.chainId, targetEventId: report.eventIds[0], reason: 'Aangevuld', changes: { description: CORRECTED } }, cast.steel.token);
    const before = execFileSync('pg_dump', ['--data-only', database.url], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(before).toContain(NAME); // the read models hold it until the erasure
    expect(before).toContain('BSN 123456782');

    await ok(api, 'erasePersonalData', { partyId: cast.agency.id, subjectId: tomasz, reason: 'Verzoek art. 17 AVG' }, cast.agency.token);
    const after = execFileSync('pg_dump', ['--data-only', database.url], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    for (const plaintext of [NAME, 'BSN 123456782', CORRECTED, 'Snijwond']) {
      expect({ plaintext, found: after.includes(plaintext) }).toEqual({ plaintext, found: false });
    }
    expect(after).toContain('erased person #1');
    expect((await cli(env, 'verify')).code).toBe(0);
  });
});
