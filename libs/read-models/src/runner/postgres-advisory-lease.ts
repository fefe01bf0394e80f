import { Client } from 'pg';
import type { ProjectionLease } from './projection-lease';

/**
 * Leadership through a session-level advisory lock on a dedicated connection: only one process
 * runs a projection group; when it dies its connection closes, the lock is released, and the next
 * process that asks (every poll interval) takes over.
 */
export class PostgresAdvisoryLease implements ProjectionLease {
  private client: Client | null = null;
  private holding = false;

  constructor(
    private readonly connectionString: string,
    private readonly group: string,
  ) {}

  get held(): boolean {
    return this.holding;
  }

  async acquire(): Promise<boolean> {
    if (this.holding && this.client) return true;
    let client = this.client;
    try {
      if (!client) {
        const fresh = new Client({ connectionString: this.connectionString, connectionTimeoutMillis: 5000 });
        // Only this connection's own end may drop the lease: a stale connection ending later must
        // not clear a newer one (which would then leak, holding the lock that nobody can take).
        fresh.on('error', () => this.lost(fresh));
        fresh.on('end', () => this.lost(fresh));
        client = fresh;
        this.client = fresh;
        await fresh.connect();
      }
      const { rows } = await client.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked',
        [`schakel-projection:${this.group}`],
      );
      this.holding = rows[0].locked;
    } catch {
      if (client) {
        this.lost(client);
        await client.end().catch(() => undefined);
      }
    }
    return this.holding;
  }

  async release(): Promise<void> {
    const client = this.client;
    this.reset();
    if (client) await client.end().catch(() => undefined);
  }

  private reset(): void {
    this.holding = false;
    this.client = null;
  }

  private lost(client: Client): void {
    if (this.client === client) this.reset();
  }
}
