import { useTranslation } from 'react-i18next';
import { LANGUAGES } from './i18n';
import { navigate, usePath } from './navigation';
import { PlanPage } from './plan/plan-page';
import { ProposalPage } from './proposals/proposal-page';
import { ProposalsPage } from './proposals/proposals-page';

const PROPOSAL_PATH = /^\/proposals\/([^/]+)$/;

export function App() {
  const { t, i18n } = useTranslation();
  const path = usePath();
  const proposalId = PROPOSAL_PATH.exec(path)?.[1];
  const page = proposalId ? (
    <ProposalPage id={decodeURIComponent(proposalId)} />
  ) : path === '/plan' ? (
    <PlanPage />
  ) : (
    <ProposalsPage />
  );
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <p className="brand">{t('app.name')}</p>
        <nav aria-label={t('nav.label')}>
          <ul className="nav">
            <li>
              <a href="/" onClick={navigate} aria-current={path === '/' ? 'page' : undefined}>
                {t('nav.proposals')}
              </a>
            </li>
            <li>
              <a href="/plan" onClick={navigate} aria-current={path === '/plan' ? 'page' : undefined}>
                {t('nav.plan')}
              </a>
            </li>
          </ul>
        </nav>
        <label>
          {t('app.language')}{' '}
          <select value={i18n.language} onChange={(event) => i18n.changeLanguage(event.target.value)}>
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {t(`app.languages.${language}`)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main id="main" tabIndex={-1}>
        {page}
      </main>
    </>
  );
}
