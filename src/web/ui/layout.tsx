import { NavLink, Outlet } from 'react-router-dom';

const navigation = [{ to: '/', label: 'Overview' }];

/** The frame around every page: brand, navigation, and a skip link for keyboard users. */
export function Layout() {
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
          <a href="/api/openapi.json">API (OpenAPI)</a> ·{' '}
          <NavLink to="/design">Design system</NavLink>
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
  actions?: React.ReactNode;
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
