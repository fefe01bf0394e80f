import type { ReplayClock } from '@schakel/domain';

export type InspectorRead = { query: string; asOf?: string | null; clock?: ReplayClock | null; subject?: string | null };

/** The most text one recorded read keeps of what was asked; the rest is cut with a marker. */
export const MAX_RECORDED_SUBJECT = 4_000;

function bounded(text: string): string {
  if (text.length <= MAX_RECORDED_SUBJECT) return text;
  const cut = text.length - MAX_RECORDED_SUBJECT;
  return `${text.slice(0, MAX_RECORDED_SUBJECT)}… (${cut} more characters not recorded)`;
}

/**
 * The reads of one request as one InspectorReadRecorded's fields: one read as it is; several as
 * their distinct queries joined, asOf and clock when all agree, and a subject listing each distinct
 * read (so the record still says what was asked), bounded to MAX_RECORDED_SUBJECT characters.
 */
export function combineReads(reads: readonly InspectorRead[]): { query: string; asOf: string | null; clock: ReplayClock | null; subject: string | null } {
  const asOf = (r: InspectorRead) => r.asOf ?? null;
  const clock = (r: InspectorRead) => r.clock ?? null;
  const subject = (r: InspectorRead) => r.subject ?? null;
  if (reads.length === 1) {
    const [one] = reads;
    const text = subject(one);
    return { query: one.query, asOf: asOf(one), clock: clock(one), subject: text === null ? null : bounded(text) };
  }
  const distinct = [...new Map(reads.map((r) => [JSON.stringify([r.query, asOf(r), clock(r), subject(r)]), r])).values()];
  const same = <T>(pick: (r: InspectorRead) => T): T | null => (distinct.every((r) => pick(r) === pick(distinct[0])) ? pick(distinct[0]) : null);
  const queries = [...new Set(distinct.map((r) => r.query))].join(',');
  const listed = JSON.stringify({
    reads: reads.length,
    asked: distinct.map((r) => ({ query: r.query, asOf: asOf(r), clock: clock(r), subject: subject(r) })),
  });
  return { query: bounded(queries), asOf: same(asOf), clock: same(clock), subject: bounded(listed) };
}
