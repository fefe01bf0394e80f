import type { DataSource } from 'typeorm';
import type { ReadInterruptionSource } from './runner/read-interruption';

/** The read-model database, asked afresh for each SQL query: it throws once the request's budget is spent. */
export type GuardedDb = () => DataSource;

/** The database behind the budget of the read in progress: every SQL query is asked through it. */
export function guardedDb(dataSource: DataSource, interruption: ReadInterruptionSource): GuardedDb {
  return () => {
    interruption()?.throwIfAborted();
    return dataSource;
  };
}

/** Rows in the order they were recorded (ties by event id). */
export const byRecorded = { recordedAt: 'ASC', eventId: 'ASC' } as const;

export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
