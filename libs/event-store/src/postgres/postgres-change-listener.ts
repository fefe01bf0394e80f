import { Client, type ClientConfig } from 'pg';
import { NOTIFY_CHANNEL } from './postgres-schema';

const MIN_BACKOFF_MS = 100;
const MAX_BACKOFF_MS = 5_000;

// A dedicated connection that LISTENs for appends and wakes waiting subscribers. Only a hint:
// subscribers also poll, so a lost notification or a dropped connection delays, never loses, an
// event. The connection comes back by itself with backoff; every (re)connect counts as a change,
// since notifications sent while it was down are gone.
export class PostgresChangeListener {
  private client: Client | undefined;
  private changes = 0;
  private readonly waiters = new Set<() => void>();
  private started = false;
  private stopped = false;
  private backoffMs = MIN_BACKOFF_MS;
  private reconnectTimer: NodeJS.Timeout | undefined;

  constructor(private readonly config: ClientConfig) {}

  // Increases on every change seen; pass the value read before a read to `waitForChange`.
  get changeCount(): number {
    return this.changes;
  }

  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    void this.connect();
  }

  // An append from this process: wake subscribers without waiting for the round trip of NOTIFY.
  changed(): void {
    this.changes++;
    for (const wake of [...this.waiters]) wake();
  }

  // Resolves once a change newer than `seen` happened, or when `signal` aborts.
  waitForChange(seen: number, signal: AbortSignal): Promise<void> {
    if (this.changes !== seen || this.stopped || signal.aborted) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const done = (): void => {
        this.waiters.delete(done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      this.waiters.add(done);
      signal.addEventListener('abort', done, { once: true });
    });
  }

  async close(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    this.changed();
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client(this.config);
    let failed = false;
    const fail = (): void => {
      if (failed) return;
      failed = true;
      if (this.client === client) this.client = undefined;
      client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    client.on('error', fail);
    client.on('end', fail);
    client.on('notification', () => this.changed());
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
    } catch {
      fail();
      return;
    }
    if (this.stopped || failed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.backoffMs = MIN_BACKOFF_MS;
    this.changed();
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => void this.connect(), this.backoffMs);
    this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
  }
}
