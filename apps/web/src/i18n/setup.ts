import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from './nl';

/** Dutch first; English for everything; Polish, Romanian and Bulgarian for what workers see. */
export const LANGUAGES = [
  { code: 'nl', name: 'Nederlands' },
  { code: 'en', name: 'English' },
  { code: 'pl', name: 'Polski' },
  { code: 'ro', name: 'Română' },
  { code: 'bg', name: 'Български' },
] as const;

type Bundle = Record<string, unknown>;

/**
 * Each language's texts in two parts. The first part (nl.ts, en.ts, pl.ts, ro.ts, bg.ts) is what the
 * sign-in page, the frame and a worker's screens say; Dutch, the default, travels with the app and the
 * others are fetched when chosen. The rest (nl-rest.ts, en-rest.ts) is fetched with the first screen
 * beyond a worker's (app.tsx), so a worker's phone never loads it. Polish, Romanian and Bulgarian have
 * the first part only and fall back to English.
 */
const FIRST: Record<string, () => Promise<Bundle>> = {
  en: () => import('./en').then((m) => m.en),
  pl: () => import('./pl').then((m) => m.pl),
  ro: () => import('./ro').then((m) => m.ro),
  bg: () => import('./bg').then((m) => m.bg),
};
const REST: Record<string, () => Promise<Bundle>> = {
  nl: () => import('./nl-rest').then((m) => m.nlRest),
  en: () => import('./en-rest').then((m) => m.enRest),
};
const FALLBACK: Record<string, string[]> = { pl: ['en'], ro: ['en'], bg: ['en'] };

/** The languages a choice reads from: itself, then what it falls back to (Dutch and English are whole). */
const readsFrom = (code: string): string[] => [code, ...(FALLBACK[code] ?? [])];

const fetched = new Map<string, Promise<void>>([['first:nl', Promise.resolve()]]);
/** Bundles fetched before i18next starts: it starts with them (so the language chosen resolves at once). */
const early: Record<string, Bundle> = { nl };
/** Set once a screen beyond a worker's was opened: a new language choice then fetches its rest too. */
let restWanted = false;

function fetchPart(part: 'first' | 'rest', code: string): Promise<void> {
  const key = `${part}:${code}`;
  const fetchBundle = (part === 'first' ? FIRST : REST)[code];
  if (!fetchBundle) return Promise.resolve();
  let done = fetched.get(key);
  if (!done) {
    done = fetchBundle().then((bundle) => {
      if (i18next.isInitialized) i18next.addResourceBundle(code, 'translation', bundle, true, false);
      else early[code] = bundle;
    });
    // a fetch that failed (offline a moment) is tried again by the next screen or choice
    done.catch(() => fetched.delete(key));
    fetched.set(key, done);
  }
  return done;
}

async function load(code: string): Promise<void> {
  const parts = readsFrom(code).flatMap((c) => [fetchPart('first', c), ...(restWanted ? [fetchPart('rest', c)] : [])]);
  await Promise.all(parts);
}

const STORED = 'schakel.language';
const stored = localStorage.getItem(STORED);
const first = LANGUAGES.some((l) => l.code === stored) ? stored! : 'nl';

/** Resolves when the interface can be drawn in the language last chosen in this browser (its texts fetched first). */
export const languageReady: Promise<void> = Promise.all(readsFrom(first).map((code) => fetchPart('first', code))).then(async () => {
  await i18next.use(initReactI18next).init({
    resources: Object.fromEntries(Object.entries(early).map(([code, bundle]) => [code, { translation: bundle }])),
    partialBundledLanguages: true,
    lng: first,
    fallbackLng: { ...FALLBACK, default: ['nl'] },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = first;
});

/** The texts of the screens beyond a worker's, in the language chosen: such a screen is drawn once they are here. */
export function loadRestOfTexts(): Promise<void> {
  restWanted = true;
  return load(i18next.language);
}

export async function chooseLanguage(code: string): Promise<void> {
  localStorage.setItem(STORED, code);
  await load(code);
  await i18next.changeLanguage(code);
  document.documentElement.lang = code;
}
