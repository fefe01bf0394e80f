/** The zone every time in the replay report is shown in: the inspectorate's own clock. */
export const REPORT_TIME_ZONE = 'Europe/Amsterdam';

const FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: REPORT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

/** An instant as Amsterdam wall-clock time with its zone: "2026-03-16 14:05 CET" (summer: "GMT+2" is shown as CEST). */
export function amsterdamTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const part = Object.fromEntries(FORMAT.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute} ${zoneName(part.timeZoneName ?? '')}`;
}

// ICU names Amsterdam's offsets CET and "GMT+2" (en-GB has no short name for summer time).
function zoneName(short: string): string {
  if (short === 'GMT+1') return 'CET';
  if (short === 'GMT+2') return 'CEST';
  return short;
}

const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;

/** Every ISO instant inside a text (a timeline summary quotes them in UTC) rewritten as Amsterdam time. */
export function amsterdamTimesIn(text: string): string {
  return text.replace(ISO_INSTANT, (instant) => amsterdamTime(instant));
}
