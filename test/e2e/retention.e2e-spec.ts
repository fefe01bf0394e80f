import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, describePostgres, type TestDatabase } from '@schakel/testing';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import { RetentionJob } from '../../apps/api/src/personal-data/retention-job';
import { runCli as cli } from '../support/run-cli';
import { buildStory1, daysAgo, instructionV1, ok, registerCast, type Cast } from './chain-story';

// Retention: with a worker's data kept 2 years after the last entry naming them, the clock is set
// 3 years ahead. `schakel retention --dry-run` lists who would be erased (names, basis, the date the
// period ended) and writes nothing; the accident register holds Tomasz, who fell. The API's daily
// job (run now, as its leader) erases the others; `schakel retention` erases Tomasz once the register's
// 5 years are over too. Every erasure is a PersonalDataErased with the basis as reason, and the log verifies.

const YEAR = 365.25 * 24 * 3600_000;
const WORKERS = `query W($id: ID!) { party(id: $id) { workers { id name } } }`;

function retentionStory(store: 'sqlite' | 'postgres'): void {
  const dir = mkdtempSync(join(tmpdir(), `schakel-retention-${store}-`));
  let database: TestDatabase | null = null;
  let env: Record<string, string>;
  let api: ApiHarness;
  let cast: Cast;
  const start = Date.now();

  const workerNames = async (partyId: string): Promise<Record<string, string>> => {
    const res = await api.gql(WORKERS, { id: partyId }, api.token({ party: partyId, role: 'MANAGER' }));
    expect(res.errors).toBeUndefined();
    return Object.fromEntries(res.data!.party.workers.map((w: { id: string; name: string }) => [w.id, w.name]));
  };
  const erasures = async () => {
    const run = await cli(env, 'subject-access', cast.workers.marek.id);
    return JSON.parse(run.out) as { erasure: { erasedAs: number; reason: string } | null; shownAs: string };
  };

  beforeAll(async () => {
    jest.useFakeTimers({
      advanceTimers: true,
      doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
    });
    jest.setSystemTime(start);
    const settings = { SCHAKEL_RETENTION_WORKER_YEARS: '2', SCHAKEL_RETENTION_ACCIDENT_REGISTER_YEARS: '5', LOG_LEVEL: 'silent', SCHAKEL_DATA_DIR: dir };
    if (store === 'postgres') {
      database = await createTestDatabase('schakel_retention');
      env = { ...settings, SCHAKEL_STORE: 'postgres', DATABASE_URL: database.url, SQLITE_PATH: join(dir, 'unused.db') };
    } else {
      env = { ...settings, SCHAKEL_STORE: 'sqlite', SQLITE_PATH: join(dir, 'schakel.db') };
    }
    api = await startApi(env);
    cast = await registerCast(api);
    const chain = await buildStory1(api, cast);
    const instructionId = (await ok(api, 'issueSafetyInstruction', { chainId: chain.chainId, ...instructionV1 }, cast.main.token)).instructionId as string;
    await ok(api, 'passDownInstruction', { chainId: chain.chainId, instructionId, linkId: chain.links.steel }, cast.main.token);
    await ok(api, 'passDownInstruction', { chainId: chain.chainId, instructionId, linkId: chain.links.agency }, cast.steel.token);
    await ok(api, 'acknowledgeInstruction', { chainId: chain.chainId, instructionId, version: 1, language: 'pl' }, cast.workers.marek.token);
    // Tomasz falls and is taken to hospital: a line of the agency's accident register
    await ok(api, 'reportIncident', {
      chainId: chain.chainId, kind: 'ACCIDENT', happenedAt: daysAgo(2), location: 'Galerij 3', description: 'Polsfractuur', topics: ['WORK_AT_HEIGHT'],
      victim: { partyId: cast.agency.id, workerId: cast.workers.tomasz.id, linkId: chain.links.agency }, severity: 'HOSPITAL_ADMISSION', absenceDays: 0,
    }, cast.steel.token);
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await database?.drop();
    jest.useRealTimers();
    rmSync(dir, { recursive: true, force: true });
  });

  it('before the period ends nothing is due', async () => {
    jest.setSystemTime(start + 1.9 * YEAR);
    const run = await cli(env, 'retention', '--dry-run', '--json');
    expect(JSON.parse(run.out).people).toEqual([]);
  });

  it('--dry-run, 3 years on: lists every worker by name with the basis and when the period ended, the fallen worker as held, and writes nothing', async () => {
    jest.setSystemTime(start + 3 * YEAR);
    const run = await cli(env, 'retention', '--dry-run');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^retention \(dry run, nothing written\) at \d{4}-\d{2}-\d{2} \d{2}:\d{2} CES?T: 4 to erase, 1 held by a statutory record\n/);
    expect(run.out).toMatch(/ {2}DUE {4}Marek Kowalski \(worker of Flex Uitzendbureau\): the period ended \d{4}-\d{2}-\d{2} \d{2}:\d{2} CES?T .*retention policy: a worker's data is kept 2 year\(s\) after the last entry naming them/);
    expect(run.out).toMatch(/ {2}HELD {3}Tomasz Zielinski \(worker of Flex Uitzendbureau\).*\n {9}kept until \d{4}-\d{2}-\d{2} .*: Arbowet art\. 9\(2\)/);
    expect(run.out).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect((await workerNames(cast.agency.id))[cast.workers.marek.id]).toBe('Marek Kowalski');
    expect((await erasures()).erasure).toBeNull();
  });

  it("the API's daily job erases them as its leader: PersonalDataErased with the basis as reason; Tomasz is kept", async () => {
    const outcomes = await api.app.get(RetentionJob).runNow();
    expect(outcomes!.filter((o) => o.erasedAs !== null).map((o) => o.name).sort()).toEqual(['Jan de Vries', 'Marek Kowalski', 'Piotr Nowak', 'Sanne Bakker']);
    expect(outcomes!.filter((o) => o.heldBy).map((o) => o.name)).toEqual(['Tomasz Zielinski']);
    let names: Record<string, string> = {};
    for (let i = 0; i < 100; i++) {
      names = await workerNames(cast.agency.id);
      if (names[cast.workers.marek.id].startsWith('erased person #')) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(names[cast.workers.marek.id]).toMatch(/^erased person #\d$/);
    expect(names[cast.workers.tomasz.id]).toBe('Tomasz Zielinski');
    const marek = await erasures();
    expect(marek.erasure?.reason).toMatch(/^retention policy: a worker's data is kept 2 year\(s\) after the last entry naming them \(GDPR art\. 5\(1\)\(e\)\); the period ended on \d{4}-\d{2}-\d{2}$/);
    // a second run finds nothing more to do
    expect((await api.app.get(RetentionJob).runNow())!.map((o) => o.name)).toEqual(['Tomasz Zielinski']);
  });

  it('`schakel retention`, once the accident register no longer holds him, erases Tomasz; the log verifies', async () => {
    jest.setSystemTime(start + 6 * YEAR);
    const run = await cli(env, 'retention');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/: 1 erased, 0 held by a statutory record\n {2}ERASED erased person #5 \(worker of Flex Uitzendbureau\)/);
    expect(run.out).not.toContain('Tomasz');
    const tomasz = JSON.parse((await cli(env, 'subject-access', cast.workers.tomasz.id)).out);
    expect(tomasz.erasure).toMatchObject({ erasedAs: 5 });
    expect(JSON.stringify(tomasz)).not.toContain('Polsfractuur');
    expect(JSON.parse((await cli(env, 'retention', '--dry-run', '--json')).out).people).toEqual([]);
    expect((await cli(env, 'verify')).code).toBe(0);
  });
}

describe('retention (SQLite)', () => retentionStory('sqlite'));
describePostgres('retention (PostgreSQL)', () => retentionStory('postgres'));
