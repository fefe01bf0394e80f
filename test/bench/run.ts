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
  if ([1, 2, 3, 4, 5, 6].some((c) => options.cases.has(c))) {
    measureHashing(options, results);
    await runStoreCases(options, results, log);
  }
  if (options.cases.has(7)) await (await import('./cases/http-end-to-end')).runHttpCase(options, results, log);
  if (options.cases.has(8) || options.cases.has(9)) await (await import('./cases/chain-history-cases')).runChainHistoryCases(options, results, log);
  if (options.cases.has(10)) await (await import('./cases/abusive-client')).runAbusiveClientCase(options, results, log);
  if (options.cases.has(11)) await (await import('./cases/web-app')).runWebAppCase(options, results, log);
  const markdown = writeReport(options, machine, results);
  process.stdout.write(`${markdown}\n`);
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
