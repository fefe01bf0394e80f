import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions } from '../bench-options';
import type { BenchResults, Figure } from '../bench-results';
import { ContenderProcess } from '../contender-process';
import { CONTENDERS, type ContenderInfo, type StoreFamily } from '../contenders/store-contender';
import type { PeakReading } from '../peak-memory';
import { createBenchDatabase, dropBenchDatabase, pgServerUrl } from '../pg-databases';
import { perSecond } from '../stats';
import type { Timed } from '../worker-protocol';

type Measure = (contender: ContenderProcess, run: number) => Promise<{ events: number; ms: number }>;

/** Cases 1–6 for every contender of both families, runs interleaved so a disturbance hits all alike. */
export async function runStoreCases(options: BenchOptions, results: BenchResults, log: (line: string) => void): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'schakel-bench-'));
  const databases: string[] = [];
  const contenders: ContenderProcess[] = [];
  try {
    for (const info of CONTENDERS) {
      const target =
        info.family === 'sqlite'
          ? { sqlitePath: join(folder, `${info.name}.db`) }
          : { connectionString: pgServerUrl(databases[databases.push(await createBenchDatabase(info.name.replace('-', ''))) - 1]) };
      contenders.push(await ContenderProcess.start(info, target));
    }
    const family = (f: StoreFamily) => contenders.filter((c) => c.info.family === f);
    const B = options.batchSize;

    const measure = async (caseId: string, title: string, families: StoreFamily[], unit: string, fn: Measure, warmup = true): Promise<void> => {
      if (!options.cases.has(Number(caseId[0]))) return;
      const start = loadavg()[0];
      const figures = new Map<ContenderProcess, Figure>();
      for (const f of families) {
        for (const c of family(f)) {
          figures.set(c, { caseId, title, family: f, contender: c.info.name, role: c.info.role, unit, higherIsBetter: true, samples: [] });
        }
      }
      const members = [...figures.keys()];
      for (const c of members) await c.call<PeakReading>({ op: 'peakMemory' }); // a new peak from here
      for (let run = warmup ? -1 : 0; run < options.runs; run++) {
        // Rotate who goes first, so no contender always runs on a machine the previous one just warmed.
        const order = members.map((_, i) => members[(i + Math.max(run, 0)) % members.length]);
        for (const c of order) {
          const { events, ms } = await fn(c, run);
          if (run >= 0) figures.get(c)!.samples.push(perSecond(events, ms));
        }
      }
      const load = { start, end: loadavg()[0] };
      for (const figure of figures.values()) results.figures.push({ ...figure, load });
      for (const c of members) {
        const peak = await c.call<PeakReading>({ op: 'peakMemory' });
        results.memory.push({ caseId, process: c.info.name, bytes: peak.bytes, sinceCaseStart: peak.sinceReset });
      }
      log(`case ${caseId} done (load ${load.start.toFixed(2)} → ${load.end.toFixed(2)})`);
    };
    const runKey = (run: number) => (run < 0 ? 'w' : String(run));

    await measure('1', 'append 1 event, new stream each time', ['sqlite', 'postgres'], 'events/s', async (c, run) => {
      const { ms } = await c.call<Timed>({ op: 'appendNewStreams', count: options.case1Appends, prefix: `one-${runKey(run)}` });
      return { events: options.case1Appends, ms };
    });
    await measure('2', 'append 1 event, same stream, expected version', ['sqlite', 'postgres'], 'events/s', async (c, run) => {
      const { ms } = await c.call<Timed>({ op: 'appendSameStream', count: options.case2Appends, streamId: `same-${runKey(run)}`, fromVersion: -1 });
      return { events: options.case2Appends, ms };
    });
    await measure('3', `append ${B} events per append`, ['sqlite', 'postgres'], 'events/s', async (c, run) => {
      const { ms } = await c.call<Timed>({ op: 'appendBatches', batches: options.case3Batches, size: B, streamId: `batch-${runKey(run)}`, fromVersion: -1 });
      return { events: options.case3Batches * B, ms };
    });
    await measure('4', `${options.case4Writers} concurrent writers, 1 event per append`, ['postgres'], 'events/s', async (c, run) => {
      const { ms } = await c.call<Timed>({ op: 'concurrentWriters', writers: options.case4Writers, perWriter: options.case4AppendsPerWriter, prefix: `conc-${runKey(run)}` });
      return { events: options.case4Writers * options.case4AppendsPerWriter, ms };
    });

    // 4s: group commit on SQLite. The same 32 writers through one store, against the same number of
    // appends from a single writer (figure 4s-1, Schakel only; measured in the same runs).
    const oneWriter: Figure = {
      caseId: '4s-1',
      title: `1 writer, ${options.case4Writers * options.case4AppendsPerWriter} appends of 1 event (case 4s's single-writer rate)`,
      family: 'sqlite',
      contender: 'schakel-sqlite',
      role: 'other',
      unit: 'events/s',
      higherIsBetter: true,
      samples: [],
    };
    await measure('4s', `${options.case4Writers} concurrent writers through one store, 1 event per append`, ['sqlite'], 'events/s', async (c, run) => {
      const events = options.case4Writers * options.case4AppendsPerWriter;
      if (c.info.role === 'schakel') {
        const single = await c.call<Timed>({ op: 'concurrentWriters', writers: 1, perWriter: events, prefix: `one-writer-${runKey(run)}` });
        if (run >= 0) oneWriter.samples.push(perSecond(events, single.ms));
      }
      const { ms } = await c.call<Timed>({ op: 'concurrentWriters', writers: options.case4Writers, perWriter: options.case4AppendsPerWriter, prefix: `conc-s-${runKey(run)}` });
      return { events, ms };
    });
    if (oneWriter.samples.length > 0) results.figures.push(oneWriter);

    if (options.cases.has(5)) {
      for (const c of contenders) {
        await c.call({ op: 'appendBatches', batches: options.case5StreamLength / B, size: B, streamId: 'long-stream', fromVersion: -1 });
      }
      await measure('5', `read 1 stream of ${options.case5StreamLength.toLocaleString('en-US')} events`, ['sqlite', 'postgres'], 'events/s', async (c) => {
        const { ms, value } = await c.call<Timed<number>>({ op: 'readStream', streamId: 'long-stream' });
        if (value !== options.case5StreamLength) throw new RangeError(`${c.info.name} read ${value} events of long-stream`);
        return { events: value, ms };
      });
    }

    if (options.cases.has(6)) {
      // Pad every log to at least case6LogSize events with batches into streams of their own.
      const sizes = new Map<ContenderProcess, number>();
      for (const c of contenders) {
        const { value } = await c.call<Timed<number>>({ op: 'readAll' });
        const missing = Math.max(0, options.case6LogSize - value);
        await c.call({ op: 'fill', batches: Math.ceil(missing / B), size: B, prefix: 'fill' });
        sizes.set(c, (await c.call<Timed<number>>({ op: 'readAll' })).value);
      }
      log(`case 6 logs: ${[...sizes].map(([c, n]) => `${c.info.name} ${n}`).join(', ')}`);
      const expectAll = (c: ContenderProcess, count: number) => {
        if (count !== sizes.get(c)) throw new RangeError(`${c.info.name} read ${count} of ${sizes.get(c)} events`);
      };
      await measure('6a', 'read the whole log (pages of 1000)', ['sqlite', 'postgres'], 'events/s', async (c) => {
        const { ms, value } = await c.call<Timed<number>>({ op: 'readAll' });
        expectAll(c, value);
        return { events: value, ms };
      });
      const subscribers = contenders.filter((c) => c.info.role !== 'limit');
      const subscribed = new Set<string>(subscribers.map((c) => c.info.name));
      await measure('6b', 'read the whole log through a subscription', ['sqlite', 'postgres'], 'events/s', async (c) => {
        if (!subscribed.has(c.info.name)) return { events: 0, ms: 0 };
        const timed = await c.call<Timed<number> | null>({ op: 'subscribeAll', total: sizes.get(c)! });
        if (!timed) throw new RangeError(`${c.info.name} has no subscription`);
        expectAll(c, timed.value);
        return { events: timed.value, ms: timed.ms };
      });
      // The raw drivers have no subscription: drop their empty 6b rows.
      for (let i = results.figures.length - 1; i >= 0; i--) {
        const f = results.figures[i];
        if (f.caseId === '6b' && !subscribed.has(f.contender)) results.figures.splice(i, 1);
      }
    }
  } finally {
    for (const c of contenders) await c.stop().catch((error: unknown) => log(`closing ${c.info.name}: ${String(error)}`));
    for (const name of databases) await dropBenchDatabase(name).catch((error: unknown) => log(`dropping ${name}: ${String(error)}`));
    rmSync(folder, { recursive: true, force: true });
  }
}

export const STORE_CONTENDERS: readonly ContenderInfo[] = CONTENDERS;
