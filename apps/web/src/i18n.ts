import i18next, { Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORED = 'hyeopchi.language';

/**
 * Each screen keeps its strings beside it (`<screen>/locales/<language>.json`, one top-level key per screen), so
 * screens can change without touching each other's files; they are merged into one namespace here.
 */
const FILES = import.meta.glob<Record<string, unknown>>(['./locales/*.json', './*/locales/*.json'], {
  eager: true,
  import: 'default',
});

function resources(): Resource {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const [file, strings] of Object.entries(FILES)) {
    const language = /\/(\w+)\.json$/.exec(file)![1];
    merged[language] = { ...merged[language], ...strings };
  }
  return Object.fromEntries(
    Object.entries(merged).map(([language, translation]) => [language, { translation }]),
  ) as Resource;
}

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
    resources: resources(),
    lng: initialLanguage(),
    fallbackLng: 'ko',
    interpolation: { escapeValue: false },
  });
}
