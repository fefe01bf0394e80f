import type { EventStore } from '../../src/event-store.port';
import type { LogCursor } from '../log-reading';

/** What every part of the contract suite reads from the store opened once for the suite. */
export interface ContractContext {
  store(): EventStore;
  cursor(): LogCursor;
}

/** The error a promise rejected with; fails the test when it resolved. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  let value: unknown;
  try {
    value = await promise;
  } catch (error) {
    return error;
  }
  throw new Error(`expected a rejection, got ${JSON.stringify(value)?.slice(0, 200)}`);
}

export const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
