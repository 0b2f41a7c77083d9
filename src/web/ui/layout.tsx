import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router-dom';
import { reachOf, roleLabels } from '../../core/access/policy';
import { send, setCsrfToken } from '../api/client';
import { useMembership } from '../features/session/use-session';
import { ErrorState, Loading } from './states';

/** The frame around every signed-in page: brand, navigation by role, the person, a skip link. */
export function Layout() {
  const { session, membership } = useMembership();
  const location = useLocation();
  const queryClient = useQueryClient();
  const signOut = useMutation({
    mutationFn: () => send('/api/session', 'DELETE'),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.setQueryData(['session'], null);
    },
  });
  if (session.isPending)
    return (
      <div className="auth-page">
        <Loading label="Checking your session" />
      </div>
    );
  if (session.isError)
    return (
      <div className="auth-page">
        <ErrorState error={session.error} retry={() => void session.refetch()} />
      </div>
    );
  if (!session.data)
    return (
      <Navigate
        to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`}
        replace
      />
    );

  const role = membership?.role;
  const navigation = [
    { to: '/', label: 'Overview', show: true },
    { to: '/partners', label: 'Partners', show: role !== undefined },
    {
      to: '/members',
      label: 'Members',
      show: role !== undefined && reachOf(role, 'members.read') !== null,
    },
    { to: '/tokens', label: 'API tokens', show: role !== undefined },
    {
      to: '/audit',
      label: 'Audit trail',
      show: role !== undefined && reachOf(role, 'audit.read') !== null,
    },
  ].filter((item) => item.show);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar">
        <NavLink to="/" className="brand" aria-label="Mosaic home">
          <span className="brand-mark" aria-hidden="true">
            <span style={{ background: 'var(--data-1)' }} />
            <span style={{ background: 'var(--data-2)' }} />
            <span style={{ background: 'var(--data-3)' }} />
            <span style={{ background: 'var(--data-4)' }} />
          </span>
          Mosaic
        </NavLink>
        <nav className="nav" aria-label="Main">
          {navigation.map((item) => (
            <NavLink key={item.to} to={item.to} end>
              {item.label}
            </NavLink>
          ))}
        </nav>
        <div className="sidebar-foot">
          <div className="user-box">
            <span>{session.data.user.displayName}</span>
            {membership && (
              <span>
                {roleLabels[membership.role]}
                {membership.partner ? ` · ${membership.partner.name}` : ''} ·{' '}
                {membership.coalition.name}
              </span>
            )}
            <button type="button" onClick={() => signOut.mutate()}>
              Sign out
            </button>
          </div>
          <p>
            <a href="/api/openapi.json">API (OpenAPI)</a> ·{' '}
            <NavLink to="/design">Design system</NavLink>
          </p>
        </div>
      </aside>
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

export function PageHeader({
  title,
  lead,
  actions,
}: {
  title: string;
  lead?: string;
  actions?: ReactNode;
}) {
  return (
    <div className="page-header">
      <div>
        <h1>{title}</h1>
        {lead && <p>{lead}</p>}
      </div>
      {actions && <div className="row">{actions}</div>}
    </div>
  );
}
