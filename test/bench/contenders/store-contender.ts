/** Where a contender stores its events. */
export type StoreFamily = 'sqlite' | 'postgres';

/** Schakel itself, the peer it is compared with (Emmett), or the limit (the raw driver). */
export type ContenderRole = 'schakel' | 'peer' | 'limit';

export type ContenderName =
  | 'schakel-sqlite'
  | 'schakel-postgres'
  | 'emmett-sqlite'
  | 'emmett-postgres'
  | 'raw-better-sqlite3'
  | 'raw-pg';

export interface ContenderInfo {
  readonly name: ContenderName;
  readonly family: StoreFamily;
  readonly role: ContenderRole;
}

export const CONTENDERS: readonly ContenderInfo[] = [
  { name: 'schakel-sqlite', family: 'sqlite', role: 'schakel' },
  { name: 'emmett-sqlite', family: 'sqlite', role: 'peer' },
  { name: 'raw-better-sqlite3', family: 'sqlite', role: 'limit' },
  { name: 'schakel-postgres', family: 'postgres', role: 'schakel' },
  { name: 'emmett-postgres', family: 'postgres', role: 'peer' },
  { name: 'raw-pg', family: 'postgres', role: 'limit' },
];

/** Where a contender keeps its data: a SQLite file or a PostgreSQL database of its own. */
export interface ContenderTarget {
  readonly sqlitePath?: string;
  readonly connectionString?: string;
}

/** Connections for the 32 concurrent writers of case 4: the same for every PostgreSQL contender. */
export const PG_POOL_SIZE = 32;

/**
 * What every contender does, in its own way. Versions follow Schakel: 0-based, -1 for "no stream".
 * Every append carries the bench payload (see bench-payload.ts) and checks the expected version.
 */
export interface StoreContender {
  /** Case 1 and 2: one event, the stream at `expectedVersion` (-1: new stream). */
  appendOne(streamId: string, expectedVersion: number): Promise<void>;
  /** Case 3: `count` events in one append. */
  appendBatch(streamId: string, count: number, expectedVersion: number): Promise<void>;
  /** Case 5: reads the whole stream, returns how many events it read. */
  readStream(streamId: string): Promise<number>;
  /** Case 6: reads the whole log in global order, page by page; returns how many events. */
  readAll(): Promise<number>;
  /** Case 6: the same through the contender's subscription, until `total` events arrived; null when it has none. */
  subscribeAll(total: number): Promise<number> | null;
  close(): Promise<void>;
}

/** Page size for reading the whole log, for every contender. */
export const READ_PAGE_SIZE = 1000;
