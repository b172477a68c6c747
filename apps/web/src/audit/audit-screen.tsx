import { ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../navigation';
import { RequireRole } from '../session/require-role';
import { StreamFinder } from './stream-finder';
import './audit.css';

/**
 * A screen of the auditor's desk: its title and heading, and for auditors and admins only, the way to the
 * service logs and to any stream. Everyone else is told who may see it.
 */
export function AuditScreen({
  title,
  pageTitle,
  children,
}: {
  title: string;
  pageTitle: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = pageTitle;
  }, [pageTitle]);
  return (
    <>
      <h1>{title}</h1>
      <RequireRole roles={['auditor', 'admin']}>
        <nav aria-label={t('audit.deskNav')} className="audit-nav">
          <a href="/audit" onClick={navigate}>
            {t('audit.logsLink')}
          </a>
          <StreamFinder />
        </nav>
        {children}
      </RequireRole>
    </>
  );
}
