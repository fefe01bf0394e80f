import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import { runCli } from '../support/run-cli';
import { registerCast, type Cast } from './chain-story';
import { chainBeforeImport, exampleFor } from './import-history';

// Story 8 from the command line: `schakel import FILE --token TOKEN` on the store the API serves.
describe('schakel import', () => {
  let api: ApiHarness;
  let cast: Cast;
  let chainId: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    api = await startApi();
    cast = await registerCast(api);
    chainId = await chainBeforeImport(api, cast);
    env = { SCHAKEL_STORE: 'sqlite', SQLITE_PATH: api.config.sqlitePath, SCHAKEL_JWT_SECRET: api.config.jwtSecret!, LOG_LEVEL: 'silent' };
  });
  afterAll(() => api?.close());

  const fileWith = (name: string, text: string) => {
    const path = join(api.config.dataDir, name);
    writeFileSync(path, text);
    return path;
  };

  it('rejects a file with a bad row whole: exit 1, the row and the reason, nothing written', async () => {
    const bad = JSON.parse(exampleFor(cast, chainId));
    bad.entries[8].victim.link = 'no-such-link';
    const before = await api.eventCount();
    const { code, out, err: stderr } = await runCli(env, 'import', fileWith('bad.json', JSON.stringify(bad)), '--token', cast.main.token);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(stderr).toMatch(/import rejected, nothing written: row 9: REPORT_INCIDENT: victim\.link "no-such-link" is no ref defined on an earlier row and no UUID \(IMPORT_ROW_INVALID\)/);
    expect(await api.eventCount()).toBe(before);
  });

  it('refuses a token that is not a manager\'s', async () => {
    const path = fileWith('history.json', exampleFor(cast, chainId));
    await expect(runCli(env, 'import', path, '--token', cast.workers.sanne.token)).rejects.toThrow('MANAGER token');
  });

  it('imports the example file: every entry marked with the importer and the SHA-256 of the file bytes', async () => {
    const path = fileWith('history.json', exampleFor(cast, chainId));
    const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
    const { code, out } = await runCli(env, 'import', path, '--token', cast.main.token);
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^imported 12 entries into chain ${chainId} \\(import [0-9a-f-]{36}, file sha256 ${sha256}\\)`));

    const stored = await api.store.readStream(`chain-${chainId}`);
    expect(stored).toHaveLength(14);
    expect(stored.slice(2).every((e) => e.actor.importedFrom?.sourceSha256 === sha256 && e.actor.partyId === cast.main.id)).toBe(true);
    // the API's timeline (read from the log) shows them as imported
    const res = await api.gql(`query($chainId: ID!) { timeline(chainId: $chainId, clock: RECORDED) { entries { flags } } }`, { chainId }, cast.principal.token);
    expect(res.errors).toBeUndefined();
    const flags = (res.data!.timeline.entries as Array<{ flags: string[] }>).map((e) => e.flags.includes('IMPORTED'));
    expect(flags.filter(Boolean)).toHaveLength(12);
    // the mark is part of each hash: the log still verifies
    const verified = await runCli(env, 'verify');
    expect(verified).toMatchObject({ code: 0 });
  });
});
