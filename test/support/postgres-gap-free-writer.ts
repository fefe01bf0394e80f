// Child process of postgres-gap-free.int-spec.ts: the second process of concurrent writers.
// Reads its plan from the environment, prints "ready", waits for "go" on stdin, writes, then
// prints one JSON line with its WriterReport.
import { createInterface } from 'node:readline';
import { Pool } from 'pg';
import { PostgresEventStore } from '@schakel/event-store/postgres';
import { runConcurrentWriters, type WriterPlan } from './postgres-concurrent-writers';

async function main(): Promise<void> {
  const url = process.env.GAP_FREE_DATABASE_URL;
  const plan = JSON.parse(process.env.GAP_FREE_PLAN ?? 'null') as WriterPlan | null;
  if (!url || !plan) throw new TypeError('GAP_FREE_DATABASE_URL and GAP_FREE_PLAN must be set');

  const store = await PostgresEventStore.open({ connectionString: url, poolSize: plan.writers, migrate: false, applicationName: 'schakel-gap-free-child' });
  const slowPool = new Pool({ connectionString: url, max: 4, application_name: 'schakel-gap-free-child-slow' });
  try {
    const lines = createInterface({ input: process.stdin });
    const go = new Promise<void>((resolve) => lines.on('line', (line) => line.trim() === 'go' && resolve()));
    process.stdout.write('ready\n');
    await go;
    lines.close();
    const report = await runConcurrentWriters(store, slowPool, plan);
    process.stdout.write(JSON.stringify(report) + '\n');
  } finally {
    await slowPool.end();
    await store.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
