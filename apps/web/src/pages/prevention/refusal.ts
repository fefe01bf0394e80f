import type { TFunction } from 'i18next';
import type { reasonOf } from '../../data/errors';

/** The languages the API words a start check's reasons in; another reader gets English. */
export function reasonLanguage(language: string | undefined): 'nl' | 'en' {
  return language === 'nl' ? 'nl' : 'en';
}

/** A refusal in the reader's words, the API's stable reason beside it (for support). */
export function refusal(t: TFunction, failure: ReturnType<typeof reasonOf>): string | null {
  if (!failure) return null;
  const key = failure.reason ?? failure.code;
  const text = t(`prevention.errors.${key}`, { defaultValue: t(`errors.${key}`, { defaultValue: failure.message }) });
  return `${text} (${key})`;
}
