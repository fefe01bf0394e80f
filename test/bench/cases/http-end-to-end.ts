import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { mintToken, loadConfig } from '@schakel/infrastructure';
import { createApp } from '../../../apps/api/src/create-app';
import type { BenchOptions } from '../bench-options';
import type { BenchResults, Figure } from '../bench-results';
import { createBenchDatabase, dropBenchDatabase, pgServerUrl } from '../pg-databases';
import { percentile } from '../stats';
import { runAutocannon } from './autocannon-process';

const JWT_SECRET = 'schakel-bench-secret-0123456789abcdef';
const REGISTER_PARTY = 'mutation RegisterParty($input: RegisterPartyInput!) { registerParty(input: $input) { partyId } }';
const OPEN_CHAIN = 'mutation OpenChain($input: OpenChainInput!) { openChain(input: $input) { chainId version } }';
const ENGAGE = 'mutation EngageParty($input: EngagePartyInput!) { engageParty(input: $input) { linkId } }';
const REPORT = 'mutation ReportIncident($input: ReportIncidentInput!) { reportIncident(input: $input) { incidentId version } }';
const INCIDENTS = 'query ChainIncidents($id: ID!) { chain(id: $id) { version incidents { id } } }';

/** A typed failure of the end-to-end setup or of a request the bench relies on. */
export class HttpBenchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HttpBenchError';
  }
}

class Api {
  constructor(readonly url: string) {}

  async request<T = any>(token: string, query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new HttpBenchError(body.errors.map((e) => e.message).join('; '));
    return body.data as T;
  }
}

interface Setup {
  readonly manager: string;
  readonly chainId: string;
}

async function aChain(api: Api, admin: string, mint: (partyId: string) => string): Promise<Setup> {
  const party = async (name: string, kvkNumber: string | null) =>
    (await api.request(admin, REGISTER_PARTY, { input: { name, kind: 'ORGANISATION', kvkNumber } })).registerParty.partyId as string;
  // no KvK numbers: the case opens more than one chain, and a KvK number registers once
  const principal = await party('Woonstichting De Linde', null);
  const main = await party('Bouwbedrijf Van Dijk BV', null);
  const manager = mint(principal);
  const { openChain } = await api.request(manager, OPEN_CHAIN, {
    input: { name: 'Renovatie Zuiderpark', description: 'Dakrenovatie blok A–D', siteAddress: 'Zuiderparklaan 12, Den Haag', principalPartyId: principal },
  });
  await api.request(manager, ENGAGE, {
    input: { chainId: openChain.chainId, partyId: main, kind: 'SUBCONTRACT', scope: 'Hoofdaanneming', underAuthority: false, startDate: new Date().toISOString().slice(0, 10) },
  });
  return { manager, chainId: openChain.chainId };
}

const nearMiss = (chainId: string) => ({
  input: {
    chainId,
    kind: 'NEAR_MISS',
    happenedAt: new Date(Date.now() - 3_600_000).toISOString(),
    location: 'Steiger blok B, 3e verdieping',
    description: 'Losse steigerplank opgemerkt voordat iemand erop stapte; direct vastgezet.',
    topics: ['WORK_AT_HEIGHT'],
  },
});


/**
 * Case 7: the API in this process on loopback, one store at a time. Mutations per second and
 * latency under autocannon (reportIncident, a near miss, repeatable), then projection lag: from a
 * mutation's answer to its read-model row showing in a GraphQL query.
 */
export async function runHttpCase(options: BenchOptions, results: BenchResults, log: (line: string) => void): Promise<void> {
  for (const store of ['sqlite', 'postgres'] as const) {
    const folder = mkdtempSync(join(tmpdir(), 'schakel-bench-http-'));
    const database = store === 'postgres' ? await createBenchDatabase('http') : null;
    let app: INestApplication | undefined;
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

      const { manager, chainId } = await aChain(api, admin, mint);
      const body = JSON.stringify({ query: REPORT, variables: nearMiss(chainId) });
      await api.request(manager, REPORT, nearMiss(chainId)); // the request autocannon repeats must succeed
      const figure = (title: string, unit: string, higherIsBetter: boolean): Figure => ({
        caseId: '7', title, family: store, contender: `schakel-${store}`, role: 'schakel', unit, higherIsBetter, samples: [],
      });
      // Requests autocannon left in flight finish after it exits: wait until the chain stops moving.
      const settledVersion = async (): Promise<number> => {
        let version = (await api.request(manager, INCIDENTS, { id: chainId })).chain.version as number;
        for (;;) {
          await new Promise((resolve) => setTimeout(resolve, 300));
          const now = (await api.request(manager, INCIDENTS, { id: chainId })).chain.version as number;
          if (now === version) return now;
          version = now;
        }
      };
      for (const connections of options.case7Connections) {
        const note = `${connections} connection${connections > 1 ? 's' : ''} on one chain, ${options.case7DurationSec} s`;
        const rate = figure('reportIncident mutations over HTTP', 'req/s', true);
        const p50 = figure('mutation latency p50', 'ms', false);
        const p99 = figure('mutation latency p99', 'ms', false);
        const start = loadavg()[0];
        for (let run = -1; run < options.runs; run++) {
          const before = await settledVersion();
          const result = await runAutocannon({ url, token: manager, body, connections, seconds: run < 0 ? 1 : options.case7DurationSec }, (m) => new HttpBenchError(m));
          const after = await settledVersion();
          // A GraphQL error still answers 200: every counted request must have appended one event
          // (requests still in flight when autocannon stops are carried out but not counted).
          const grew = after - before;
          if (result.non2xx > 0 || result.errors > 0 || grew < result.requests.total || grew > result.requests.total + connections) {
            throw new HttpBenchError(`${store}: ${result.requests.total} requests but the chain grew by ${grew} (non2xx ${result.non2xx}, errors ${result.errors})`);
          }
          if (run < 0) continue;
          rate.samples.push(result.requests.total / options.case7DurationSec);
          p50.samples.push(result.latency.p50);
          p99.samples.push(result.latency.p99);
        }
        const loadRange = { start, end: loadavg()[0] };
        for (const f of [rate, p50, p99]) results.figures.push({ ...f, load: loadRange, note });
      }
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
      const lagFigure = (name: string, value: number): Figure => ({
        ...figure(`projection lag ${name} (${lags.length} samples, incl. one query round trip)`, 'ms', false),
        samples: [value],
        load: { start: lagStart, end: loadavg()[0] },
      });
      results.figures.push(lagFigure('p50', percentile(lags, 50)), lagFigure('p99', percentile(lags, 99)));
      log(`case 7 ${store}: projection lag done`);
    } finally {
      await app?.close();
      if (database) await dropBenchDatabase(database);
      rmSync(folder, { recursive: true, force: true });
    }
  }
}
