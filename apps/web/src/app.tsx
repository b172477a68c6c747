import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { auditRoutes } from './audit/routes';
import { BrandMark } from './design/brand-mark';
import { committeeRoutes } from './committee/routes';
import { departmentRoutes } from './department/routes';
import { LANGUAGES } from './i18n';
import { navigate, usePath } from './navigation';
import { organizationRoutes } from './organizations/routes';
import { planRoutes } from './plan/routes';
import { FollowedProposals } from './proposals/followed-proposals';
import { proposalRoutes } from './proposals/routes';
import { screenAt } from './routes';
import { secretariatRoutes } from './secretariat/routes';
import { Person, Role, hasRole, useSession } from './session/session';
import { SessionMenu } from './session/session-menu';
import { SpacePicker } from './spaces/space-picker';

const ROUTES = [
  ...proposalRoutes,
  ...organizationRoutes,
  ...planRoutes,
  ...departmentRoutes,
  ...committeeRoutes,
  ...secretariatRoutes,
  ...auditRoutes,
];

/** The menu: what everyone reads, and the desks of those who work here. */
const NAV: { href: string; label: string; for?: Role[] }[] = [
  { href: '/', label: 'nav.proposals' },
  { href: '/plan', label: 'nav.plan' },
  { href: '/department', label: 'nav.department', for: ['department_officer', 'department_head', 'admin'] },
  {
    href: '/committee',
    label: 'nav.committee',
    for: ['committee_member', 'committee_chair', 'secretariat', 'admin'],
  },
  { href: '/secretariat', label: 'nav.secretariat', for: ['secretariat', 'admin'] },
  { href: '/audit', label: 'nav.audit', for: ['auditor', 'admin'] },
];

const current = (href: string, path: string) =>
  href === '/' ? path === '/' || path.startsWith('/proposals') : path.startsWith(href);

export function App() {
  const { t, i18n } = useTranslation();
  const path = usePath();
  const { session } = useSession();
  const person: Person | null = session?.person ?? null;
  const screen = screenAt(ROUTES, path) ?? <h1>{t('app.notFound')}</h1>;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <p className="brand">
            <BrandMark />
            {t('app.name')}
          </p>
          <nav aria-label={t('nav.label')}>
            <ul className="nav">
              {NAV.filter((item) => !item.for || hasRole(person, ...item.for)).map((item) => (
                <li key={item.href}>
                  <a
                    href={item.href}
                    onClick={navigate}
                    aria-current={current(item.href, path) ? 'page' : undefined}
                  >
                    {t(item.label)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <div className="header-tools">
            <SpacePicker />
            <label className="header-choice language">
              {t('app.language')}
              <select value={i18n.language} onChange={(event) => i18n.changeLanguage(event.target.value)}>
                {LANGUAGES.map((language) => (
                  <option key={language} value={language} lang={language}>
                    {t(`app.languages.${language}`)}
                  </option>
                ))}
              </select>
            </label>
            <SessionMenu />
          </div>
        </div>
      </header>
      {person && <FollowedProposals key={person.subject} path={path} />}
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>{screen}</Suspense>
      </main>
    </>
  );
}
