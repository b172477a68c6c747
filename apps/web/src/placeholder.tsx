import { useTranslation } from 'react-i18next';

/** A screen whose route exists before the screen does. */
export function Placeholder({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{title}</h1>
      <p>{t('placeholder.comingSoon')}</p>
    </>
  );
}
