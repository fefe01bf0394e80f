import { badInput, type ApiError } from '@schakel/application';
import { reasonLanguages, type ReasonLanguage } from './reason-texts';

/** Reasons are in Dutch unless the reader asks or prefers otherwise (the sites are in the Netherlands). */
const DEFAULT_LANGUAGE: ReasonLanguage = 'nl';

const supported = (code: string): code is ReasonLanguage => (reasonLanguages as readonly string[]).includes(code);

function languageRefused(asked: string): ApiError {
  return badInput('LANGUAGE_NOT_SUPPORTED', `Reasons are given in ${reasonLanguages.join(' and ')}, not in "${asked.slice(0, 20)}".`);
}

/**
 * The language of the reasons: the one asked for (an unsupported one is refused), else the member's
 * own language when it is one of ours, else English for a member who reads another, else Dutch.
 */
export function readerLanguage(asked: string | null | undefined, memberLanguage: string | null): ReasonLanguage {
  if (asked !== null && asked !== undefined) {
    const code = asked.trim().toLowerCase();
    if (!supported(code)) throw languageRefused(asked);
    return code;
  }
  if (memberLanguage === null) return DEFAULT_LANGUAGE;
  const own = memberLanguage.toLowerCase();
  return supported(own) ? own : 'en';
}
