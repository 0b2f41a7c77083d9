/**
 * Members and onboarding without an email server: an admin makes a one-time link (an invite, or a
 * password reset) and passes it on however they like. Links expire, work once, are stored hashed,
 * and can be cancelled. A coalition always keeps at least one backbone admin, and a member's API
 * tokens in a coalition are revoked whenever their role there changes or ends.
 */
import type { z } from 'zod';
import {
  acceptInviteInput,
  inviteInput,
  memberUpdateInput,
  resetPasswordInput,
  type InviteInput,
  type InviteView,
  type LinkStatusView,
  type MemberView,
  type OneTimeLinkView,
} from '../../core/api/access';
import { partnerRoles, type Role } from '../../core/access/policy';
import { Problem } from '../../core/problem';
import { listPartners } from '../db/queries/coalitions';
import * as links from '../db/queries/links';
import { deleteSessionsOfUser } from '../db/queries/sessions';
import { revokeTokensOfUser } from '../db/queries/tokens';
import * as users from '../db/queries/users';
import type { OneTimeLink } from '../db/schema';
import { actorUserId, authorize, type Scope } from './access';
import { recordAudit } from './audit';
import { checkPassword } from './auth';
import { inTransaction, nowIso, type Context } from './context';
import { hashPassword, newToken, tokenHash } from './secrets';

export const inviteLifetimeMs = 7 * 24 * 60 * 60 * 1000;
export const resetLifetimeMs = 24 * 60 * 60 * 1000;

async function partnerIdFor(
  ctx: Context,
  scope: Scope,
  role: Role,
  partnerSlug: string | null | undefined,
): Promise<string | null> {
  if (!partnerRoles.includes(role)) {
    if (partnerSlug)
      throw new Problem(
        'request.invalid',
        `A ${role} belongs to the coalition, not to a partner: leave the partner out.`,
      );
    return null;
  }
  if (!partnerSlug) throw new Problem('request.invalid', `A ${role} needs a partner.`);
  const partner = (await listPartners(ctx.db, scope.coalitionId)).find(
    (p) => p.slug === partnerSlug,
  );
  if (!partner)
    throw new Problem('request.not_found', `No partner "${partnerSlug}" in this coalition.`, {
      partner: partnerSlug,
    });
  return partner.id;
}

async function makeLink(
  ctx: Context,
  kind: 'invite' | 'reset',
  fields: { coalitionId: string; email: string; role: string | null; partnerId: string | null },
  lifetimeMs: number,
) {
  const token = newToken();
  const id = ctx.newId();
  const expiresAt = new Date(ctx.clock().getTime() + lifetimeMs).toISOString();
  await links.insertLink(ctx.db, {
    id,
    token_hash: tokenHash(token),
    kind,
    coalition_id: fields.coalitionId,
    email: fields.email,
    role: fields.role,
    partner_id: fields.partnerId,
    created_by: actorUserId(ctx),
    created_at: nowIso(ctx),
    expires_at: expiresAt,
    used_at: null,
  });
  return { id, view: { link: `/${kind}/${token}`, expiresAt } };
}

export async function inviteMember(
  ctx: Context,
  coalitionSlug: string,
  input: InviteInput,
): Promise<OneTimeLinkView> {
  const scope = await authorize(ctx, coalitionSlug, 'members.manage');
  const data = inviteInput.parse(input);
  const partnerId = await partnerIdFor(ctx, scope, data.role, data.partner);
  const existing = await users.findUserByEmail(ctx.db, data.email);
  if (existing && (await users.findMembership(ctx.db, scope.coalitionId, existing.id))) {
    throw new Problem('request.conflict', 'That person is already a member of this coalition.');
  }
  const { id, view } = await makeLink(
    ctx,
    'invite',
    { coalitionId: scope.coalitionId, email: data.email, role: data.role, partnerId },
    inviteLifetimeMs,
  );
  await recordAudit(ctx, {
    coalitionId: scope.coalitionId,
    action: 'invite',
    entity: 'invite',
    entityId: id,
    details: { role: data.role },
  });
  return view;
}

export async function listInvites(ctx: Context, coalitionSlug: string): Promise<InviteView[]> {
  const scope = await authorize(ctx, coalitionSlug, 'members.manage');
  const rows = await links.openInvites(ctx.db, scope.coalitionId, nowIso(ctx));
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: r.role as Role,
    partner: r.partner_slug,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
  }));
}

export async function cancelInvite(
  ctx: Context,
  coalitionSlug: string,
  inviteId: string,
): Promise<{ cancelled: true }> {
  const scope = await authorize(ctx, coalitionSlug, 'members.manage');
  const open = await links.openInvites(ctx.db, scope.coalitionId, nowIso(ctx));
  if (!open.some((l) => l.id === inviteId))
    throw new Problem('request.not_found', 'No open invitation with that id.');
  await links.useLink(ctx.db, inviteId, nowIso(ctx));
  await recordAudit(ctx, {
    coalitionId: scope.coalitionId,
    action: 'cancel',
    entity: 'invite',
    entityId: inviteId,
  });
  return { cancelled: true };
}

/** What a one-time link is for and whether it still works, for the page it opens (its holder may know). */
export async function linkStatus(ctx: Context, token: string): Promise<LinkStatusView> {
  const link = await links.findLinkByHash(ctx.db, tokenHash(token));
  if (!link)
    throw new Problem(
      'request.not_found',
      "This link is not valid. Ask your coalition's admin for a new one.",
    );
  const state = link.used_at ? 'used' : link.expires_at <= nowIso(ctx) ? 'expired' : 'valid';
  return { kind: link.kind, email: link.email, state, expiresAt: link.expires_at };
}

/** A link that exists, is of the right kind, unused and unexpired (not yet consumed). */
async function validLink(
  ctx: Context,
  token: string,
  kind: 'invite' | 'reset',
): Promise<OneTimeLink> {
  const link = await links.findLinkByHash(ctx.db, tokenHash(token));
  const what = kind === 'invite' ? 'invitation' : 'password reset link';
  if (!link || link.kind !== kind)
    throw new Problem(
      'request.not_found',
      `This ${what} is not valid. Ask your coalition's admin for a new one.`,
    );
  if (link.used_at)
    throw new Problem(
      'request.conflict',
      `This ${what} has already been used. Ask your coalition's admin for a new one.`,
    );
  if (link.expires_at <= nowIso(ctx))
    throw new Problem(
      'request.conflict',
      `This ${what} expired on ${link.expires_at}. Ask your coalition's admin for a new one.`,
    );
  return link;
}

async function consume(ctx: Context, link: OneTimeLink): Promise<void> {
  if (!(await links.useLink(ctx.db, link.id, nowIso(ctx)))) {
    throw new Problem(
      'request.conflict',
      `This ${link.kind === 'invite' ? 'invitation' : 'password reset link'} has already been used.`,
    );
  }
}

/**
 * Accepts an invitation: creates the account (or, for an existing one, checks its password, with
 * the sign-in throttle) and the membership. Runs outside the request transaction: the password
 * work happens first, then the writes in a transaction of their own.
 */
export async function acceptInvite(
  ctx: Context,
  input: z.input<typeof acceptInviteInput>,
  ip: string | null = null,
): Promise<{ userId: string; email: string }> {
  const data = acceptInviteInput.parse(input);
  const link = await validLink(ctx, data.token, 'invite');
  const existing = await users.findUserByEmail(ctx.db, link.email);
  if (
    existing?.password_hash &&
    !(await checkPassword(ctx, existing, link.email, data.password, ip ?? 'unknown'))
  ) {
    throw new Problem(
      'auth.invalid_credentials',
      'You already have a Mosaic account: enter its password to join this coalition.',
    );
  }
  const passwordHash = existing ? null : await hashPassword(data.password);
  return inTransaction(ctx, async (trx) => {
    await consume(trx, link);
    const user = existing ?? {
      id: trx.newId(),
      email: link.email,
      display_name: data.displayName,
      password_hash: passwordHash,
      created_at: nowIso(trx),
      disabled_at: null,
    };
    if (!existing) await users.insertUser(trx.db, user);
    await users.insertMembership(trx.db, {
      id: trx.newId(),
      coalition_id: link.coalition_id,
      user_id: user.id,
      role: link.role!,
      partner_id: link.partner_id,
      created_at: nowIso(trx),
    });
    await recordAudit(
      {
        ...trx,
        actor: {
          kind: 'user',
          userId: user.id,
          label: user.email,
          ip,
          token: null,
          sessionHash: null,
        },
      },
      {
        coalitionId: link.coalition_id,
        action: 'accept',
        entity: 'invite',
        entityId: link.id,
        details: { role: link.role },
      },
    );
    return { userId: user.id, email: user.email };
  });
}

/**
 * A reset link for a member. A password belongs to the whole account, so one coalition's admin
 * may reset it only for people who belong to no other coalition; a new link replaces older ones.
 */
export async function issuePasswordReset(
  ctx: Context,
  coalitionSlug: string,
  userId: string,
): Promise<OneTimeLinkView> {
  const scope = await authorize(ctx, coalitionSlug, 'members.manage');
  const user = await users.findUserById(ctx.db, userId);
  if (!user || !(await users.findMembership(ctx.db, scope.coalitionId, userId)))
    throw new Problem('request.not_found', 'No such member.');
  const coalitions = await users.coalitionsOfUser(ctx.db, userId);
  if (coalitions.some((c) => c.coalition_id !== scope.coalitionId)) {
    throw new Problem(
      'auth.forbidden',
      'This person also belongs to another coalition, so their password is not yours to reset: they can reset it with the admins of all their coalitions, or through the server operator.',
    );
  }
  await links.closeOpenLinks(ctx.db, 'reset', user.email, nowIso(ctx));
  const { id, view } = await makeLink(
    ctx,
    'reset',
    { coalitionId: scope.coalitionId, email: user.email, role: null, partnerId: null },
    resetLifetimeMs,
  );
  await recordAudit(ctx, {
    coalitionId: scope.coalitionId,
    action: 'issue_password_reset',
    entity: 'user',
    entityId: userId,
    details: { link: id },
  });
  return view;
}

/** Sets a new password from a reset link, and ends every session and API token of the account. */
export async function resetPassword(
  ctx: Context,
  input: z.input<typeof resetPasswordInput>,
): Promise<{ email: string }> {
  const data = resetPasswordInput.parse(input);
  const link = await validLink(ctx, data.token, 'reset');
  const user = await users.findUserByEmail(ctx.db, link.email);
  if (!user || !(await users.findMembership(ctx.db, link.coalition_id, user.id))) {
    throw new Problem(
      'request.not_found',
      "This password reset link no longer applies: ask your coalition's admin for a new one.",
    );
  }
  const passwordHash = await hashPassword(data.password);
  return inTransaction(ctx, async (trx) => {
    await consume(trx, link);
    await users.setPasswordHash(trx.db, user.id, passwordHash);
    await deleteSessionsOfUser(trx.db, user.id);
    await revokeTokensOfUser(trx.db, user.id, null, nowIso(trx));
    await recordAudit(trx, {
      coalitionId: link.coalition_id,
      action: 'reset_password',
      entity: 'user',
      entityId: user.id,
    });
    return { email: user.email };
  });
}

export async function listMembers(ctx: Context, coalitionSlug: string): Promise<MemberView[]> {
  const scope = await authorize(ctx, coalitionSlug, 'members.read');
  const rows = await users.membersOfCoalition(ctx.db, scope.coalitionId, scope.partnerId);
  return rows.map((r) => ({
    userId: r.user_id,
    email: r.email,
    displayName: r.display_name,
    role: r.role as Role,
    partner: r.partner_slug,
    partnerName: r.partner_name,
    since: r.created_at,
  }));
}

async function assertAnAdminRemains(
  ctx: Context,
  scope: Scope,
  membershipRole: string,
  newRole: Role | null,
): Promise<void> {
  if (
    membershipRole === 'backbone_admin' &&
    newRole !== 'backbone_admin' &&
    (await users.countAdmins(ctx.db, scope.coalitionId)) <= 1
  ) {
    throw new Problem(
      'request.conflict',
      'A coalition needs at least one backbone admin: make someone else an admin first.',
    );
  }
}

export async function updateMember(
  ctx: Context,
  coalitionSlug: string,
  userId: string,
  input: z.input<typeof memberUpdateInput>,
): Promise<MemberView> {
  const scope = await authorize(ctx, coalitionSlug, 'members.manage');
  const data = memberUpdateInput.parse(input);
  const membership = await users.findMembership(ctx.db, scope.coalitionId, userId);
  if (!membership) throw new Problem('request.not_found', 'No such member.');
  await assertAnAdminRemains(ctx, scope, membership.role, data.role);
  const partnerId = await partnerIdFor(ctx, scope, data.role, data.partner);
  await users.updateMembership(ctx.db, membership.id, data.role, partnerId);
  await revokeTokensOfUser(ctx.db, userId, scope.coalitionId, nowIso(ctx));
  await recordAudit(ctx, {
    coalitionId: scope.coalitionId,
    action: 'update',
    entity: 'membership',
    entityId: userId,
    details: { role: data.role },
  });
  const user = (await users.findUserById(ctx.db, userId))!;
  const partnerRow = partnerId
    ? (await listPartners(ctx.db, scope.coalitionId)).find((p) => p.id === partnerId)
    : undefined;
  return {
    userId,
    email: user.email,
    displayName: user.display_name,
    role: data.role,
    partner: partnerRow?.slug ?? null,
    partnerName: partnerRow?.name ?? null,
    since: membership.created_at,
  };
}

export async function removeMember(
  ctx: Context,
  coalitionSlug: string,
  userId: string,
): Promise<{ removed: true }> {
  const scope = await authorize(ctx, coalitionSlug, 'members.manage');
  const membership = await users.findMembership(ctx.db, scope.coalitionId, userId);
  if (!membership) throw new Problem('request.not_found', 'No such member.');
  await assertAnAdminRemains(ctx, scope, membership.role, null);
  await users.deleteMembership(ctx.db, membership.id);
  await revokeTokensOfUser(ctx.db, userId, scope.coalitionId, nowIso(ctx));
  await recordAudit(ctx, {
    coalitionId: scope.coalitionId,
    action: 'remove',
    entity: 'membership',
    entityId: userId,
  });
  return { removed: true };
}

/** Gives a user this role (and partner) in a coalition, adding the membership if it is missing. */
export async function ensureMembership(
  ctx: Context,
  coalitionId: string,
  userId: string,
  role: Role,
  partnerId: string | null,
): Promise<void> {
  const membership = await users.findMembership(ctx.db, coalitionId, userId);
  if (!membership) {
    await users.insertMembership(ctx.db, {
      id: ctx.newId(),
      coalition_id: coalitionId,
      user_id: userId,
      role,
      partner_id: partnerId,
      created_at: nowIso(ctx),
    });
  } else if (membership.role !== role || membership.partner_id !== partnerId) {
    await users.updateMembership(ctx.db, membership.id, role, partnerId);
  }
}

/** `mosaic init`: the first (or a restored) backbone admin of a coalition, with a password given or generated. */
export async function createFirstAdmin(
  ctx: Context,
  coalitionId: string,
  email: string,
  password: string,
): Promise<{ userId: string }> {
  const existing = await users.findUserByEmail(ctx.db, email);
  const user = existing ?? {
    id: ctx.newId(),
    email,
    display_name: email.split('@')[0] ?? email,
    password_hash: await hashPassword(password),
    created_at: nowIso(ctx),
    disabled_at: null,
  };
  if (!existing) await users.insertUser(ctx.db, user);
  await ensureMembership(ctx, coalitionId, user.id, 'backbone_admin', null);
  await recordAudit(ctx, {
    coalitionId,
    action: 'create_admin',
    entity: 'user',
    entityId: user.id,
  });
  return { userId: user.id };
}
