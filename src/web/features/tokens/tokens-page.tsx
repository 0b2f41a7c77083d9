import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { TokenView } from '../../../core/api/access';
import { roleLabels } from '../../../core/access/policy';
import { api, send } from '../../api/client';
import { Button, TextField } from '../../ui/controls';
import { DataTable } from '../../ui/data-table';
import { PageHeader } from '../../ui/layout';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { useMembership } from '../session/use-session';
import { CopyBox } from '../../ui/copy-box';
import { formatUtc } from '../../ui/format';

export function TokensPage() {
  const { membership } = useMembership();
  const coalition = membership?.coalition.slug ?? '';
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [shown, setShown] = useState<string | null>(null);
  const tokens = useQuery({
    queryKey: ['tokens', coalition],
    queryFn: () => api<TokenView[]>(`/api/coalitions/${coalition}/tokens`),
    enabled: Boolean(coalition),
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['tokens', coalition] });
  const create = useMutation({
    mutationFn: () =>
      send<{ token: string }>(`/api/coalitions/${coalition}/tokens`, 'POST', { name }),
    onSuccess: ({ token }) => {
      setShown(token);
      setName('');
      refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => send(`/api/coalitions/${coalition}/tokens/${id}`, 'DELETE'),
    onSuccess: refresh,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <>
      <PageHeader
        title="API tokens"
        lead="For scripts that push or pull data as you. A token has your role and is shown once."
      />
      <div className="stack">
        <form className="card" onSubmit={submit}>
          <div className="inline-form">
            <TextField
              label="What the token is for"
              required
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="Nightly export from our CRM"
            />
            <div className="field">
              <Button type="submit" disabled={create.isPending}>
                Create token
              </Button>
            </div>
          </div>
          {create.isError && <ErrorState title="That did not work" error={create.error} />}
          {shown && (
            <div aria-live="polite">
              <p>
                <strong>Copy it now:</strong> it will not be shown again. Send it as{' '}
                <code>Authorization: Bearer …</code>.
              </p>
              <CopyBox text={shown} />
            </div>
          )}
        </form>
        <section className="card">
          {tokens.isPending && <Loading label="Loading tokens" />}
          {tokens.isError && (
            <ErrorState error={tokens.error} retry={() => void tokens.refetch()} />
          )}
          {tokens.data?.length === 0 && (
            <EmptyState title="No tokens yet">
              Create one above when a script needs access.
            </EmptyState>
          )}
          {tokens.data && tokens.data.length > 0 && (
            <DataTable
              caption="Your tokens"
              rows={tokens.data}
              rowKey={(t) => t.id}
              columns={[
                { key: 'name', header: 'Name', render: (t) => t.name },
                { key: 'role', header: 'Role', render: (t) => roleLabels[t.role] },
                {
                  key: 'used',
                  header: 'Last used',
                  render: (t) => (t.lastUsedAt ? formatUtc(t.lastUsedAt) : 'Never'),
                },
                {
                  key: 'state',
                  header: 'State',
                  render: (t) =>
                    t.revokedAt ? (
                      <span className="badge badge-danger">Revoked</span>
                    ) : (
                      <Button variant="secondary" onClick={() => revoke.mutate(t.id)}>
                        Revoke
                      </Button>
                    ),
                },
              ]}
            />
          )}
        </section>
      </div>
    </>
  );
}
