import type { EventMeta } from '../shared/messages';

/** Which clock an as-of question or a timeline runs on: valid time or transaction time. */
export const replayClocks = ['OCCURRED', 'RECORDED'] as const;
export type ReplayClock = (typeof replayClocks)[number];

/**
 * A stored event as plain data, in log order: what the application reads from the store and hands
 * to the replay functions. `meta` is required here: replay is about the two clocks.
 */
export type ReplayEvent = { type: string; data: unknown; meta: EventMeta };

/** Milliseconds of an ISO instant; replay compares instants as numbers, never as text. */
export function instantMs(iso: string): number {
  return Date.parse(iso);
}

const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * A text key that sorts like the instant: the store and the domain write instants as
 * `toISOString()` (`2026-09-15T10:00:00.000Z`), which sort as text; anything else is normalised
 * first. Comparing keys avoids parsing 100,000 dates per question.
 */
export function instantKey(iso: string): string {
  return iso.length === 24 && CANONICAL.test(iso) ? iso : new Date(Date.parse(iso)).toISOString();
}
