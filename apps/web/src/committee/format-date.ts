import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates and times as the reader's language writes them. */
export function useFormatDate(): (at: string) => string {
  const { i18n } = useTranslation();
  return useCallback(
    (at: string) =>
      new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(at)),
    [i18n.language],
  );
}
