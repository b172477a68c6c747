import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Each screen's own title in the browser's tab and history, with the platform's name. */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('committee.pageTitle', { title });
  }, [t, title]);
}
