import { useQuery } from '@tanstack/react-query';
import type { HealthView } from '../../../core/api/health';
import { api } from '../../api/client';
import { PageHeader } from '../../ui/layout';
import { ErrorState, Loading } from '../../ui/states';
import { useMembership } from '../session/use-session';
import type { Role } from '../../../core/access/policy';
import { Link } from 'react-router-dom';

export function OverviewPage() {
  const { membership } = useMembership();
  const health = useQuery({ queryKey: ['health'], queryFn: () => api<HealthView>('/api/health') });
  return (
    <>
      <PageHeader
        title="Overview"
        lead="One shared data model, one ID per person, the same numbers for every role."
      />
      <div className="grid">
        <section className="card" aria-labelledby="status-title">
          <h2 id="status-title">System status</h2>
          {health.isPending && <Loading label="Checking the server" />}
          {health.isError && (
            <ErrorState error={health.error} retry={() => void health.refetch()} />
          )}
          {health.data && (
            <dl className="facts">
              <dt>Server</dt>
              <dd>
                <span className="badge badge-ok">
                  {health.data.status === 'ok' ? 'Running' : health.data.status}
                </span>
              </dd>
              <dt>Database</dt>
              <dd>{health.data.engine === 'sqlite' ? 'SQLite (embedded)' : 'PostgreSQL'}</dd>
              <dt>Schema</dt>
              <dd>
                {health.data.migrationsPending === 0
                  ? 'Up to date'
                  : `${health.data.migrationsPending} migration(s) pending`}
              </dd>
              <dt>Version</dt>
              <dd>{health.data.version}</dd>
            </dl>
          )}
        </section>
        <section className="card" aria-labelledby="start-title">
          <h2 id="start-title">What you can do here</h2>
          <RoleGuide role={membership?.role} />
        </section>
      </div>
    </>
  );
}

/** What each role can already do, in its own words; the rest of the product arrives screen by screen. */
function RoleGuide({ role }: { role: Role | undefined }) {
  if (role === 'backbone_admin') {
    return (
      <ul>
        <li>
          <Link to="/members">Invite</Link> your backbone colleagues, partner staff and funders,
          each with a role.
        </li>
        <li>
          Create <Link to="/tokens">API tokens</Link> for scripts, and follow every change in the{' '}
          <Link to="/audit">audit trail</Link>.
        </li>
        <li>
          Add your coalition's organisations under <Link to="/partners">Partners</Link>.
        </li>
      </ul>
    );
  }
  if (role === 'funder') {
    return (
      <p className="muted">
        Dashboards and funder reports will appear here: aggregates only, with small groups
        protected.
      </p>
    );
  }
  return (
    <ul>
      {role === 'partner_manager' && (
        <li>
          See who works for your organisation under <Link to="/members">Members</Link>.
        </li>
      )}
      <li>
        Create <Link to="/tokens">API tokens</Link> so your own systems can send data to the
        coalition.
      </li>
      <li className="muted">
        Forms, imports and your dashboard will appear here as they are built.
      </li>
    </ul>
  );
}
