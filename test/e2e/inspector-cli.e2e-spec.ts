import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEvidenceBundleFile, verifyEvidenceBundle } from '@schakel/evidence';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import type { Role } from '@schakel/infrastructure';
import { runCli as cli } from '../support/run-cli';
import { runDemoStory } from '../../apps/cli/src/demo/demo-story';
import { runStory4 } from '../../apps/cli/src/demo/demo-story-4';
import { GraphqlClient } from '../../apps/cli/src/demo/graphql-client';

// The demo's story 4 over real HTTP, and `schakel export-bundle` against the same store: both
// bundles verify offline against the key the API publishes; a changed byte breaks them.


describe('story 4 in the demo, and schakel export-bundle', () => {
  let api: ApiHarness;
  let dir: string;

  beforeAll(async () => {
    api = await startApi();
    await api.app.listen(0, '127.0.0.1');
    dir = mkdtempSync(join(tmpdir(), 'schakel-story4-'));
  });
  afterAll(async () => {
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the inspector\'s answers and writes a bundle that verify-bundle accepts', async () => {
    const client = new GraphqlClient(`http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}/graphql`);
    const mint = (who: { party?: string; role: Role; worker?: string }) => api.token({ party: who.party ?? null, role: who.role, worker: who.worker ?? null });
    const demo = await runDemoStory(client, mint, new Date().toISOString().slice(0, 10));
    let printed = '';
    const result = await runStory4(client, mint, demo, null, (s) => (printed += s), dir);
    expect(printed).toContain('Links active at that moment:');
    expect(printed).toMatch(/Steigerplank schoof weg onder voet; geen letsel .*matched on LOCATION and TOPIC/);
    expect(printed).toMatch(/Bouwbedrijf Van Dijk BV: NOTIFIED/);
    expect(printed).toContain('NLA: NOTIFIED');
    expect(printed).toMatch(/Woonstichting De Linde: NOTIFIED from/);
    expect(printed).toMatch(/Recorded only after the accident:\n    Staalbouw Kowalski BV notified Woonstichting De Linde of incident near miss \(plank slipped\) by PHONE \(dated/);
    expect(printed).toMatch(/Timeline: \d+ entries\.\n    \d+ imported by Woonstichting De Linde from a file with SHA-256 [0-9a-f]{16}…\n/);
    expect(printed).toMatch(/1 typed in after an incident they relate to, dated before it:\n      Staalbouw Kowalski BV notified Woonstichting De Linde/);

    const verified = await cli({}, 'verify-bundle', result.bundleFile, '--public-key', result.publicKeyFile);
    expect(verified).toMatchObject({ code: 0 });
    expect(verified.out).toMatch(/^ok: bundle of \d+ events in 2 streams/);

    const json = readFileSync(result.bundleFile, 'utf8');
    // the accident's description is sealed under the victim's key (docs/personal-data.md): the bundle holds
    // no clear text of it, so the byte changed is one of the chain's name, which is kept in the clear
    expect(json).not.toContain('Val van steiger');
    const i = json.indexOf('Renovatie');
    expect(i).toBeGreaterThan(0);
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, json.slice(0, i) + 'W' + json.slice(i + 1));
    const broken = await cli({}, 'verify-bundle', tampered, '--public-key', result.publicKeyFile);
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(/^BROKEN: /);

    // the CLI exports the same chain from the store, signed with the same key
    const out = join(dir, 'cli-bundle.json');
    const env = { SQLITE_PATH: api.config.sqlitePath, SCHAKEL_DATA_DIR: api.config.dataDir, LOG_LEVEL: 'silent' };
    const exported = await cli(env, 'export-bundle', '--chain', demo.chainId, '--out', out);
    expect(exported).toMatchObject({ code: 0 });
    const check = verifyEvidenceBundle(readEvidenceBundleFile(out), { publicKeyPem: readFileSync(result.publicKeyFile, 'utf8') });
    expect(check.ok).toBe(true);
    expect(check.summary?.streamCount).toBe(2);
  }, 60_000);
});
