import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { askChild, forkBenchScript } from '../fork-bench-script';
import type { PeakReading } from '../peak-memory';

export type LimitRequest = { op: 'peak' } | { op: 'close' };

/** A failure of the API-limit server: it did not start, or did not store what it answered. */
export class ApiLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApiLimitError';
  }
}

/**
 * The API's own limit for case 7 (issue 16), in a process of its own (cases/api-limit-server): a
 * bare Node HTTP server with one better-sqlite3 insert per request, driven by the same autocannon
 * settings as Schakel's one-connection run.
 */
export class ApiLimitServer {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static async start(folder: string): Promise<ApiLimitServer> {
    const child = forkBenchScript('cases/api-limit-server', [join(folder, 'api-limit.db')]);
    const { port } = await new Promise<{ port: number }>((resolve, reject) => {
      child.once('message', resolve);
      child.once('exit', (code) => reject(new ApiLimitError(`the API-limit server exited with ${code} before listening`)));
    });
    return new ApiLimitServer(child, `http://127.0.0.1:${port}/`);
  }

  /** Rows stored so far: every answered request must have stored one. */
  async rows(): Promise<number> {
    const response = await fetch(this.url);
    return ((await response.json()) as { rows: number }).rows;
  }

  /** The server's peak RSS since last asked; a new peak from now. */
  peak(): Promise<PeakReading> {
    return askChild<PeakReading>(this.child, { op: 'peak' } satisfies LimitRequest, (detail) => new ApiLimitError(detail));
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    await askChild(this.child, { op: 'close' } satisfies LimitRequest, (detail) => new ApiLimitError(detail)).catch(() => undefined);
  }
}
