import { useTranslation } from 'react-i18next';
import { LANGUAGES } from './i18n';
import { usePath } from './navigation';
import { ProposalPage } from './proposals/proposal-page';
import { ProposalsPage } from './proposals/proposals-page';

const PROPOSAL_PATH = /^\/proposals\/([^/]+)$/;

export function App() {
  const { t, i18n } = useTranslation();
  const proposalId = PROPOSAL_PATH.exec(usePath())?.[1];
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <p className="brand">{t('app.name')}</p>
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
        {proposalId ? <ProposalPage id={decodeURIComponent(proposalId)} /> : <ProposalsPage />}
      </main>
    </>
  );
}
