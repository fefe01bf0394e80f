import type { Finding } from './finding';

/** Findings opened and resolved by one party (a duty bearer the finding names) in one calendar month. */
export type FindingMonthBar = { month: string; partyId: string; opened: number; resolved: number };

export type FindingsPerMonth = {
  /** The calendar months counted, oldest first, as YYYY-MM in Dutch time. */
  months: string[];
  /** One per month and party with something opened or resolved; months in order, parties by id. */
  bars: FindingMonthBar[];
  /** Findings that opened or were resolved within the months counted: what the bars cover. */
  covered: number;
  /** Every finding given, the covered ones among them. */
  total: number;
};

const MONTH = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' });

/** The calendar month of an instant in Dutch time (Europe/Amsterdam, summer or winter time), as YYYY-MM. */
export function amsterdamMonth(instant: string): string {
  const parts = MONTH.formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
}

/** The `count` calendar months up to and including the month of `now` (Dutch time), oldest first. */
export function monthsUpTo(now: string, count: number): string[] {
  const [year, month] = amsterdamMonth(now).split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const back = new Date(Date.UTC(year, month - 1 - (count - 1 - i), 1));
    return `${back.getUTCFullYear()}-${String(back.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

/**
 * How many findings each party opened and had resolved per calendar month (Dutch time) over the last
 * `months` months up to `now`. A finding counts for every party it names (each bears the duty); a
 * finding opened before the months counted and resolved within them counts as resolved only.
 */
export function findingsPerMonth(findings: readonly Pick<Finding, 'partyIds' | 'arisenAt' | 'resolvedAt'>[], options: { now: string; months: number }): FindingsPerMonth {
  const months = monthsUpTo(options.now, options.months);
  const counted = new Set(months);
  const bars = new Map<string, FindingMonthBar>();
  const bar = (month: string, partyId: string): FindingMonthBar => {
    const key = `${month} ${partyId}`;
    const found = bars.get(key) ?? { month, partyId, opened: 0, resolved: 0 };
    bars.set(key, found);
    return found;
  };
  let covered = 0;
  for (const finding of findings) {
    const opened = amsterdamMonth(finding.arisenAt);
    const resolved = finding.resolvedAt === null ? null : amsterdamMonth(finding.resolvedAt);
    const inOpened = counted.has(opened);
    const inResolved = resolved !== null && counted.has(resolved);
    if (inOpened || inResolved) covered += 1;
    for (const partyId of new Set(finding.partyIds)) {
      if (inOpened) bar(opened, partyId).opened += 1;
      if (inResolved) bar(resolved, partyId).resolved += 1;
    }
  }
  const order = (a: FindingMonthBar, b: FindingMonthBar) => a.month.localeCompare(b.month) || a.partyId.localeCompare(b.partyId);
  return { months, bars: [...bars.values()].sort(order), covered, total: findings.length };
}
