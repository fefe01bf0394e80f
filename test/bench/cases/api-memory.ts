import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, openPersonalDataStore } from '@schakel/infrastructure';
import type { BenchOptions } from '../bench-options';
import type { BenchResults, Figure } from '../bench-results';
import { writeBenchChain, type BenchChain } from '../chain-history';
import { askChild, forkBenchScript } from '../fork-bench-script';
import { API_MEMORY_TARGET } from '../issue-16-targets';
import { MiB, type PeakReading } from '../peak-memory';
import { formatNumber } from '../stats';

export interface ApiMemoryRequest {
  readonly env: Record<string, string> & { SCHAKEL_JWT_SECRET: string };
  readonly chains: readonly BenchChain[];
}

export type ApiMemoryAnswer =
  | {
      /** VmHWM of the API process over its whole life: start, catch-up, the cold commands. */
      readonly peak: PeakReading;
      readonly rssAfterGc: number;
      readonly heapUsedAfterGc: number;
      /** How many of the chains the API's cache held at the end, and how many streams it held in all. */
      readonly cached: number;
      readonly cacheSize: number;
      readonly startMs: number;
      readonly commandMs: readonly number[];
    }
  | { readonly error: string };

/** A failure of case 12: the API process failed, or did not cache every chain. */
export class ApiMemoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApiMemoryError';
  }
}

/**
 * Case 12 (issue 16, memory): the API process with 8 chains of 100,000 events (`--quick`: 2,000)
 * in its cache stays under 1 GiB. The chains are written straight to a SQLite store first, from
 * this process (as the API writes them: personal fields sealed); then the API starts in a process
 * of its own (cases/api-memory-process) and one command per chain fills its cache. Figures: the
 * API process's peak RSS over its whole life (the target), and its RSS and heap after a full GC.
 */
export async function runApiMemoryCase(options: BenchOptions, results: BenchResults, log: (line: string) => void): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'schakel-bench-memory-'));
  try {
    const env = {
      SCHAKEL_STORE: 'sqlite',
      SQLITE_PATH: join(folder, 'schakel.db'),
      SCHAKEL_DATA_DIR: folder,
      SCHAKEL_JWT_SECRET: 'schakel-bench-secret-0123456789abcdef',
      LOG_LEVEL: 'silent',
      PORT: '0',
      SCHAKEL_RATE_LIMIT: '0',
      // a cold command folds 100,000 events: measured, not refused (as case 11 does)
      SCHAKEL_REQUEST_BUDGET_MS: '120000',
    };
    const writeStart = performance.now();
    const store = await openPersonalDataStore(loadConfig(env));
    const chains: BenchChain[] = [];
    try {
      for (let i = 0; i < options.case12Chains; i++) chains.push(await writeBenchChain(store, options.case12ChainLength));
    } finally {
      await store.close();
    }
    const events = chains.reduce((n, c) => n + c.length, 0);
    log(`case 12: ${chains.length} chains, ${formatNumber(events)} events written in ${((performance.now() - writeStart) / 1000).toFixed(1)} s`);

    const start = loadavg()[0];
    const child = forkBenchScript('cases/api-memory-process', [], { nodeArgs: ['--expose-gc'] });
    const answer = await askChild<ApiMemoryAnswer>(child, { env, chains } satisfies ApiMemoryRequest, (detail) => new ApiMemoryError(`the API process: ${detail}`)).catch(
      (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
    );
    if ('error' in answer) {
      // A process that dies (out of heap, say) has missed the target: the report still gets written.
      results.notes.push(`case 12: the API process failed before it answered, so the memory target (under 1 GiB) is MISSED, not measured: ${answer.error}`);
      log(`case 12 failed: ${answer.error}`);
      return;
    }
    if (answer.cached !== chains.length) throw new ApiMemoryError(`the API's cache held ${answer.cached} of the ${chains.length} chains (cache size ${answer.cacheSize})`);
    const load = { start, end: loadavg()[0] };
    const L = formatNumber(options.case12ChainLength);
    const figure = (title: string, bytes: number, extra: Partial<Figure> = {}): Figure => ({
      caseId: '12', title, family: 'sqlite', contender: 'schakel-sqlite (API process)', role: 'schakel', unit: 'MiB', higherIsBetter: false,
      samples: [bytes / MiB], load, ...extra,
    });
    const commands = answer.commandMs.map((ms) => formatNumber(ms)).join(', ');
    results.figures.push(
      figure(`API process peak RSS with ${chains.length} chains of ${L} events cached`, answer.peak.bytes, {
        target: API_MEMORY_TARGET,
        note: `whole life: start and read-model catch-up of ${formatNumber(events)} events (${formatNumber(answer.startMs)} ms), one cold reportIncident per chain (${commands} ms)`,
      }),
      figure(`API process RSS with ${chains.length} chains of ${L} events cached, after a full GC`, answer.rssAfterGc),
      figure(`of which the JavaScript heap in use, after a full GC`, answer.heapUsedAfterGc),
    );
    results.memory.push({ caseId: '12', process: 'the API (a process of its own)', bytes: answer.peak.bytes, sinceCaseStart: true });
    log(`case 12: API peak RSS ${(answer.peak.bytes / MiB).toFixed(0)} MiB, ${(answer.rssAfterGc / MiB).toFixed(0)} MiB after GC`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
