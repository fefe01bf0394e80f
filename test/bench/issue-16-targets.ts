import type { RelativeTarget } from './bench-results';
import { formatNumber } from './stats';

/*
 * Issue 16's targets outside cases 1–6 (those are in report-table.ts), one place for all of them.
 * A ceiling is a figure's `target`; a ratio between two figures is a figure's `relative`.
 */

const ISSUE = 'issue 16';

/** Sealing (canonical JSON + SHA-256) per event. */
export const HASH_TARGET = { max: 4, source: `${ISSUE}: ≤ 4 µs/event` } as const;

/** Case 7: from a mutation's answer to its row in the read model, p99. */
export const LAG_P99_TARGET = { max: 20, source: `${ISSUE}: p99 < 20 ms` } as const;

/** Case 9: the as-of replay of a 100,000-event chain, the read included, on either clock. */
export const AS_OF_REPLAY_TARGET = { max: 1000, source: `${ISSUE}: < 1 s at 100,000 events, read included` } as const;

/** Case 12: the API process holding 8 chains of 100,000 events in its cache (MiB). */
export const API_MEMORY_TARGET = { max: 1024, source: `${ISSUE}: under 1 GiB` } as const;

/** Keys of case 7's figures that others are held against. */
export const API_LIMIT_KEY = 'api-limit';
export const ONE_CONNECTION_KEY = 'http-1';

/**
 * Case 7, per load: one connection ≥ 50% of the API's own limit (bare Node HTTP, one better-sqlite3
 * insert per request); more connections on one chain no slower than one; on as many chains ≥ 3×.
 */
export function httpLoadTarget(load: { readonly connections: number; readonly chains: number }): RelativeTarget {
  if (load.connections === 1) {
    return { to: API_LIMIT_KEY, atLeast: 0.5, what: "Schakel's 1-connection mutation rate ÷ the API limit's (bare Node HTTP, one better-sqlite3 insert per request)", source: ISSUE };
  }
  if (load.chains === 1) return { to: ONE_CONNECTION_KEY, atLeast: 1, what: `${load.connections} connections on one chain ÷ 1 connection (no slower)`, source: ISSUE };
  return { to: ONE_CONNECTION_KEY, atLeast: 3, what: `${load.connections} connections on ${load.chains} chains ÷ 1 connection`, source: ISSUE };
}

/** Case 8's key for the warm command at a history size. */
export const warmCommandKey = (history: number) => `warm-command-${history}`;

/**
 * Case 8: the warm command at the largest history measured costs at most 2× the one at the
 * smallest (the issue: 100,000 against 10; a quick run's largest is smaller). None with one size.
 */
export function flatCommandTarget(histories: readonly number[]): { largest: number; target: RelativeTarget } | undefined {
  if (histories.length < 2) return undefined;
  const [smallest, largest] = [Math.min(...histories), Math.max(...histories)];
  return {
    largest,
    target: {
      to: warmCommandKey(smallest),
      atMost: 2,
      what: `warm command at ${formatNumber(largest)} prior events ÷ at ${formatNumber(smallest)}`,
      source: `${ISSUE}: at 100,000 ≤ 2× at 10`,
    },
  };
}
