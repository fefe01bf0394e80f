import { askChild, forkBenchScript } from '../fork-bench-script';
import type { PeakReading } from '../peak-memory';

/** What autocannon's report holds that the HTTP cases read. */
export interface AutocannonReport {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  duration: number;
  '2xx': number;
  statusCodeStats?: Record<string, { count: number }>;
}

/** One caller's request: its bearer token (none when left out) and the JSON body it POSTs. */
export interface CannonRequest {
  readonly token?: string;
  readonly body: string;
}

export interface AutocannonRun {
  url: string;
  token?: string;
  body: string;
  connections: number;
  seconds: number;
  /** Requests per second over all connections; unpaced when left out. */
  rate?: number;
  /** One request per connection, in turn (connection i sends perConnection[i % length]); else token and body for all. */
  perConnection?: readonly CannonRequest[];
}

/** What the autocannon process answers: its report and its own peak RSS, or why it failed. */
export type AutocannonAnswer = { report: AutocannonReport; peak: PeakReading } | { error: string };

/**
 * POSTs with autocannon in a process of its own (cases/autocannon-runner), so the load generator
 * takes the other core instead of the API's event loop. `failure` makes the case's own error from a message.
 */
export async function runAutocannon(run: AutocannonRun, failure: (message: string) => Error): Promise<AutocannonReport & { peak: PeakReading }> {
  const child = forkBenchScript('cases/autocannon-runner');
  const answer = await askChild<AutocannonAnswer>(child, run, (detail) => failure(`autocannon: ${detail}`));
  if ('error' in answer) throw failure(`autocannon failed (body ${run.body.slice(0, 60)}…): ${answer.error}`);
  return { ...answer.report, peak: answer.peak };
}
