import { useQuery } from '@tanstack/react-query';
import type { HealthView } from '../../../core/api/health';
import { api } from '../../api/client';
import { PageHeader } from '../../ui/layout';
import { ErrorState, Loading } from '../../ui/states';

export function OverviewPage() {
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
          <h2 id="start-title">Getting started</h2>
          <p className="muted">
            Mosaic runs from one command line tool; the API is described in OpenAPI.
          </p>
          <ul>
            <li>
              <code>npx mosaic init</code> creates the database.
            </li>
            <li>
              <code>npx mosaic serve</code> serves this app and the API.
            </li>
            <li>
              <a href="/api/openapi.json">The API description</a> lists every endpoint.
            </li>
          </ul>
        </section>
      </div>
    </>
  );
}
