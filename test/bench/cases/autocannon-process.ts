import { spawn } from 'node:child_process';

/** What autocannon's `-j` report holds that the HTTP cases read. */
export interface AutocannonReport {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  duration: number;
  '2xx': number;
  statusCodeStats?: Record<string, { count: number }>;
}

export interface AutocannonRun {
  url: string;
  token: string;
  body: string;
  connections: number;
  seconds: number;
  /** Requests per second over all connections; unpaced when left out. */
  rate?: number;
}

/**
 * POSTs `body` with autocannon in a process of its own, so the load generator takes the other core
 * instead of the API's event loop. `failure` makes the case's own error from a message.
 */
export function runAutocannon(run: AutocannonRun, failure: (message: string) => Error): Promise<AutocannonReport> {
  const cli = require.resolve('autocannon/autocannon.js');
  const args = [cli, '-j', '-c', String(run.connections), '-d', String(run.seconds), '-m', 'POST', '-H', 'content-type=application/json', '-H', `authorization=Bearer ${run.token}`, '-b', run.body];
  if (run.rate) args.push('-R', String(run.rate));
  args.push(run.url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => {
      if (code !== 0) return reject(failure(`autocannon exited with ${code}: ${err}`));
      try {
        resolve(JSON.parse(out) as AutocannonReport);
      } catch {
        reject(failure(`autocannon printed no JSON (code ${code}, body ${run.body.slice(0, 60)}…): ${out.slice(0, 200)} ${err.slice(0, 200)}`));
      }
    });
  });
}
