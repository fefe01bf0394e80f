import { loadavg } from 'node:os';
import { GENESIS_HASH, sealEvents } from '@schakel/event-store';
import type { BenchOptions } from '../bench-options';
import type { BenchResults } from '../bench-results';
import { benchEvents } from '../bench-payload';
import { HASH_TARGET } from '../issue-16-targets';

/**
 * What Schakel's hash chain costs per event (canonical JSON + SHA-256, in sealEvents), apart from
 * any store: the raw-driver limits do no hashing, so this is the part of the gap that is by design.
 */
export function measureHashing(options: BenchOptions, results: BenchResults): void {
  const start = loadavg()[0];
  for (const size of [1, options.batchSize]) {
    const batches = Array.from({ length: Math.ceil(2000 / size) }, () => benchEvents(size));
    const samples: number[] = [];
    for (let run = -1; run < options.runs; run++) {
      const started = performance.now();
      for (const batch of batches) sealEvents('chain-bench', { version: -1, hash: GENESIS_HASH }, batch, new Date().toISOString());
      const usPerEvent = ((performance.now() - started) * 1000) / (batches.length * size);
      if (run >= 0) samples.push(usPerEvent);
    }
    results.figures.push({
      caseId: 'hash',
      title: `sealEvents (canonical JSON + SHA-256), batches of ${size}`,
      family: 'any',
      contender: 'schakel',
      role: 'other',
      unit: 'µs/event',
      higherIsBetter: false,
      samples,
      load: { start, end: loadavg()[0] },
      target: HASH_TARGET,
    });
  }
}
