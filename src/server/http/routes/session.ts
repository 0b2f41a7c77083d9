import { z } from 'zod';
import {
  acceptInviteInput,
  linkStatusView,
  resetPasswordInput,
  sessionView,
  signInInput,
} from '../../../core/api/access';
import * as auth from '../../services/auth';
import * as members from '../../services/members';
import { defineRoute } from '../route';
import { clearSessionCookie, setSessionCookie } from '../session-cookie';

const done = z.object({ ok: z.literal(true) });

export const sessionRoutes = () => [
  defineRoute({
    method: 'POST',
    url: '/api/session',
    summary: 'Sign in with email and password (sets the session cookie)',
    tag: 'session',
    access: 'public',
    transaction: false,
    body: signInInput,
    response: sessionView,
    handler: async ({ ctx, body, request, reply }) => {
      const { token, view } = await auth.signIn(ctx, body, request.ip);
      setSessionCookie(request, reply, token);
      return view;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/session',
    summary: 'Who is signed in, their memberships, and the CSRF token for writes',
    tag: 'session',
    access: 'signed-in',
    response: sessionView,
    handler: ({ ctx, request }) => auth.currentSession(ctx, request.csrfToken),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/session',
    summary: 'Sign out of this browser',
    tag: 'session',
    access: 'signed-in',
    response: done,
    handler: async ({ ctx, request, reply }) => {
      await auth.signOut(ctx);
      clearSessionCookie(request, reply);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/session/everywhere',
    summary: 'Sign out on every device',
    tag: 'session',
    access: 'signed-in',
    response: z.object({ sessionsEnded: z.number().int() }),
    handler: async ({ ctx, request, reply }) => {
      const result = await auth.signOutEverywhere(ctx);
      clearSessionCookie(request, reply);
      return result;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/invites/accept',
    summary: 'Accept an invitation: set a password and join the coalition',
    tag: 'session',
    access: 'public',
    transaction: false,
    body: acceptInviteInput,
    response: z.object({ email: z.string() }),
    handler: async ({ ctx, body, request }) => ({
      email: (await members.acceptInvite(ctx, body, request.ip)).email,
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/password-resets/complete',
    summary: 'Set a new password from a reset link (ends every session of that account)',
    tag: 'session',
    access: 'public',
    transaction: false,
    body: resetPasswordInput,
    response: z.object({ email: z.string() }),
    handler: ({ ctx, body }) => members.resetPassword(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/one-time-links/:token',
    summary: 'What an invitation or reset link is for, and whether it still works',
    tag: 'session',
    access: 'public',
    params: z.object({ token: z.string().min(10).max(200) }),
    response: linkStatusView,
    handler: ({ ctx, params }) => members.linkStatus(ctx, params.token),
  }),
];
