import { TIME_ZONE } from '../../components/when';

/** The offset of the reader's zone (Europe/Amsterdam) from UTC at an instant, in minutes. */
function offsetMinutes(instant: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return Math.round((asUtc - instant) / 60_000);
}

/** A day picked in a date field (yyyy-mm-dd) as the end of the working day (17:00) in the reader's zone, as an instant. */
export function endOfWorkingDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const local = Date.UTC(y, m - 1, d, 17, 0);
  return new Date(local - offsetMinutes(local) * 60_000).toISOString();
}

/** The day `days` from now in the reader's zone, for a date field. */
export function dayFromNow(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date(Date.now() + days * 86_400_000));
}
