import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from './nl';
import { en } from './en';

/** Dutch first; English for everything; Polish, Romanian and Bulgarian for what workers see. */
export const LANGUAGES = [
  { code: 'nl', name: 'Nederlands' },
  { code: 'en', name: 'English' },
  { code: 'pl', name: 'Polski' },
  { code: 'ro', name: 'Română' },
  { code: 'bg', name: 'Български' },
] as const;

const STORED = 'schakel.language';
const stored = localStorage.getItem(STORED);

/** The workers' languages are fetched when chosen: everyone else's page stays lighter (Dutch and English travel with the app). */
const LATER: Record<string, () => Promise<Record<string, unknown>>> = {
  pl: () => import('./pl').then((m) => m.pl),
  ro: () => import('./ro').then((m) => m.ro),
  bg: () => import('./bg').then((m) => m.bg),
};

async function load(code: string): Promise<void> {
  if (i18next.hasResourceBundle(code, 'translation') || !LATER[code]) return;
  i18next.addResourceBundle(code, 'translation', await LATER[code]());
}

const first = LANGUAGES.some((l) => l.code === stored) ? stored! : 'nl';

/** Resolves when the interface can be drawn in the language last chosen in this browser. */
export const languageReady: Promise<void> = (LATER[first]?.() ?? Promise.resolve(null)).then(async (bundle) => {
  await i18next.use(initReactI18next).init({
    resources: { nl: { translation: nl }, en: { translation: en }, ...(bundle ? { [first]: { translation: bundle } } : {}) },
    partialBundledLanguages: true,
    lng: first,
    fallbackLng: { pl: ['en'], ro: ['en'], bg: ['en'], default: ['nl'] },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = first;
});

export async function chooseLanguage(code: string): Promise<void> {
  localStorage.setItem(STORED, code);
  await load(code);
  await i18next.changeLanguage(code);
  document.documentElement.lang = code;
}
