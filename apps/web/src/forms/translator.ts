import { useTranslation } from 'react-i18next';

/** What pure formatting needs of i18next: a translation, and whether a key has one. */
export interface Translator {
  t: (key: string, values?: Record<string, unknown>) => string;
  exists: (key: string) => boolean;
}

/** The i18next translator of the current language, for the pure formatting functions. */
export function useTranslator(): Translator {
  const { t, i18n } = useTranslation();
  return { t: (key, values) => t(key, values), exists: (key) => i18n.exists(key) };
}
