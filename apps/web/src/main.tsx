import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { App } from './app';
import { graphqlClient } from './graphql-client';
import { setUpI18n } from './i18n';
import './styles.css';

void setUpI18n().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Provider value={graphqlClient}>
        <App />
      </Provider>
    </StrictMode>,
  ),
);
