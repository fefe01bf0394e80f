import type { DataSource } from 'typeorm';

/** The read-model database, asked afresh for each SQL query: it throws once the request's budget is spent. */
export type GuardedDb = () => DataSource;

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
