import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { AnnouncerProvider } from './announcer';
import { setUpI18n } from './i18n';
import { SessionProvider } from './session/session';
import { showRememberedSpace } from './spaces/chosen-space';
import 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css';
import './design/tokens.css';
import './design/base.css';
import './design/layout.css';
import './design/components.css';
import './styles.css';

showRememberedSpace();
void setUpI18n().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <SessionProvider>
        <AnnouncerProvider>
          <App />
        </AnnouncerProvider>
      </SessionProvider>
    </StrictMode>,
  ),
);
