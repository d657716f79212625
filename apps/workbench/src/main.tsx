import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Problem } from './api';
import { App } from './app';
import './styles.css';

const queries = new QueryClient({
  defaultOptions: {
    queries: {
      // a problem the caller caused (4xx) is shown at once; the gateway's own trouble is retried
      retry: (count, error) => !(error instanceof Problem && error.status < 500) && count < 2,
      staleTime: 5_000,
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queries}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
