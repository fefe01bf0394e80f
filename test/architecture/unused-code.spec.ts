import { ModuleGraph, isTest, repoPath } from './module-graph';

/** Files nothing imports because something runs them: a process's main, a tool, a script a test spawns. */
const ENTRY_POINTS: Record<string, string> = {
  'apps/api/src/main.ts': 'the API process (npm start)',
  'apps/cli/src/main.ts': 'the CLI process (bin/schakel)',
  'libs/read-models/tools/generate-migrations.ts': 'run with ts-node to generate migrations',
  'libs/event-store/testing/sqlite-writer-process.ts': 'a child process the SQLite concurrency tests spawn',
  'libs/evidence/test/signing-key-race.ts': 'a child process the signing-key race test spawns',
  'apps/web/src/main.tsx': 'the web app (index.html loads it; npm run build:web)',
  'apps/web/vite.config.mts': 'the web app\'s build (npm run build:web, npm run dev)',
  'apps/web/codegen.ts': 'generates the web app\'s typed operations (npm run web:codegen)',
};

/**
 * Exports nothing imports, kept on purpose. Each says why; an entry that is used again, or whose
 * export is gone, fails the test so the list stays true.
 */
const KEPT_EXPORTS: Record<string, string> = Object.fromEntries(
  [
    'libs/domain/src/chain/checks/decide-record-vergewis-check.ts: CheckerMustBeUpstream',
    'libs/domain/src/chain/checks/decide-record-vergewis-check.ts: isAgencyCheckOfHirerMeasures',
    'libs/domain/src/chain/construction/decide-construction.ts: isCoordinator',
    'libs/domain/src/chain/construction/decide-construction.ts: NoticeNeedsProjectDescription',
    'libs/domain/src/chain/construction/decide-construction.ts: PlanVersionMustBeCurrent',
    'libs/domain/src/chain/construction/decide-construction.ts: AgreementWithUitvoerendePartij',
    'libs/domain/src/chain/construction/decide-construction.ts: OnlyCoordinatorDirects',
    'libs/domain/src/chain/corrections/entry-rules.ts: EntryOnlyByItsRecorder',
    'libs/domain/src/chain/corrections/find-entry.ts: chainEntries',
    'libs/domain/src/chain/incidents/decide-report-incident.ts: VictimWorkerOfVictimParty',
    'libs/domain/src/chain/lending/decide-lending-duties.ts: OnlyAuthorityHolder',
    'libs/domain/src/chain/lending/decide-lending-duties.ts: RieExtractOverLendingLink',
    'libs/domain/src/chain/work/decide-work-duties.ts: SupervisionOfSelfEmployed',
    'libs/domain/src/chain/work/decide-work-duties.ts: LadderStepInRange',
    'libs/domain/src/replay/chain-as-of.ts: answerFromState',
    'libs/domain/src/replay/timeline.ts: incidentIndex',
    'libs/domain/src/replay/timeline.ts: backdatedAcross',
    'libs/domain/src/replay/timeline.ts: flagsOf',
    'libs/domain/src/replay/who-knew.ts: hazardIncidents',
  ].map((entry) => [entry, 'the chain fold and replay are being reworked in a change of their own; it settles these']),
);

describe('unused code', () => {
  const graph = new ModuleGraph();
  const inScope = (pattern: RegExp) => graph.files.filter((file) => pattern.test(repoPath(file)) && !isTest(file));

  it('every non-test file under apps/ and libs/ is imported by another, or is an entry point', () => {
    const orphans = inScope(/^(apps|libs)\//)
      .filter((file) => !/^libs\/read-models\/src\/migrations\//.test(repoPath(file)))
      .filter((file) => graph.importersOf(file).length === 0)
      .map(repoPath)
      .filter((file) => !(file in ENTRY_POINTS));
    expect(orphans).toEqual([]);
  });

  it('the entry points listed are real and still imported by nothing', () => {
    const listed = inScope(/^(apps|libs)\//).filter((file) => repoPath(file) in ENTRY_POINTS);
    expect(listed.map(repoPath).sort()).toEqual(Object.keys(ENTRY_POINTS).sort());
    expect(listed.filter((file) => graph.importersOf(file).length > 0).map(repoPath)).toEqual([]);
  });

  describe('exports of the libs', () => {
    let unused: string[];
    beforeAll(() => {
      const modules = inScope(/^libs\/[^/]+\/src\//).filter((file) => !file.endsWith('index.ts'));
      unused = graph.unusedExports(modules);
    }, 120_000);

    it('every exported value of a lib module is imported outside its file (a barrel passing it on does not count)', () => {
      expect(unused.filter((entry) => !(entry in KEPT_EXPORTS))).toEqual([]);
    });

    it('the kept exports are still exported and still unused', () => {
      expect(Object.keys(KEPT_EXPORTS).filter((entry) => !unused.includes(entry))).toEqual([]);
    });
  });
});
