import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { AuditPage } from './features/audit/audit-page';
import { MembersPage } from './features/members/members-page';
import { NotFoundPage } from './features/overview/not-found-page';
import { OverviewPage } from './features/overview/overview-page';
import { PartnersPage } from './features/partners/partners-page';
import { OneTimeLinkPage } from './features/session/one-time-link-page';
import { SignInPage } from './features/session/sign-in-page';
import { TokensPage } from './features/tokens/tokens-page';
import { Layout } from './ui/layout';
import { Loading } from './ui/states';

// Pages with charts load on demand so the first paint ships little JavaScript.
const DesignSystemPage = lazy(() => import('./features/design-system/design-system-page'));

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/invite/:token', element: <OneTimeLinkPage kind="invite" /> },
  { path: '/reset/:token', element: <OneTimeLinkPage kind="reset" /> },
  {
    element: <Layout />,
    children: [
      { path: '/', element: <OverviewPage /> },
      { path: '/partners', element: <PartnersPage /> },
      { path: '/members', element: <MembersPage /> },
      { path: '/tokens', element: <TokensPage /> },
      { path: '/audit', element: <AuditPage /> },
      {
        path: '/design',
        element: (
          <Suspense fallback={<Loading label="Loading the design system" />}>
            <DesignSystemPage />
          </Suspense>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
