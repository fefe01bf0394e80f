import { peakRss } from '../peak-memory';
import type { AutocannonAnswer, AutocannonReport, AutocannonRun } from './autocannon-process';

// The load generator, in a process of its own: one run per process, asked over IPC.
interface Client {
  setHeadersAndBody(headers: Record<string, string>, body: string): void;
}
type Autocannon = (options: Record<string, unknown>, done: (error: Error | null, result: AutocannonReport) => void) => unknown;
// autocannon ships no types; its programmatic API takes the CLI's options by their long names
const autocannon = require('autocannon') as Autocannon;

const headers = (token: string | undefined): Record<string, string> => ({
  'content-type': 'application/json',
  ...(token ? { authorization: `Bearer ${token}` } : {}),
});

process.once('message', (run: AutocannonRun) => {
  const requests = run.perConnection ?? [{ token: run.token, body: run.body }];
  let next = 0;
  autocannon(
    {
      url: run.url,
      method: 'POST',
      connections: run.connections,
      duration: run.seconds,
      headers: headers(requests[0].token),
      body: requests[0].body,
      ...(run.rate ? { overallRate: run.rate } : {}),
      // each connection is one caller with a request of its own (its own chain, its own token)
      setupClient: (client: Client) => {
        const mine = requests[next++ % requests.length];
        client.setHeadersAndBody(headers(mine.token), mine.body);
      },
    },
    (error, report) => {
      const answer: AutocannonAnswer = error ? { error: String(error) } : { report, peak: peakRss() };
      process.send!(answer, () => process.exit(0));
    },
  );
});
