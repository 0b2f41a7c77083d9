/**
 * Signing in and out. Sessions live in the database keyed by the hash of an httpOnly cookie's
 * token, each with its own CSRF token. Failed password checks (sign-in and invitation acceptance)
 * are throttled per (email, address) and per address, never per email alone, so nobody can lock
 * another person out from elsewhere, and every lock ends by itself. The routes that check
 * passwords run outside the per-request transaction, so a failure is recorded even though the
 * request fails, and the slow hash never holds the database.
 */
import type { SessionView } from '../../core/api/access';
import type { Role } from '../../core/access/policy';
import { Problem } from '../../core/problem';
import * as sessions from '../db/queries/sessions';
import { findTokenByHash, markTokenUsed } from '../db/queries/tokens';
import {
  coalitionsOfUser,
  findUserByEmail,
  findUserById,
  membershipsOfUser,
} from '../db/queries/users';
import type { User } from '../db/schema';
import { recordAudit } from './audit';
import type { Actor, Context } from './context';
import { nowIso } from './context';
import { hashPassword, newToken, sameSecret, tokenHash, verifyPassword } from './secrets';

export const sessionLifetimeMs = 12 * 60 * 60 * 1000;
export const failureWindowMs = 15 * 60 * 1000;
export const maxFailuresPerAccountAndAddress = 5;
export const maxFailuresPerAddress = 30;

const at = (ctx: Context, offsetMs: number) =>
  new Date(ctx.clock().getTime() + offsetMs).toISOString();

/** Refuses a password attempt while this (email, address) pair or this address is locked. */
export async function assertNotThrottled(ctx: Context, email: string, ip: string): Promise<void> {
  const failures = await sessions.recentFailures(ctx.db, email, ip, at(ctx, -failureWindowMs));
  const locked =
    failures.forPair.length >= maxFailuresPerAccountAndAddress
      ? failures.forPair[maxFailuresPerAccountAndAddress - 1]
      : failures.forIp.length >= maxFailuresPerAddress
        ? failures.forIp[maxFailuresPerAddress - 1]
        : undefined;
  if (locked) {
    const retryAt = new Date(new Date(locked).getTime() + failureWindowMs).toISOString();
    throw new Problem(
      'auth.locked',
      `Too many failed attempts from this address. Try again after ${retryAt}.`,
      { retryAt },
    );
  }
}

// Unknown emails are checked against this hash too, so a wrong guess takes as long either way.
let dummyHash: Promise<string> | undefined;

/** Checks a password, recording a failure for the throttle; the same work whether or not the account exists. */
export async function checkPassword(
  ctx: Context,
  user: User | undefined,
  email: string,
  password: string,
  ip: string,
): Promise<boolean> {
  await assertNotThrottled(ctx, email, ip);
  const hash =
    user?.password_hash && !user.disabled_at
      ? user.password_hash
      : await (dummyHash ??= hashPassword('not a real password'));
  const valid =
    (await verifyPassword(hash, password)) && Boolean(user?.password_hash) && !user?.disabled_at;
  if (valid) await sessions.clearFailures(ctx.db, email, ip);
  else await sessions.recordSignInFailure(ctx.db, email, ip, nowIso(ctx));
  return valid;
}

/** Checks a password and opens a session; the token is returned once, for the cookie. */
export async function signIn(
  ctx: Context,
  input: { email: string; password: string },
  ip: string,
): Promise<{ token: string; view: SessionView }> {
  const user = await findUserByEmail(ctx.db, input.email);
  if (!(await checkPassword(ctx, user, input.email, input.password, ip)) || !user) {
    throw new Problem(
      'auth.invalid_credentials',
      'That email and password do not match an account.',
    );
  }
  const token = newToken();
  const csrf = newToken();
  await sessions.insertSession(ctx.db, {
    id_hash: tokenHash(token),
    user_id: user.id,
    csrf_token: csrf,
    created_at: nowIso(ctx),
    last_seen_at: nowIso(ctx),
    expires_at: at(ctx, sessionLifetimeMs),
  });
  const view = await sessionView(ctx, user.id, csrf, null);
  // Each coalition sees its members' sign-ins in its own trail.
  const actorCtx: Context = {
    ...ctx,
    actor: { kind: 'user', userId: user.id, label: user.email, ip, token: null, sessionHash: null },
  };
  for (const { coalition_id } of await coalitionsOfUser(ctx.db, user.id)) {
    await recordAudit(actorCtx, {
      coalitionId: coalition_id,
      action: 'sign_in',
      entity: 'user',
      entityId: user.id,
    });
  }
  return { token, view };
}

/** The person and their memberships; an API token sees only its own coalition. */
export async function sessionView(
  ctx: Context,
  userId: string,
  csrfToken: string | null,
  tokenCoalitionId: string | null,
): Promise<SessionView> {
  const user = await findUserById(ctx.db, userId);
  if (!user) throw new Problem('auth.required', 'Sign in first.');
  const memberships = (await membershipsOfUser(ctx.db, userId)).filter(
    (m) => !tokenCoalitionId || m.coalition_id === tokenCoalitionId,
  );
  return {
    user: { id: user.id, email: user.email, displayName: user.display_name },
    memberships: memberships.map((m) => ({
      coalition: { slug: m.coalition_slug, name: m.coalition_name },
      role: m.role as Role,
      partner:
        m.partner_slug && m.partner_name ? { slug: m.partner_slug, name: m.partner_name } : null,
    })),
    csrfToken,
  };
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string | null;
}

/** Who a request comes from: a bearer token wins over a session cookie; neither means anonymous. */
export async function resolveActor(
  ctx: Context,
  credentials: { bearer?: string; cookie?: string },
  ip: string,
): Promise<ResolvedSession> {
  if (credentials.bearer) {
    const token = await findTokenByHash(ctx.db, tokenHash(credentials.bearer));
    const user = token && !token.revoked_at ? await findUserById(ctx.db, token.user_id) : undefined;
    if (!token || !user || user.disabled_at)
      throw new Problem('auth.required', 'That API token is not valid (revoked or unknown).');
    if (!token.last_used_at || Date.parse(nowIso(ctx)) - Date.parse(token.last_used_at) > 60_000) {
      await markTokenUsed(ctx.db, token.id, nowIso(ctx));
    }
    const grant = {
      tokenId: token.id,
      coalitionId: token.coalition_id,
      role: token.role as Role,
      partnerId: token.partner_id,
    };
    return {
      actor: {
        kind: 'user',
        userId: user.id,
        label: user.email,
        ip,
        token: grant,
        sessionHash: null,
      },
      csrfToken: null,
    };
  }
  if (credentials.cookie) {
    const idHash = tokenHash(credentials.cookie);
    const session = await sessions.findSession(ctx.db, idHash);
    if (session && session.expires_at > nowIso(ctx)) {
      const user = await findUserById(ctx.db, session.user_id);
      if (user && !user.disabled_at) {
        if (Date.parse(nowIso(ctx)) - Date.parse(session.last_seen_at) > 60_000) {
          await sessions.touchSession(ctx.db, idHash, nowIso(ctx), at(ctx, sessionLifetimeMs));
        }
        return {
          actor: {
            kind: 'user',
            userId: user.id,
            label: user.email,
            ip,
            token: null,
            sessionHash: idHash,
          },
          csrfToken: session.csrf_token,
        };
      }
    }
    if (session) await sessions.deleteSession(ctx.db, idHash);
  }
  return { actor: { kind: 'anonymous', ip }, csrfToken: null };
}

/** Cookie-authenticated writes must echo the session's CSRF token in a header. */
export function checkCsrf(resolved: ResolvedSession, headerValue: string | undefined): void {
  if (resolved.actor.kind !== 'user' || resolved.actor.token) return;
  if (!resolved.csrfToken || !headerValue || !sameSecret(resolved.csrfToken, headerValue)) {
    throw new Problem(
      'auth.csrf',
      'This change was refused: the request did not carry the CSRF token of your session. Reload the page and try again.',
    );
  }
}

export async function signOut(ctx: Context): Promise<void> {
  if (ctx.actor.kind === 'user' && ctx.actor.sessionHash)
    await sessions.deleteSession(ctx.db, ctx.actor.sessionHash);
}

/** Ends every session of the signed-in user, on every device. Only a signed-in person may, not a script's token. */
export async function signOutEverywhere(ctx: Context): Promise<{ sessionsEnded: number }> {
  if (ctx.actor.kind !== 'user') throw new Problem('auth.required', 'Sign in first.');
  if (ctx.actor.token)
    throw new Problem(
      'auth.forbidden',
      'Sign out everywhere from a signed-in session, not with an API token.',
    );
  const ended = await sessions.deleteSessionsOfUser(ctx.db, ctx.actor.userId);
  await recordAudit(ctx, {
    coalitionId: null,
    action: 'sign_out_everywhere',
    entity: 'user',
    entityId: ctx.actor.userId,
    details: { sessionsEnded: ended },
  });
  return { sessionsEnded: ended };
}

export async function currentSession(ctx: Context, csrfToken: string | null): Promise<SessionView> {
  if (ctx.actor.kind !== 'user') throw new Problem('auth.required', 'Sign in first.');
  return sessionView(ctx, ctx.actor.userId, csrfToken, ctx.actor.token?.coalitionId ?? null);
}
