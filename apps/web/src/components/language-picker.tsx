import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, chooseLanguage } from '../i18n/setup';

/** The interface language (instruction texts keep the languages they were issued in). */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <span className="language">
      <label htmlFor={id} className="visually-hidden">
        {t('common.language')}
      </label>
      <select id={id} value={i18n.resolvedLanguage} onChange={(e) => void chooseLanguage(e.target.value)}>
        {LANGUAGES.map((lang) => (
          <option key={lang.code} value={lang.code}>
            {lang.name}
          </option>
        ))}
      </select>
    </span>
  );
}
