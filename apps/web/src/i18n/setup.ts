import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from './nl';
import { en } from './en';
import { pl } from './pl';
import { ro } from './ro';
import { bg } from './bg';

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

void i18next.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en }, pl: { translation: pl }, ro: { translation: ro }, bg: { translation: bg } },
  lng: LANGUAGES.some((l) => l.code === stored) ? stored! : 'nl',
  fallbackLng: { pl: ['en'], ro: ['en'], bg: ['en'], default: ['nl'] },
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18next.language;

export function chooseLanguage(code: string): void {
  localStorage.setItem(STORED, code);
  void i18next.changeLanguage(code);
  document.documentElement.lang = code;
}
