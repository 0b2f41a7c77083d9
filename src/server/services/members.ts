/**
 * Members and onboarding without an email server: an admin makes a one-time link (an invite, or a
 * password reset) and passes it on however they like. Links expire, work once, and are stored hashed.
 */
import {
  acceptInviteInput,
  inviteInput,
  memberUpdateInput,
  resetPasswordInput,
  type InviteInput,
  type MemberView,
  type OneTimeLinkView,
} from '../../core/api/access';
import { partnerRoles, type Role } from '../../core/access/policy';
import { Problem } from '../../core/problem';
import { listPartners } from '../db/queries/coalitions';
import { findLinkByHash, insertLink, useLink } from '../db/queries/links';
import { deleteSessionsOfUser } from '../db/queries/sessions';
import * as users from '../db/queries/users';
import type { z } from 'zod';
import { actorUserId, authorize, type Scope } from './access';
import { recordAudit } from './audit';
import { nowIso, type Context } from './context';
import { hashPassword, newToken, tokenHash, verifyPassword } from './secrets';

export const inviteLifetimeMs = 7 * 24 * 60 * 60 * 1000;
export const resetLifetimeMs = 24 * 60 * 60 * 1000;

async function partnerIdFor(
  ctx: Context,
  scope: Scope,
  role: Role,
  partnerSlug: string | null | undefined,
): Promise<string | null> {
  const needsPartner = partnerRoles.includes(role);
  if (!needsPartner) {
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
  const expiresAt = new Date(ctx.clock().getTime() + lifetimeMs).toISOString();
  await insertLink(ctx.db, {
    id: ctx.newId(),
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
  return { link: `/${kind === 'invite' ? 'invite' : 'reset'}/${token}`, expiresAt };
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
  const link = await makeLink(
    ctx,
    'invite',
    { coalitionId: scope.coalitionId, email: data.email, role: data.role, partnerId },
    inviteLifetimeMs,
  );
  await recordAudit(ctx, {
    coalitionId: scope.coalitionId,
    action: 'invite',
    entity: 'membership',
    entityId: null,
    details: { role: data.role },
  });
  return link;
}

async function openLink(ctx: Context, token: string, kind: 'invite' | 'reset') {
  const link = await findLinkByHash(ctx.db, tokenHash(token));
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
  if (!(await useLink(ctx.db, link.id, nowIso(ctx))))
    throw new Problem('request.conflict', `This ${what} has already been used.`);
  return link;
}

/** Accepts an invitation: creates the account (or, for an existing one, checks its password) and the membership. */
export async function acceptInvite(
  ctx: Context,
  input: z.input<typeof acceptInviteInput>,
): Promise<{ userId: string; email: string }> {
  const data = acceptInviteInput.parse(input);
  const link = await openLink(ctx, data.token, 'invite');
  let user = await users.findUserByEmail(ctx.db, link.email);
  if (user) {
    if (user.password_hash && !(await verifyPassword(user.password_hash, data.password))) {
      throw new Problem(
        'auth.invalid_credentials',
        'You already have a Mosaic account: enter its password to join this coalition.',
      );
    }
  } else {
    user = {
      id: ctx.newId(),
      email: link.email,
      display_name: data.displayName,
      password_hash: await hashPassword(data.password),
      created_at: nowIso(ctx),
      disabled_at: null,
    };
    await users.insertUser(ctx.db, user);
  }
  await users.insertMembership(ctx.db, {
    id: ctx.newId(),
    coalition_id: link.coalition_id,
    user_id: user.id,
    role: link.role!,
    partner_id: link.partner_id,
    created_at: nowIso(ctx),
  });
  await recordAudit(
    {
      ...ctx,
      actor: {
        kind: 'user',
        userId: user.id,
        label: user.email,
        ip: null,
        token: null,
        sessionHash: null,
      },
    },
    {
      coalitionId: link.coalition_id,
      action: 'accept_invite',
      entity: 'membership',
      entityId: user.id,
      details: { role: link.role },
    },
  );
  return { userId: user.id, email: user.email };
}

export async function issuePasswordReset(
  ctx: Context,
  coalitionSlug: string,
  userId: string,
): Promise<OneTimeLinkView> {
  const scope = await authorize(ctx, coalitionSlug, 'members.manage');
  const user = await users.findUserById(ctx.db, userId);
  if (!user || !(await users.findMembership(ctx.db, scope.coalitionId, userId)))
    throw new Problem('request.not_found', 'No such member.');
  const link = await makeLink(
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
  });
  return link;
}

/** Sets a new password from a reset link and signs the person out everywhere. */
export async function resetPassword(
  ctx: Context,
  input: z.input<typeof resetPasswordInput>,
): Promise<{ email: string }> {
  const data = resetPasswordInput.parse(input);
  const link = await openLink(ctx, data.token, 'reset');
  const user = await users.findUserByEmail(ctx.db, link.email);
  if (!user) throw new Problem('request.not_found', 'The account for this link no longer exists.');
  await users.setPasswordHash(ctx.db, user.id, await hashPassword(data.password));
  await deleteSessionsOfUser(ctx.db, user.id);
  await recordAudit(ctx, {
    coalitionId: link.coalition_id,
    action: 'reset_password',
    entity: 'user',
    entityId: user.id,
  });
  return { email: user.email };
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
    since: r.created_at,
  }));
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
  const partnerId = await partnerIdFor(ctx, scope, data.role, data.partner);
  await users.updateMembership(ctx.db, membership.id, data.role, partnerId);
  await recordAudit(ctx, {
    coalitionId: scope.coalitionId,
    action: 'update',
    entity: 'membership',
    entityId: userId,
    details: { role: data.role },
  });
  return (await listMembers(ctx, coalitionSlug)).find((m) => m.userId === userId)!;
}

export async function removeMember(
  ctx: Context,
  coalitionSlug: string,
  userId: string,
): Promise<{ removed: true }> {
  const scope = await authorize(ctx, coalitionSlug, 'members.manage');
  if (userId === actorUserId(ctx))
    throw new Problem('request.conflict', 'You cannot remove yourself; ask another admin.');
  const membership = await users.findMembership(ctx.db, scope.coalitionId, userId);
  if (!membership) throw new Problem('request.not_found', 'No such member.');
  await users.deleteMembership(ctx.db, membership.id);
  await recordAudit(ctx, {
    coalitionId: scope.coalitionId,
    action: 'remove',
    entity: 'membership',
    entityId: userId,
  });
  return { removed: true };
}

/** `mosaic init`: the first backbone admin of a coalition, with a password given or generated. */
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
  if (!(await users.findMembership(ctx.db, coalitionId, user.id))) {
    await users.insertMembership(ctx.db, {
      id: ctx.newId(),
      coalition_id: coalitionId,
      user_id: user.id,
      role: 'backbone_admin',
      partner_id: null,
      created_at: nowIso(ctx),
    });
  }
  await recordAudit(ctx, {
    coalitionId,
    action: 'create_admin',
    entity: 'user',
    entityId: user.id,
  });
  return { userId: user.id };
}
