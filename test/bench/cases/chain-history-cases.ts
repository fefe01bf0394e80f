import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chainAsOf, chainDecider, type ChainCommand, type ChainEvent, type ChainState, type ReplayEvent } from '@schakel/domain';
import { uuidv7, type EventStore, type StoredEvent } from '@schakel/event-store';
import { PostgresEventStore } from '@schakel/event-store/postgres';
import { SqliteEventStore } from '@schakel/event-store/sqlite';
import type { Caller } from '@schakel/infrastructure';
import { CommandRunner } from '../../../apps/api/src/core/command-runner';
import { StreamStateCache } from '../../../apps/api/src/core/stream-state-cache';
import { toDomainEvent } from '@schakel/application';
import type { BenchOptions } from '../bench-options';
import type { BenchResults, Figure } from '../bench-results';
import { writeBenchChain, type BenchChain } from '../chain-history';
import { AS_OF_REPLAY_TARGET, flatCommandTarget, warmCommandKey } from '../issue-16-targets';
import { createBenchDatabase, dropBenchDatabase, pgServerUrl } from '../pg-databases';
import { formatNumber, summarize } from '../stats';

type Store = 'sqlite' | 'postgres';

async function timeRuns(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let run = -1; run < runs; run++) {
    const started = performance.now();
    await work();
    if (run >= 0) samples.push(performance.now() - started);
  }
  return samples;
}

function recordCheck(runner: CommandRunner, chain: BenchChain): Promise<unknown> {
  const caller: Caller = { userId: 'bench-manager', partyId: chain.principalPartyId, role: 'MANAGER', workerId: null };
  return runner.run(
    chainDecider,
    chain.streamId,
    ({ now, actor, occurredAt }): ChainCommand => ({
      type: 'RecordVergewisCheck',
      data: {
        chainId: chain.chainId, checkId: uuidv7(), subjectPartyId: chain.subcontractorPartyId, subjectWorkerId: null, subjectWorker: null,
        subject: 'CERTIFICATE', outcome: 'CONFIRMED', summary: 'VCA-certificaat gecontroleerd', evidence: [], validUntil: null,
        relatedIncidentId: null, relatedInstructionId: null,
      },
      metadata: { now, actor, occurredAt },
    }),
    { caller, correlationId: uuidv7() },
  );
}

function fold(events: readonly StoredEvent[]): ChainState {
  return events.reduce((state, e) => chainDecider.evolve(state, toDomainEvent<ChainEvent>(e)), chainDecider.initialState());
}

async function openStore(store: Store, folder: string, databases: string[]): Promise<EventStore> {
  if (store === 'sqlite') return SqliteEventStore.open({ path: join(folder, 'chains.db'), synchronous: 'FULL' });
  const name = await createBenchDatabase('chains');
  databases.push(name);
  return PostgresEventStore.open({ connectionString: pgServerUrl(name) });
}

/**
 * Case 8: one more command (RecordVergewisCheck through the API's CommandRunner) against chains
 * of growing history, warm (the runner's cache holds the fold) and cold (a new runner folds the
 * whole stream). Case 9: as-of replay from the log: read the chain stream and answer chainAsOf on
 * transaction time or valid time; plus plain reads and a full fold.
 */
export async function runChainHistoryCases(options: BenchOptions, results: BenchResults, log: (line: string) => void): Promise<void> {
  for (const storeKind of ['sqlite', 'postgres'] as const) {
    const folder = mkdtempSync(join(tmpdir(), 'schakel-bench-chains-'));
    const databases: string[] = [];
    const store = await openStore(storeKind, folder, databases);
    const figure = (caseId: string, title: string, samples: number[], start: number, note?: string, extra: Partial<Figure> = {}): void => {
      results.figures.push({
        caseId, title, family: storeKind, contender: `schakel-${storeKind}`, role: 'schakel', unit: 'ms', higherIsBetter: false, samples,
        load: { start, end: loadavg()[0] }, note, ...extra,
      } satisfies Figure);
    };
    try {
      if (options.cases.has(8)) {
        const warmMedians: { history: number; median: number }[] = [];
        const flat = flatCommandTarget(options.case8Histories.filter((h) => h <= options.foldLimit));
        for (const history of options.case8Histories) {
          if (history > options.foldLimit) {
            results.notes.push(
              `case 8 ${storeKind}, ${formatNumber(history)} prior events: not measured: over the fold limit of this run. Warming a runner (and every cold command) reads and folds the whole stream, in time linear in its length (see the cold figures).`,
            );
            continue;
          }
          const chain = await writeBenchChain(store, history);
          const start = loadavg()[0];
          const cold = await timeRuns(options.runs, () => recordCheck(new CommandRunner(store, new StreamStateCache()), chain));
          figure('8', `one more command, cold runner, ${formatNumber(history)} prior events`, cold, start);
          const runner = new CommandRunner(store, new StreamStateCache());
          await recordCheck(runner, chain);
          const warmStart = loadavg()[0];
          const warm = await timeRuns(options.runs, () => recordCheck(runner, chain));
          figure('8', `one more command, warm runner, ${formatNumber(history)} prior events`, warm, warmStart, undefined, {
            key: warmCommandKey(history),
            relative: history === flat?.largest ? flat.target : undefined,
          });
          warmMedians.push({ history, median: summarize(warm).median });
          log(`case 8 ${storeKind} ${history}: cold ${summarize(cold).median.toFixed(1)} ms, warm ${summarize(warm).median.toFixed(2)} ms`);
        }
        results.notes.push(
          `case 8 ${storeKind}: warm command medians ${warmMedians.map((w) => `${formatNumber(w.history)} → ${w.median.toFixed(2)} ms`).join(', ')} (the target, largest ≤ 2× smallest, is in the list of targets).`,
        );
      }

      if (options.cases.has(9)) {
        const chain = await writeBenchChain(store, options.case9ChainLength);
        const all = await store.readStream(chain.streamId);
        const mid = all[all.length >> 1];
        const L = formatNumber(chain.length);
        let start = loadavg()[0];
        figure('9', `read the chain stream, ${L} events`, await timeRuns(options.runs, () => store.readStream(chain.streamId)), start);
        start = loadavg()[0];
        figure('9', `read as of transaction time (recordedBefore, half of ${L})`, await timeRuns(options.runs, () => store.readStream(chain.streamId, { recordedBefore: mid.recordedAt })), start);
        start = loadavg()[0];
        figure(
          '9',
          `read and cut on valid time (occurredAt, half of ${L})`,
          await timeRuns(options.runs, async () => (await store.readStream(chain.streamId)).filter((e) => e.occurredAt <= mid.occurredAt)),
          start,
        );
        // The inspector's as-of answer (libs/domain/src/replay), read from the log and computed, on both clocks.
        const replay = (events: readonly StoredEvent[]) => events.map((e) => toDomainEvent<ChainEvent>(e) as ReplayEvent);
        start = loadavg()[0];
        const asOfTarget = { target: AS_OF_REPLAY_TARGET };
        figure('9', `as-of replay, RECORDED clock: read + chainAsOf at the middle of ${L}`, await timeRuns(options.runs, async () => chainAsOf(replay(await store.readStream(chain.streamId)), mid.recordedAt, 'RECORDED')), start, undefined, asOfTarget);
        start = loadavg()[0];
        figure('9', `as-of replay, OCCURRED clock: read + chainAsOf at the middle of ${L}`, await timeRuns(options.runs, async () => chainAsOf(replay(await store.readStream(chain.streamId)), mid.occurredAt, 'OCCURRED')), start, undefined, asOfTarget);
        const inMemory = replay(all);
        start = loadavg()[0];
        figure('9', `as-of replay without the read (events in memory, API cache warm): chainAsOf over ${L}`, await timeRuns(options.runs, async () => chainAsOf(inMemory, mid.recordedAt, 'RECORDED')), start);
        start = loadavg()[0];
        figure('9', `read + fold all ${L} events (reduce with the decider's evolve)`, await timeRuns(options.runs, async () => fold(await store.readStream(chain.streamId))), start);
        log(`case 9 ${storeKind} done`);
      }
    } finally {
      await store.close();
      for (const name of databases) await dropBenchDatabase(name);
      rmSync(folder, { recursive: true, force: true });
    }
  }
}
