import { startApi, type ApiHarness } from '@schakel/api-harness';
import { runDemoStory } from '../../apps/cli/src/demo/demo-story';
import { printFindings, runStory3 } from '../../apps/cli/src/demo/demo-story-3';
import { GraphqlClient } from '../../apps/cli/src/demo/graphql-client';

// The demo's story 3 over real HTTP, as `npm run demo` plays it: the late NLA report shows as a finding.
describe('demo story 3', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
    await api.app.listen(0, '127.0.0.1');
  });
  afterAll(() => api?.close());

  it('plays the accident with a lent worker on top of stories 1–2 and prints its findings', async () => {
    const client = new GraphqlClient(`${(await api.app.getUrl()).replace('[::1]', 'localhost')}/graphql`);
    const mint = (who: { party?: string; role: 'ADMIN' | 'MANAGER' | 'WORKER'; worker?: string }) => api.token(who as never);
    const demo = await runDemoStory(client, mint, new Date().toISOString().slice(0, 10));
    const story3 = await runStory3(client, mint, demo);
    expect(story3.incidentId).toMatch(/^[0-9a-f-]{36}$/);
    let printed = '';
    const findings = await printFindings(client, mint({ party: demo.parties.principal.id, role: 'MANAGER' }), demo.chainId, (t) => (printed += t));
    // the late report (law in force); the lending act is not yet in force by default; the site,
    // described above the notice thresholds, shows its construction findings: the prior notice against
    // the principal, and coordinators while several employers work on site (the design phase is the
    // principal's, the execution phase the main contractor's)
    const rows = findings.map((f) => [f.ruleId, f.partyIds, f.resolvedAt ? 'resolved' : 'open']);
    expect(rows).toContainEqual(['NL-ARBO-9-REPORT', [demo.parties.steel.id], 'resolved']);
    expect(rows).toContainEqual(['NL-BOUW-VOORMELDING', [demo.parties.principal.id], 'open']);
    expect(rows).toContainEqual(['NL-BOUW-COORDINATOR', [demo.parties.principal.id], 'open']);
    expect(rows).toContainEqual(['NL-BOUW-COORDINATOR', [demo.parties.main.id], 'open']);
    expect(rows.filter(([id]) => !(id as string).startsWith('NL-BOUW-')).map(([id]) => id)).toEqual(['NL-ARBO-9-REPORT']);
    expect(printed).toContain('NL-ARBO-9-REPORT');
    expect(printed).toContain('Arbowet 9(1); 1(1)(a)(2°), 1(2)(a)(1°) (LAW');
  }, 60_000);
});
