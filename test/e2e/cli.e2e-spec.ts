import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { verifyToken, loadOrCreateJwtSecret } from '@schakel/infrastructure';
import { runCli as cli } from '../support/run-cli';


/** Every read-model table, sorted, for comparing a live run with a rebuild. */
function dumpReadModels(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('events', 'read_model_migrations', 'projection_checkpoint')`)
      .all() as { name: string }[];
    return Object.fromEntries(
      tables.map(({ name }) => [name, (db.prepare(`SELECT * FROM "${name}"`).all() as object[]).map((r) => JSON.stringify(r)).sort()]),
    );
  } finally {
    db.close();
  }
}

describe('schakel CLI on the demo data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'schakel-cli-'));
  const env = { SQLITE_PATH: join(dir, 'schakel.db'), LOG_LEVEL: 'silent', SCHAKEL_STORE: 'sqlite' };
  const readModelsFile = join(dir, 'schakel.read-models.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('demo builds the four-tier chain through the API and prints the tree, the findings of story 3 and tokens', async () => {
    const { code, out } = await cli(env, 'demo');
    expect(code).toBe(0);
    expect(out).toMatch(/Woonstichting De Linde\s+\[principal\]/);
    expect(out).toMatch(/ {2}└─ Bouwbedrijf Van Dijk BV\s+\[SUBCONTRACT\]/);
    expect(out).toMatch(/ {4}└─ Staalbouw Kowalski BV\s+\[SUBCONTRACT\]/);
    expect(out).toMatch(/ {6}└─ Piotr Nowak \(zzp\)\s+\[SELF_EMPLOYED\]/);
    expect(out).toMatch(/ {6}└─ Jan de Vries \(zzp\)\s+\[SELF_EMPLOYED\]/);
    expect(out).toMatch(/ {6}└─ FlexBouw Uitzendbureau BV\s+\[LENDING\]/);
    expect(out).toMatch(/worker Piotr Nowak\s+STALE \(acknowledged v1\)/);
    expect(out).toMatch(/worker Marek Wiśniewski\s+CURRENT \(acknowledged v2\)/);
    // Story 3: the hirer reported the hospital admission 30 hours late; the lending act is not yet in force.
    expect(out).toMatch(/NL-ARBO-9-REPORT — Serious accident not reported to the NLA directly/);
    expect(out).toMatch(/basis: Arbowet 9\(1\); 1\(1\)\(a\)\(2°\), 1\(2\)\(a\)\(1°\) \(LAW/);
    expect(out).not.toMatch(/NL-LEND-/);
    // Story 4: the inspector's replay, and a bundle written into the data folder.
    expect(out).toMatch(/Story 4: Woonstichting De Linde grants the Nederlandse Arbeidsinspectie access/);
    expect(out).toMatch(/Recorded only after the accident:\n.*notified Woonstichting De Linde/);
    expect(out).toContain(`check it offline: ./bin/schakel verify-bundle ${join(dir, 'demo')}`);
    // names, not ids: no UUID anywhere in what the demo prints
    expect(out).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
    // the story runs over days, and says whose act each acknowledgement is
    expect(out).toMatch(/worker Jan de Vries\s+signed \S+ \S+ UTC in nl: own act/);
    expect(out).toMatch(/worker Marek Wiśniewski\s+signed \S+ \S+ UTC in pl, recorded \S+ \S+ UTC: entered by a manager on their behalf/);
    expect(out).toMatch(/Staalbouw Kowalski BV\s+signed \S+ \S+ UTC in nl, recorded \S+ \S+ UTC: imported from the paper file/);
    expect(out).toMatch(/NL-BOUW-VOORMELDING/);
    expect(out).toMatch(/The inspector's way in \(token, chain, the replay report's address and the questions to ask\): \S+inspector-way-in\.txt/);
    const secret = loadOrCreateJwtSecret(dir, null);
    const workerToken = /WORKER {2}Piotr Nowak\s+(\S+)/.exec(out)![1];
    await expect(verifyToken(secret, workerToken)).resolves.toMatchObject({ role: 'WORKER' });
  });

  it('token mints a token the API accepts, and refuses a role without a party', async () => {
    const ok = await cli(env, 'token', '--role', 'MANAGER', '--party', '0190b8a0-0000-7000-8000-000000000001');
    expect(ok.code).toBe(0);
    await expect(verifyToken(loadOrCreateJwtSecret(dir, null), ok.out.trim())).resolves.toMatchObject({
      role: 'MANAGER',
      partyId: '0190b8a0-0000-7000-8000-000000000001',
    });
    await expect(cli(env, 'token', '--role', 'MANAGER')).rejects.toThrow('a MANAGER token needs --party');
  });

  it('token refuses a lifetime over 30 days and any token when NODE_ENV=production', async () => {
    await expect(cli(env, 'token', '--role', 'ADMIN', '--expires', '31d')).rejects.toThrow('at most 30 days');
    expect((await cli(env, 'token', '--role', 'ADMIN', '--expires', '30d')).code).toBe(0);
    await expect(cli({ ...env, NODE_ENV: 'production' }, 'token', '--role', 'ADMIN')).rejects.toThrow('NODE_ENV=production');
  });

  it('rebuild-projections gives exactly the read models the live run made', async () => {
    const live = dumpReadModels(readModelsFile);
    expect(Object.keys(live).length).toBeGreaterThan(5);
    const { code, out } = await cli(env, 'rebuild-projections');
    expect(code).toBe(0);
    expect(out).toMatch(/rebuilt read models from \d+ events/);
    expect(dumpReadModels(readModelsFile)).toEqual(live);
  });

  it('verify, export-bundle and rebuild-projections report their progress on standard error with --progress, and only then', async () => {
    const quiet = await cli(env, 'verify');
    const events = Number(/^ok: (\d+) events/.exec(quiet.out)![1]);
    expect(quiet.err).toBe(''); // not a terminal, no --progress: a script reads only the answer
    const total = events.toLocaleString('en-GB');
    const verified = await cli(env, 'verify', '--progress');
    expect(verified.out).toBe(quiet.out);
    expect(verified.err).toBe(`verify: ${total} of about ${total} events (100%), finishing\n`);

    const db = new Database(env.SQLITE_PATH, { readonly: true });
    const { stream_id: stream } = db.prepare(`SELECT stream_id FROM events WHERE stream_id LIKE 'chain-%' LIMIT 1`).get() as { stream_id: string };
    db.close();
    const exported = await cli(env, 'export-bundle', '--chain', stream.slice('chain-'.length), '--out', join(dir, 'progress-bundle.json'), '--progress');
    expect(exported.code).toBe(0);
    expect(exported.err).toBe(`export-bundle: ${total} of about ${total} events (100%), finishing\n`);

    const rebuilt = await cli(env, 'rebuild-projections', '--progress');
    expect(rebuilt.code).toBe(0);
    // the read models apply in batches of 500: a line for each tenth of the log the batches cross
    const lines = rebuilt.err.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.at(-1)).toBe(`rebuild-projections: ${total} of about ${total} events (100%), finishing`);
    for (const line of lines) expect(line).toMatch(/^rebuild-projections: [\d,]+ of about [\d,]+ events \(\d+%\)(, about \d+ (s|min) left|, finishing)$/);
  });

  it('verify passes on the demo data, and names the position after one stored value is changed behind the API', async () => {
    const intact = await cli(env, 'verify');
    expect(intact.code).toBe(0);
    expect(intact.out).toMatch(/^ok: \d+ events in \d+ streams verified \(sqlite\)/);

    const db = new Database(env.SQLITE_PATH);
    const target = db.prepare(`SELECT global_position FROM events WHERE type = 'SafetyInstructionAcknowledged' ORDER BY global_position LIMIT 1`).get() as {
      global_position: number;
    };
    expect(() => db.prepare(`UPDATE events SET data = replace(data, '"pl"', '"nl"') WHERE global_position = ?`).run(target.global_position)).toThrow(
      /append-only/,
    );
    const triggers = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events' AND sql LIKE '%UPDATE%'`).all() as { name: string }[];
    for (const { name } of triggers) db.exec(`DROP TRIGGER "${name}"`);
    db.prepare(`UPDATE events SET data = replace(data, '"pl"', '"nl"') WHERE global_position = ?`).run(target.global_position);
    db.close();

    const broken = await cli(env, 'verify');
    expect(broken.code).toBe(1);
    expect(broken.out).toContain(`BROKEN at global position ${target.global_position}: HASH_MISMATCH`);
  });
});
