/** Where invite and password-reset links land: choose a password (and a name, for an invite). */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { LinkStatusView } from '../../../core/api/access';
import { ErrorState, Loading } from '../../ui/states';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, send } from '../../api/client';
import { Button, TextField } from '../../ui/controls';

export function OneTimeLinkPage({ kind }: { kind: 'invite' | 'reset' }) {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const mismatch = confirm.length > 0 && confirm !== password;
  const accept = useMutation({
    mutationFn: () =>
      kind === 'invite'
        ? send<{ email: string }>('/api/invites/accept', 'POST', { token, displayName, password })
        : send<{ email: string }>('/api/password-resets/complete', 'POST', { token, password }),
    onSuccess: (result) =>
      void navigate(
        `/sign-in?${kind === 'invite' ? 'joined' : 'reset'}=1&email=${encodeURIComponent(result.email)}`,
      ),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!mismatch) accept.mutate();
  };
  const status = useQuery({
    queryKey: ['link', token],
    queryFn: () => api<LinkStatusView>(`/api/one-time-links/${token}`),
    retry: false,
  });
  const what = kind === 'invite' ? 'invitation' : 'password reset link';
  if (status.isPending)
    return (
      <div className="auth-page">
        <Loading label="Checking the link" />
      </div>
    );
  if (status.isError || status.data.state !== 'valid') {
    const reason = status.isError
      ? null
      : status.data.state === 'used'
        ? `This ${what} has already been used.`
        : `This ${what} has expired.`;
    return (
      <div className="auth-page">
        <div className="card auth-card">
          <h1>{kind === 'invite' ? 'Join your coalition on Mosaic' : 'Choose a new password'}</h1>
          {reason ? (
            <p role="alert">
              {reason} Ask your coalition's admin for a new one, or <a href="/sign-in">sign in</a>.
            </p>
          ) : (
            <ErrorState error={status.error} />
          )}
        </div>
      </div>
    );
  }
  return (
    <div className="auth-page">
      <form className="card auth-card" onSubmit={submit}>
        <h1>{kind === 'invite' ? 'Join your coalition on Mosaic' : 'Choose a new password'}</h1>
        <p className="muted">For {status.data.email}</p>
        {kind === 'invite' && (
          <TextField
            label="Your name"
            autoComplete="name"
            required
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
          />
        )}
        <TextField
          label="Password"
          hint="At least 12 characters; a few words work well."
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <TextField
          label="The same password again"
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          error={mismatch ? 'The two passwords differ' : null}
          onChange={(e) => setConfirm(e.target.value)}
        />
        {accept.isError && <ErrorState title="That did not work" error={accept.error} />}
        <Button
          type="submit"
          disabled={accept.isPending || mismatch}
          style={{ width: '100%', marginTop: 8 }}
        >
          {kind === 'invite' ? 'Join' : 'Set password'}
        </Button>
      </form>
    </div>
  );
}
