import type { IsoDate } from '../shared/values';

/** The hour of the day, Dutch time, at which reminders about a planned day go out. */
const MORNING_HOUR = 7;

/**
 * 07:00 Dutch time (Europe/Amsterdam, summer or winter time) on `date` shifted by `days`, as an
 * ISO instant: when a reminder about a planned day goes out.
 */
export function amsterdamMorning(date: IsoDate | string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  // 07:00 in summer time is 05:00 UTC; in winter time an hour later
  const guess = Date.UTC(y, m - 1, d + days, MORNING_HOUR - 2);
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' }).format(guess));
  return new Date(guess + (MORNING_HOUR - hour) * 3600_000).toISOString();
}
