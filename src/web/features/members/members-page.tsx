import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { InviteView, MemberView, OneTimeLinkView } from '../../../core/api/access';
import type { PartnerView } from '../../../core/api/coalitions';
import { roleLabels, roles, partnerRoles, type Role } from '../../../core/access/policy';
import { api, send } from '../../api/client';
import { Button, SelectField, TextField } from '../../ui/controls';
import { DataTable } from '../../ui/data-table';
import { PageHeader } from '../../ui/layout';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { useMembership } from '../session/use-session';
import { CopyBox } from '../../ui/copy-box';
import { formatUtc } from '../../ui/format';

export function MembersPage() {
  const { session, membership } = useMembership();
  const myId = session.data?.user.id;
  const coalition = membership?.coalition.slug ?? '';
  const isAdmin = membership?.role === 'backbone_admin';
  const queryClient = useQueryClient();
  const members = useQuery({
    queryKey: ['members', coalition],
    queryFn: () => api<MemberView[]>(`/api/coalitions/${coalition}/members`),
    enabled: Boolean(coalition),
  });
  const [link, setLink] = useState<{ kind: string; who: string; view: OneTimeLinkView } | null>(
    null,
  );
  const reset = useMutation({
    mutationFn: (member: MemberView) =>
      send<OneTimeLinkView>(
        `/api/coalitions/${coalition}/members/${member.userId}/password-reset`,
        'POST',
      ),
    onSuccess: (view, member) => setLink({ kind: 'Password reset link', who: member.email, view }),
  });
  const remove = useMutation({
    mutationFn: (member: MemberView) =>
      send(`/api/coalitions/${coalition}/members/${member.userId}`, 'DELETE'),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['members', coalition] }),
  });

  return (
    <>
      <PageHeader
        title="Members"
        lead={`Who works in ${membership?.coalition.name ?? 'this coalition'}, and with which role.`}
      />
      <div className="stack">
        {isAdmin && (
          <InviteForm
            coalition={coalition}
            onLink={(who, view) => setLink({ kind: 'Invitation link', who, view })}
          />
        )}
        {link && (
          <section className="card" aria-live="polite">
            <h2>
              {link.kind} for {link.who}
            </h2>
            <p className="muted">
              Send this link to them yourself (email, chat). It works once and expires{' '}
              {formatUtc(link.view.expiresAt)}.
            </p>
            <CopyBox text={window.location.origin + link.view.link} />
          </section>
        )}
        {isAdmin && <PendingInvites coalition={coalition} />}
        <section className="card">
          {members.isPending && <Loading label="Loading members" />}
          {members.isError && (
            <ErrorState error={members.error} retry={() => void members.refetch()} />
          )}
          {reset.isError && <ErrorState title="That did not work" error={reset.error} />}
          {remove.isError && <ErrorState title="That did not work" error={remove.error} />}
          {members.data?.length === 0 && <EmptyState title="No members yet" />}
          {members.data && members.data.length > 0 && (
            <DataTable
              caption={`${members.data.length} member(s)`}
              rows={members.data}
              rowKey={(m) => m.userId}
              columns={[
                { key: 'name', header: 'Name', render: (m) => m.displayName },
                { key: 'email', header: 'Email', render: (m) => m.email },
                { key: 'role', header: 'Role', render: (m) => roleLabels[m.role] },
                { key: 'partner', header: 'Partner', render: (m) => m.partnerName ?? '—' },
                {
                  key: 'actions',
                  header: 'Actions',
                  render: (m) =>
                    isAdmin && m.userId !== myId ? (
                      <div className="row">
                        <Button variant="secondary" onClick={() => reset.mutate(m)}>
                          Reset password
                        </Button>
                        <Button
                          variant="secondary"
                          onClick={() =>
                            window.confirm(`Remove ${m.email} from the coalition?`) &&
                            remove.mutate(m)
                          }
                        >
                          Remove
                        </Button>
                      </div>
                    ) : (
                      '—'
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

function InviteForm({
  coalition,
  onLink,
}: {
  coalition: string;
  onLink: (who: string, view: OneTimeLinkView) => void;
}) {
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('partner_staff');
  const [partner, setPartner] = useState('');
  const partners = useQuery({
    queryKey: ['partners', coalition],
    queryFn: () => api<PartnerView[]>(`/api/coalitions/${coalition}/partners`),
  });
  const needsPartner = partnerRoles.includes(role);
  const invite = useMutation({
    mutationFn: () =>
      send<OneTimeLinkView>(`/api/coalitions/${coalition}/invites`, 'POST', {
        email,
        role,
        partner: needsPartner ? partner : undefined,
      }),
    onSuccess: (view) => {
      onLink(email, view);
      setEmail('');
      void queryClient.invalidateQueries({ queryKey: ['invites', coalition] });
    },
  });
  const partnerOptions = (partners.data ?? [])
    .filter((p) => p.kind === 'partner')
    .map((p) => ({ value: p.slug, label: p.name }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate();
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="invite-title">
      <h2 id="invite-title">Invite someone</h2>
      <div className="inline-form">
        <TextField
          label="Email"
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <SelectField
          label="Role"
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          options={roles.map((r) => ({ value: r, label: roleLabels[r] }))}
        />
        {needsPartner && (
          <SelectField
            label="Partner"
            required
            value={partner}
            onChange={(e) => setPartner(e.target.value)}
            options={[{ value: '', label: 'Choose a partner' }, ...partnerOptions]}
          />
        )}
        <div className="field">
          <Button type="submit" disabled={invite.isPending}>
            Create invitation link
          </Button>
        </div>
      </div>
      {invite.isError && <ErrorState title="That did not work" error={invite.error} />}
    </form>
  );
}

function PendingInvites({ coalition }: { coalition: string }) {
  const queryClient = useQueryClient();
  const invites = useQuery({
    queryKey: ['invites', coalition],
    queryFn: () => api<InviteView[]>(`/api/coalitions/${coalition}/invites`),
  });
  const cancel = useMutation({
    mutationFn: (id: string) => send(`/api/coalitions/${coalition}/invites/${id}`, 'DELETE'),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['invites', coalition] }),
  });
  if (!invites.data?.length) return null;
  return (
    <section className="card">
      {cancel.isError && <ErrorState title="That did not work" error={cancel.error} />}
      <DataTable
        caption="Invitations not yet accepted"
        rows={invites.data}
        rowKey={(i) => i.id}
        columns={[
          { key: 'email', header: 'Email', render: (i) => i.email },
          { key: 'role', header: 'Role', render: (i) => roleLabels[i.role] },
          { key: 'expires', header: 'Expires', render: (i) => formatUtc(i.expiresAt) },
          {
            key: 'cancel',
            header: 'Actions',
            render: (i) => (
              <Button variant="secondary" onClick={() => cancel.mutate(i.id)}>
                Cancel invitation
              </Button>
            ),
          },
        ]}
      />
    </section>
  );
}
