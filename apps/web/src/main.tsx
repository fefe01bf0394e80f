import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { client } from './data/apollo';
import { SessionProvider } from './data/session';
import { languageReady } from './i18n/setup';
import { App } from './app';
import './styles.css';

// Drawn once the interface speaks the language chosen in this browser (a worker's is fetched first).
void languageReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <SessionProvider>
          <App />
        </SessionProvider>
      </ApolloProvider>
    </StrictMode>,
  ),
);
