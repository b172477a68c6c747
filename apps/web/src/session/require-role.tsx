import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Role, hasRole, useSession } from './session';

/** A screen for some roles only: anyone else is told, in words, who may see it and how to become them. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const { session } = useSession();
  if (!session) return <p role="alert">{t('errors.signInRequired')}</p>;
  if (!hasRole(session.person, ...roles)) {
    const names = roles.map((role) => t(`session.roles.${role}`)).join(', ');
    return <p role="alert">{t('errors.notAllowed', { roles: names })}</p>;
  }
  return children;
}
