import { BenchUsageError, parseBenchOptions, type BenchOptions } from './bench-options';
import { newResults, type BenchResults } from './bench-results';
import { measureHashing } from './cases/hashing-cost';
import { runStoreCases } from './cases/store-cases';
import { machineInfo } from './machine-info';
import { resetPeakRss, takePeakRss } from './peak-memory';
import { writeReport } from './write-report';

const log = (line: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

/** Runs one case (or group) and records the bench process's own peak RSS while it ran. */
async function withPeak(results: BenchResults, caseId: string, work: () => Promise<void>): Promise<void> {
  resetPeakRss();
  await work();
  const peak = takePeakRss();
  results.memory.push({ caseId, process: 'bench', bytes: peak.bytes, sinceCaseStart: peak.sinceReset });
}

const only = (options: BenchOptions, caseId: number): BenchOptions => ({ ...options, cases: new Set([caseId]) });

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const results = newResults();
  const machine = await machineInfo();
  log(`${options.quick ? 'quick' : 'full'} run, ${options.runs} runs per figure, cases ${[...options.cases].join(',')}`);
  // A case that fails is reported and the others still run: one broken case must not throw away
  // the figures of a quiet machine's half-hour (the report lists the failure; the exit code is 1).
  const failed: string[] = [];
  const attempt = async (name: string, work: () => Promise<void>): Promise<void> => {
    try {
      await work();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      failed.push(name);
      results.notes.push(`case ${name} FAILED: ${reason}`);
      log(`case ${name} failed: ${error instanceof Error ? (error.stack ?? reason) : reason}`);
    }
  };
  if ([1, 2, 3, 4, 5, 6].some((c) => options.cases.has(c))) {
    await attempt('hashing', () => withPeak(results, 'hash', async () => measureHashing(options, results)));
    await attempt('1–6', () => withPeak(results, '1–6 (coordinator)', () => runStoreCases(options, results, log)));
  }
  if (options.cases.has(7)) await attempt('7', () => withPeak(results, '7 (the API in process)', async () => (await import('./cases/http-end-to-end')).runHttpCase(options, results, log)));
  // 8 and 9 one after the other, so each has a peak of its own
  for (const c of [8, 9]) {
    if (options.cases.has(c)) await attempt(String(c), () => withPeak(results, String(c), async () => (await import('./cases/chain-history-cases')).runChainHistoryCases(only(options, c), results, log)));
  }
  if (options.cases.has(10)) await attempt('10', () => withPeak(results, '10 (the API in process)', async () => (await import('./cases/abusive-client')).runAbusiveClientCase(options, results, log)));
  if (options.cases.has(11)) await attempt('11', () => withPeak(results, '11 (the API in process; the browser not counted)', async () => (await import('./cases/web-app')).runWebAppCase(options, results, log)));
  if (options.cases.has(12)) await attempt('12', () => withPeak(results, '12', async () => (await import('./cases/api-memory')).runApiMemoryCase(options, results, log)));
  const markdown = writeReport(options, machine, results);
  process.stdout.write(`${markdown}\n`);
  if (failed.length > 0) throw new Error(`case ${failed.join(', ')} failed (the report above has the rest)`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof BenchUsageError) {
      process.stderr.write(`${error.message}\nusage: npm run bench -- [--quick] [--runs=N] [--cases=1,2,…]\n`);
      process.exit(2);
    }
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
