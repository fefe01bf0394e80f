import { BenchUsageError, parseBenchOptions } from './bench-options';
import { newResults } from './bench-results';
import { measureHashing } from './cases/hashing-cost';
import { runStoreCases } from './cases/store-cases';
import { machineInfo } from './machine-info';
import { writeReport } from './write-report';

const log = (line: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

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
    measureHashing(options, results);
    await attempt('1–6', () => runStoreCases(options, results, log));
  }
  if (options.cases.has(7)) await attempt('7', async () => (await import('./cases/http-end-to-end')).runHttpCase(options, results, log));
  if (options.cases.has(8) || options.cases.has(9)) {
    await attempt('8–9', async () => (await import('./cases/chain-history-cases')).runChainHistoryCases(options, results, log));
  }
  if (options.cases.has(10)) await attempt('10', async () => (await import('./cases/abusive-client')).runAbusiveClientCase(options, results, log));
  if (options.cases.has(11)) await attempt('11', async () => (await import('./cases/web-app')).runWebAppCase(options, results, log));
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
