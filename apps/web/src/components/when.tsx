import { useTranslation } from 'react-i18next';

/** The time zone people read times in (Europe/Amsterdam unless the browser was told otherwise). */
export const TIME_ZONE = localStorage.getItem('schakel.timeZone') ?? 'Europe/Amsterdam';

export function formatWhen(iso: string, language: string, withTime = true): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: TIME_ZONE,
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(new Date(iso));
}

/** A moment in the reader's zone, with UTC on hover. */
export function When({ iso, withTime = true }: { iso: string; withTime?: boolean }) {
  const { i18n } = useTranslation();
  return (
    <time dateTime={iso} title={`${new Date(iso).toISOString().replace('T', ' ').slice(0, 19)} UTC`}>
      {formatWhen(iso, i18n.resolvedLanguage ?? 'nl', withTime)}
    </time>
  );
}
