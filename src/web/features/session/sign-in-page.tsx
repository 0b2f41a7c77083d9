import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { SessionView } from '../../../core/api/access';
import { send, setCsrfToken } from '../../api/client';
import { Button, TextField } from '../../ui/controls';
import { ErrorState } from '../../ui/states';

export function SignInPage() {
  const [password, setPassword] = useState('');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState(params.get('email') ?? '');
  const signIn = useMutation({
    mutationFn: () => send<SessionView>('/api/session', 'POST', { email, password }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(['session'], session);
      void navigate(params.get('next') ?? '/');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };
  return (
    <div className="auth-page">
      <form className="card auth-card" onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in to Mosaic</h1>
        {params.get('joined') && (
          <p className="badge badge-ok">You have joined. Sign in with your new password.</p>
        )}
        {params.get('reset') && (
          <p className="badge badge-ok">Your password is set. Sign in with it.</p>
        )}
        <TextField
          label="Email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {signIn.isError && <ErrorState title="That did not work" error={signIn.error} />}
        <Button type="submit" disabled={signIn.isPending} style={{ width: '100%', marginTop: 8 }}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </Button>
        <p className="small muted">
          Forgot your password? Ask your coalition's backbone admin for a reset link.
        </p>
      </form>
    </div>
  );
}
