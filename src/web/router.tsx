import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { Layout } from './ui/layout';
import { Loading } from './ui/states';
import { OverviewPage } from './features/overview/overview-page';
import { NotFoundPage } from './features/overview/not-found-page';

// Pages with charts load on demand so the first paint ships little JavaScript.
const DesignSystemPage = lazy(() => import('./features/design-system/design-system-page'));

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <OverviewPage /> },
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
