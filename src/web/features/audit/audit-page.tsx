import { useQuery } from '@tanstack/react-query';
import type { AuditEntryView } from '../../../core/api/access';
import { api } from '../../api/client';
import { DataTable } from '../../ui/data-table';
import { PageHeader } from '../../ui/layout';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { useMembership } from '../session/use-session';
import { formatUtc } from '../../ui/format';

export function AuditPage() {
  const { membership } = useMembership();
  const coalition = membership?.coalition.slug ?? '';
  const trail = useQuery({
    queryKey: ['audit', coalition],
    queryFn: () => api<AuditEntryView[]>(`/api/coalitions/${coalition}/audit?limit=200`),
    enabled: Boolean(coalition),
  });
  return (
    <>
      <PageHeader
        title="Audit trail"
        lead="Every change, import, export, merge and read of personal data: who, when, what and from where."
        actions={
          <a
            className="button button-secondary"
            href={`/api/coalitions/${coalition}/audit.csv`}
            download
          >
            Download CSV
          </a>
        }
      />
      <section className="card">
        {trail.isPending && <Loading label="Loading the audit trail" />}
        {trail.isError && <ErrorState error={trail.error} retry={() => void trail.refetch()} />}
        {trail.data?.length === 0 && <EmptyState title="Nothing recorded yet" />}
        {trail.data && trail.data.length > 0 && (
          <DataTable
            caption={`The latest ${trail.data.length} entries`}
            rows={trail.data}
            rowKey={(e) => String(e.id)}
            columns={[
              { key: 'at', header: 'When', render: (e) => formatUtc(e.at) },
              { key: 'actor', header: 'Who', render: (e) => e.actor },
              {
                key: 'action',
                header: 'Did',
                render: (e) => `${e.action} ${e.entity.replace('_', ' ')}`,
              },
              { key: 'ip', header: 'From', render: (e) => e.ip ?? '—' },
            ]}
          />
        )}
      </section>
    </>
  );
}
