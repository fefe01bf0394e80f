import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { mintToken, loadConfig } from '@schakel/infrastructure';
import { createApp } from '../../../apps/api/src/create-app';
import type { BenchOptions, HttpLoad } from '../bench-options';
import type { BenchResults, Figure } from '../bench-results';
import { API_LIMIT_KEY, httpLoadTarget, LAG_P99_TARGET, ONE_CONNECTION_KEY } from '../issue-16-targets';
import type { PeakReading } from '../peak-memory';
import { createBenchDatabase, dropBenchDatabase, pgServerUrl } from '../pg-databases';
import { percentile } from '../stats';
import { ApiLimitServer } from './api-limit';
import { runAutocannon, type AutocannonReport } from './autocannon-process';
import { aChain, Api, HttpBenchError, INCIDENTS, nearMiss, REPORT, settled, type BenchHttpChain } from './http-api';

const JWT_SECRET = 'schakel-bench-secret-0123456789abcdef';

const loadNote = (load: HttpLoad, seconds: number) =>
  `${load.connections} connection${load.connections > 1 ? 's' : ''} on ${load.chains === 1 ? 'one chain' : `${load.chains} chains`}, ${seconds} s`;

/** One thing autocannon drives in the interleaved runs: a load on Schakel, or the API limit. */
interface Contender {
  readonly figures: { rate: Figure; p50: Figure; p99: Figure };
  run(seconds: number): Promise<AutocannonReport & { peak: PeakReading }>;
}

/**
 * Case 7: the API in this process on loopback, one store at a time. Mutations per second and
 * latency under autocannon (reportIncident, a near miss, repeatable) with 1 connection, 10 on one
 * chain and 10 on 10 chains, interleaved run by run with the API's own limit (a bare Node server,
 * one better-sqlite3 insert per request, 1 connection); then projection lag: from a mutation's
 * answer to its read-model row showing in a GraphQL query.
 */
export async function runHttpCase(options: BenchOptions, results: BenchResults, log: (line: string) => void): Promise<void> {
  for (const store of ['sqlite', 'postgres'] as const) {
    const folder = mkdtempSync(join(tmpdir(), 'schakel-bench-http-'));
    const database = store === 'postgres' ? await createBenchDatabase('http') : null;
    let app: INestApplication | undefined;
    let limit: ApiLimitServer | undefined;
    try {
      const config = loadConfig({
        SCHAKEL_STORE: store,
        SQLITE_PATH: join(folder, 'schakel.db'),
        ...(database ? { DATABASE_URL: pgServerUrl(database) } : {}),
        SCHAKEL_DATA_DIR: folder,
        SCHAKEL_JWT_SECRET: JWT_SECRET,
        LOG_LEVEL: 'silent',
        PORT: '0',
        // one token at full speed is what this case measures; case 10 measures the rate limit
        SCHAKEL_RATE_LIMIT: '0',
        // ten connections of one caller: the per-caller limit on requests in progress (4) would refuse six
        SCHAKEL_MAX_CONCURRENT_PER_CALLER: '0',
      });
      app = await createApp(config);
      await app.listen(0, '127.0.0.1');
      const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
      const api = new Api(url);
      const admin = mintToken(JWT_SECRET, { userId: 'bench-admin', partyId: null, role: 'ADMIN' });
      const mint = (partyId: string) => mintToken(JWT_SECRET, { userId: 'bench-manager', partyId, role: 'MANAGER' });
      limit = await ApiLimitServer.start(folder);

      const figure = (title: string, unit: string, higherIsBetter: boolean, extra: Partial<Figure> = {}): Figure => ({
        caseId: '7', title, family: store, contender: `schakel-${store}`, role: 'schakel', unit, higherIsBetter, samples: [], ...extra,
      });
      const latencyFigures = (rate: Figure) => ({
        rate,
        p50: { ...rate, title: 'mutation latency p50', unit: 'ms', higherIsBetter: false, key: undefined, relative: undefined, samples: [] },
        p99: { ...rate, title: 'mutation latency p99', unit: 'ms', higherIsBetter: false, key: undefined, relative: undefined, samples: [] },
      });

      // One hot chain for the single-connection and one-chain loads; chains of their own for the rest.
      const hot = await aChain(api, admin, mint);
      const spread: BenchHttpChain[] = [];
      for (let i = 0; i < Math.max(...options.case7Loads.map((l) => l.chains)); i++) spread.push(await aChain(api, admin, mint));
      const version = async (chain: BenchHttpChain) => (await api.request(chain.manager, INCIDENTS, { id: chain.chainId })).chain.version as number;
      const contenders: Contender[] = options.case7Loads.map((load) => {
        const chains = load.chains === 1 ? [hot] : spread.slice(0, load.chains);
        // Every connection is a manager of its own (the API allows one caller 4 requests at once),
        // of the principal of its chain: on one chain, 10 people at work on the same chain.
        const perConnection = Array.from({ length: load.connections }, (_, i) => {
          const chain = chains[i % chains.length];
          const token = mintToken(JWT_SECRET, { userId: `bench-manager-${i}`, partyId: chain.principalPartyId, role: 'MANAGER' });
          return { token, body: JSON.stringify({ query: REPORT, variables: nearMiss(chain.chainId) }) };
        });
        const note = loadNote(load, options.case7DurationSec);
        const rate = figure('reportIncident mutations over HTTP', 'req/s', true, {
          note, key: load.connections === 1 ? ONE_CONNECTION_KEY : `http-${load.connections}x${load.chains}`, relative: httpLoadTarget(load),
        });
        const total = async () => (await Promise.all(chains.map(version))).reduce((a, b) => a + b, 0);
        return {
          figures: latencyFigures(rate),
          run: async (seconds) => {
            const before = await settled(total);
            const result = await runAutocannon({ url, body: perConnection[0].body, connections: load.connections, seconds, perConnection }, (m) => new HttpBenchError(m));
            // A GraphQL error still answers 200: every counted request must have appended one event
            // (requests still in flight when autocannon stops are carried out but not counted).
            expectStored(`${store}, ${note}`, result, (await settled(total)) - before, load.connections);
            return result;
          },
        };
      });
      const limitBody = JSON.stringify({ query: REPORT, variables: nearMiss(hot.chainId) });
      const limitServer = limit;
      contenders.push({
        figures: latencyFigures({
          ...figure('API limit: bare Node HTTP, JSON body parsed, one better-sqlite3 insert per request', 'req/s', true, { key: API_LIMIT_KEY }),
          contender: 'node-http-better-sqlite3', role: 'limit', note: `1 connection, ${options.case7DurationSec} s, same autocannon settings`,
        }),
        run: async (seconds) => {
          const before = await settled(() => limitServer.rows());
          const result = await runAutocannon({ url: limitServer.url, body: limitBody, connections: 1, seconds }, (m) => new HttpBenchError(m));
          expectStored(`${store}, API limit`, result, (await settled(() => limitServer.rows())) - before, 1);
          return result;
        },
      });

      await limit.peak(); // a new peak from here
      let cannonPeak = 0;
      const start = loadavg()[0];
      for (let run = -1; run < options.runs; run++) {
        // Rotate who goes first, so no load always runs on a machine the one before just warmed.
        for (const c of contenders.map((_, i) => contenders[(i + Math.max(run, 0)) % contenders.length])) {
          const result = await c.run(run < 0 ? 1 : options.case7DurationSec);
          cannonPeak = Math.max(cannonPeak, result.peak.bytes);
          if (run < 0) continue;
          c.figures.rate.samples.push(result.requests.total / options.case7DurationSec);
          c.figures.p50.samples.push(result.latency.p50);
          c.figures.p99.samples.push(result.latency.p99);
        }
      }
      const load = { start, end: loadavg()[0] };
      for (const c of contenders) for (const f of [c.figures.rate, c.figures.p50, c.figures.p99]) results.figures.push({ ...f, load });
      const limitPeak = await limit.peak();
      results.memory.push(
        { caseId: `7 ${store}`, process: 'API limit server', bytes: limitPeak.bytes, sinceCaseStart: limitPeak.sinceReset },
        { caseId: `7 ${store}`, process: 'autocannon (largest of its runs)', bytes: cannonPeak, sinceCaseStart: true },
      );
      log(`case 7 ${store}: throughput done`);

      // Projection lag on a chain of its own, so its query stays small.
      const lagChain = await aChain(api, admin, mint);
      const lags: number[] = [];
      const lagStart = loadavg()[0];
      for (let i = 0; i < options.case7LagSamples; i++) {
        const { reportIncident } = await api.request(lagChain.manager, REPORT, nearMiss(lagChain.chainId));
        const answered = performance.now();
        for (;;) {
          const { chain } = await api.request(lagChain.manager, INCIDENTS, { id: lagChain.chainId });
          if ((chain.incidents as { id: string }[]).some((incident) => incident.id === reportIncident.incidentId)) break;
        }
        lags.push(performance.now() - answered);
      }
      const lagFigure = (name: string, value: number, extra: Partial<Figure> = {}): Figure => ({
        ...figure(`projection lag ${name} (${lags.length} samples, incl. one query round trip)`, 'ms', false, extra),
        samples: [value],
        load: { start: lagStart, end: loadavg()[0] },
      });
      results.figures.push(lagFigure('p50', percentile(lags, 50)), lagFigure('p99', percentile(lags, 99), { target: LAG_P99_TARGET }));
      log(`case 7 ${store}: projection lag done`);
    } finally {
      await limit?.stop();
      await app?.close();
      if (database) await dropBenchDatabase(database);
      rmSync(folder, { recursive: true, force: true });
    }
  }
}

function expectStored(what: string, result: AutocannonReport, grew: number, connections: number): void {
  if (result.non2xx > 0 || result.errors > 0 || grew < result.requests.total || grew > result.requests.total + connections) {
    throw new HttpBenchError(`${what}: ${result.requests.total} requests but ${grew} stored (non2xx ${result.non2xx}, errors ${result.errors})`);
  }
}
