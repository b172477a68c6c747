import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import ko from './locales/ko.json';

export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORED = 'hyeopchi.language';

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORED);
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'ko';
}

/** Korean by default, English on request; the choice is remembered and `<html lang>` always follows it. */
export function setUpI18n() {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    localStorage.setItem(STORED, language);
  });
  return i18next.use(initReactI18next).init({
    resources: { ko: { translation: ko }, en: { translation: en } },
    lng: initialLanguage(),
    fallbackLng: 'ko',
    interpolation: { escapeValue: false },
  });
}
