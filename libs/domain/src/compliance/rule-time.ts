import { formatInstant, parseInstant } from '../shared/time';
import type { IsoDate, IsoInstant } from '../shared/values';
import type { FindingDraft } from './finding';

export function ms(instant: IsoInstant): number {
  const value = parseInstant(instant);
  if (value === null) throw new TypeError(`not an instant: ${instant}`);
  return value;
}

export function addHours(instant: IsoInstant, hours: number): IsoInstant {
  return formatInstant(ms(instant) + hours * 3_600_000);
}

export function startOfDay(date: IsoDate): IsoInstant {
  return `${date}T00:00:00.000Z`;
}

/** The date `years` after `date` (29 February falls back to 28 February). */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const year = y + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function nextDay(date: IsoDate): IsoInstant {
  return formatInstant(ms(startOfDay(date)) + 86_400_000);
}

export function earliest(instants: readonly (IsoInstant | null | undefined)[]): IsoInstant | null {
  let best: IsoInstant | null = null;
  for (const instant of instants) if (instant && (best === null || ms(instant) < ms(best))) best = instant;
  return best;
}

export function isAfter(a: IsoInstant, b: IsoInstant): boolean {
  return ms(a) > ms(b);
}

/**
 * A duty due at `due` and done at `doneAt` (null: not done as of `asOf`): a finding when it was not
 * done by the deadline (done exactly at the deadline is on time) and the deadline has passed.
 */
export function deadlineDraft(
  due: IsoInstant,
  doneAt: IsoInstant | null,
  asOf: IsoInstant,
  draft: Omit<FindingDraft, 'arisenAt' | 'resolvedAt'>,
): FindingDraft[] {
  if (doneAt !== null && !isAfter(doneAt, due)) return [];
  if (!isAfter(asOf, due)) return [];
  return [{ ...draft, arisenAt: due, resolvedAt: doneAt }];
}

/**
 * Findings for a condition that can hold and stop holding over time: `violated(t)` is evaluated at
 * each candidate instant up to `asOf`; each run of violated instants is one finding.
 */
export function intervalDrafts(
  candidates: readonly IsoInstant[],
  asOf: IsoInstant,
  violated: (at: IsoInstant) => boolean,
  draft: (arisenAt: IsoInstant) => Omit<FindingDraft, 'arisenAt' | 'resolvedAt'>,
): FindingDraft[] {
  const times = [...new Set(candidates)].filter((t) => !isAfter(t, asOf)).sort((a, b) => ms(a) - ms(b));
  const drafts: FindingDraft[] = [];
  let open: IsoInstant | null = null;
  for (const t of times) {
    const bad = violated(t);
    if (bad && open === null) open = t;
    if (!bad && open !== null) {
      drafts.push({ ...draft(open), arisenAt: open, resolvedAt: t });
      open = null;
    }
  }
  if (open !== null) drafts.push({ ...draft(open), arisenAt: open, resolvedAt: null });
  return drafts;
}
