import { ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../navigation';
import { RequireRole } from '../session/require-role';
import { SECRETARIAT } from './roles';
import './secretariat.css';

/**
 * One of the secretariat's screens, for its roles: its title in the tab, its heading and, on a task's screen
 * (`home` unset), the way back to the desk.
 */
export function DeskScreen({
  title,
  home,
  children,
}: {
  title: string;
  home?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = home ? t('secretariat.deskPageTitle') : t('secretariat.pageTitle', { title });
  }, [t, title, home]);
  return (
    <>
      {!home && (
        <p className="desk-back">
          <a href="/secretariat" onClick={navigate}>
            {t('secretariat.back')}
          </a>
        </p>
      )}
      <h1>{title}</h1>
      <RequireRole roles={SECRETARIAT}>{children}</RequireRole>
    </>
  );
}
