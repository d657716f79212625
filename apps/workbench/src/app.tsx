import { useEffect, type ReactElement } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { BillingPage } from './pages/billing';
import { DashboardPage } from './pages/dashboard';
import { DeliveryPage } from './pages/delivery';
import { ExceptionsPage } from './pages/exceptions';
import { LineagePage } from './pages/lineage';
import { PartnerPage } from './pages/partner';
import { ReconciliationPage } from './pages/reconciliation';
import { SignInPage } from './pages/sign-in';
import { href, useRoute } from './router';
import { isPartner, signOut, useSession } from './session';

const PAGES: Record<string, { title: string; page: () => ReactElement }> = {
  dashboard: { title: 'Dashboard', page: DashboardPage },
  exceptions: { title: 'Exceptions', page: ExceptionsPage },
  billing: { title: 'Billing', page: BillingPage },
  reconciliation: { title: 'Reconciliation', page: ReconciliationPage },
  lineage: { title: 'Lineage', page: LineagePage },
  delivery: { title: 'Delivery', page: DeliveryPage },
};
const PARTNER_PAGES: Record<string, { title: string; page: () => ReactElement }> = {
  partner: { title: 'Projects, invoices and time', page: PartnerPage },
};

export function App() {
  const session = useSession();
  const route = useRoute();
  const client = useQueryClient();
  useEffect(() => {
    if (!session) client.clear();
  }, [session, client]);
  const pages = session && isPartner(session) ? PARTNER_PAGES : PAGES;
  const name = route.page in pages ? route.page : Object.keys(pages)[0];
  useDocumentTitle(session ? pages[name].title : 'Sign in');
  if (!session) return <SignInPage />;
  const Page = pages[name].page;
  return (
    <>
      <a
        className="skip"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="top">
        <p className="brand">Project-to-Cash · finance workbench</p>
        <nav aria-label="Pages">
          <ul>
            {Object.entries(pages).map(([key, page]) => (
              <li key={key}>
                <a href={href(key)} aria-current={key === name ? 'page' : undefined}>
                  {page.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p className="who">
          <span>
            {session.subject} ({session.roles.join(', ')}
            {session.partnerId ? ` · ${session.partnerId}` : ''})
          </span>
          <button type="button" onClick={signOut}>
            Sign out
          </button>
        </p>
      </header>
      <main id="main" tabIndex={-1}>
        <Page />
      </main>
    </>
  );
}

function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Finance workbench`;
  }, [title]);
}
