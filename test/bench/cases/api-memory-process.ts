import type { INestApplication } from '@nestjs/common';
import { loadConfig, mintToken } from '@schakel/infrastructure';
import { createApp } from '../../../apps/api/src/create-app';
import { StreamStateCache } from '../../../apps/api/src/core/stream-state-cache';
import { peakRss } from '../peak-memory';
import type { ApiMemoryAnswer, ApiMemoryRequest } from './api-memory';
import { nearMiss, REPORT } from './http-api';

/*
 * Case 12's API process: nothing else runs in it, so its peak RSS is the API's own. It starts the
 * API on a log that already holds the chains (the read models catch up at start, as after a
 * restart), then sends one reportIncident per chain over HTTP: each is a cold command that reads
 * and folds the whole chain and leaves the fold in the API's cache (StreamStateCache).
 */
async function measure(request: ApiMemoryRequest): Promise<ApiMemoryAnswer> {
  let app: INestApplication | undefined;
  try {
    const started = performance.now();
    app = await createApp(loadConfig(request.env));
    await app.listen(0, '127.0.0.1');
    const startMs = performance.now() - started;
    const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
    const commandMs: number[] = [];
    for (const chain of request.chains) {
      const token = mintToken(request.env.SCHAKEL_JWT_SECRET, { userId: 'bench-memory-manager', partyId: chain.principalPartyId, role: 'MANAGER' });
      const sent = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: REPORT, variables: nearMiss(chain.chainId) }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      if (body.errors?.length) return { error: `reportIncident on a chain of ${chain.length} events: ${body.errors.map((e) => e.message).join('; ')}` };
      commandMs.push(performance.now() - sent);
    }
    const cache = app.get(StreamStateCache);
    const cached = request.chains.filter((c) => cache.get(c.streamId) !== undefined).length;
    const peak = peakRss();
    (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    return { peak, rssAfterGc: rss, heapUsedAfterGc: heapUsed, cached, cacheSize: cache.size, startMs, commandMs };
  } finally {
    await app?.close();
  }
}

process.once('message', (request: ApiMemoryRequest) => {
  measure(request).then(
    (answer) => process.send!(answer, () => process.exit(0)),
    (error: unknown) => process.send!({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies ApiMemoryAnswer, () => process.exit(1)),
  );
});
