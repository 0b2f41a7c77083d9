import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { PartnerView } from '../../../core/api/coalitions';
import { api, send } from '../../api/client';
import { Button, TextField } from '../../ui/controls';
import { DataTable } from '../../ui/data-table';
import { PageHeader } from '../../ui/layout';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { useMembership } from '../session/use-session';

const slugFrom = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);

export function PartnersPage() {
  const { membership } = useMembership();
  const coalition = membership?.coalition.slug ?? '';
  const isAdmin = membership?.role === 'backbone_admin';
  const partners = useQuery({
    queryKey: ['partners', coalition],
    queryFn: () => api<PartnerView[]>(`/api/coalitions/${coalition}/partners`),
    enabled: Boolean(coalition),
  });
  return (
    <>
      <PageHeader
        title="Partners"
        lead={`The organisations of ${membership?.coalition.name ?? 'this coalition'}.`}
      />
      <div className="stack">
        {isAdmin && <AddPartnerForm coalition={coalition} />}
        <section className="card">
          {partners.isPending && <Loading label="Loading partners" />}
          {partners.isError && (
            <ErrorState error={partners.error} retry={() => void partners.refetch()} />
          )}
          {partners.data?.length === 0 && (
            <EmptyState title="No partners yet">
              {isAdmin ? 'Add the first one above.' : 'The backbone adds partners.'}
            </EmptyState>
          )}
          {partners.data && partners.data.length > 0 && (
            <DataTable
              caption={`${partners.data.length} organisation(s)`}
              rows={partners.data}
              rowKey={(p) => p.id}
              columns={[
                { key: 'name', header: 'Name', render: (p) => p.name },
                {
                  key: 'kind',
                  header: 'Kind',
                  render: (p) => (p.kind === 'backbone' ? 'Backbone' : 'Partner'),
                },
                { key: 'slug', header: 'Short name', render: (p) => <code>{p.slug}</code> },
              ]}
            />
          )}
        </section>
      </div>
    </>
  );
}

function AddPartnerForm({ coalition }: { coalition: string }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const add = useMutation({
    mutationFn: () =>
      send<PartnerView>(`/api/coalitions/${coalition}/partners`, 'POST', {
        name,
        slug: slug || slugFrom(name),
      }),
    onSuccess: () => {
      setName('');
      setSlug('');
      void queryClient.invalidateQueries({ queryKey: ['partners', coalition] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="add-partner-title">
      <h2 id="add-partner-title">Add a partner</h2>
      <div className="inline-form">
        <TextField
          label="Organisation name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <TextField
          label="Short name"
          hint="Used in links and files; lower-case letters, digits and dashes"
          value={slug}
          placeholder={slugFrom(name)}
          onChange={(e) => setSlug(e.target.value)}
        />
        <div className="field">
          <Button type="submit" disabled={add.isPending}>
            Add partner
          </Button>
        </div>
      </div>
      {add.isError && <ErrorState title="That did not work" error={add.error} />}
    </form>
  );
}
