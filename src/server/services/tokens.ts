/** API tokens for scripts: shown once, stored hashed, narrowed to one coalition and a role at most the owner's. */
import { tokenInput, type TokenView } from '../../core/api/access';
import { isRoleAtMost, partnerRoles, roleLabels, type Role } from '../../core/access/policy';
import { Problem } from '../../core/problem';
import * as tokens from '../db/queries/tokens';
import { findMembership } from '../db/queries/users';
import type { z } from 'zod';
import { authorize } from './access';
import { recordAudit } from './audit';
import { nowIso, type Context } from './context';
import { newToken, tokenHash } from './secrets';

async function ownMembership(ctx: Context, coalitionSlug: string) {
  const scope = await authorize(ctx, coalitionSlug, 'coalition.read');
  if (ctx.actor.kind !== 'user') throw new Problem('auth.required', 'Sign in first.');
  if (ctx.actor.token)
    throw new Problem(
      'auth.forbidden',
      'Manage API tokens from a signed-in session, not with a token.',
    );
  const membership = await findMembership(ctx.db, scope.coalitionId, ctx.actor.userId);
  if (!membership) throw new Problem('request.not_found', `No coalition "${coalitionSlug}".`);
  return { scope, membership, userId: ctx.actor.userId };
}

export async function createToken(
  ctx: Context,
  coalitionSlug: string,
  input: z.input<typeof tokenInput>,
): Promise<{ token: string; details: TokenView }> {
  const { scope, membership, userId } = await ownMembership(ctx, coalitionSlug);
  const data = tokenInput.parse(input);
  const ownRole = membership.role as Role;
  const role = data.role ?? ownRole;
  if (!isRoleAtMost(role, ownRole)) {
    throw new Problem(
      'auth.forbidden',
      `A token cannot have more power than you: ${roleLabels[role]} exceeds ${roleLabels[ownRole]}.`,
    );
  }
  const partnerId = partnerRoles.includes(role) ? membership.partner_id : null;
  if (partnerRoles.includes(role) && !partnerId)
    throw new Problem(
      'request.invalid',
      `A ${roleLabels[role]} token needs a partner, and you have none.`,
    );
  const token = newToken('mos_');
  const id = ctx.newId();
  await tokens.insertToken(ctx.db, {
    id,
    user_id: userId,
    coalition_id: scope.coalitionId,
    name: data.name,
    token_hash: tokenHash(token),
    role,
    partner_id: partnerId,
    created_at: nowIso(ctx),
    last_used_at: null,
    revoked_at: null,
  });
  await recordAudit(ctx, {
    coalitionId: scope.coalitionId,
    action: 'create',
    entity: 'api_token',
    entityId: id,
    details: { role },
  });
  const details = (await listTokens(ctx, coalitionSlug)).find((t) => t.id === id)!;
  return { token, details };
}

export async function listTokens(ctx: Context, coalitionSlug: string): Promise<TokenView[]> {
  const { scope, userId } = await ownMembership(ctx, coalitionSlug);
  const rows = await tokens.tokensOfUser(ctx.db, userId, scope.coalitionId);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role as Role,
    partner: r.partner_slug,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  }));
}

export async function revokeToken(
  ctx: Context,
  coalitionSlug: string,
  tokenId: string,
): Promise<{ revoked: true }> {
  const { scope, userId } = await ownMembership(ctx, coalitionSlug);
  const token = await tokens.findTokenById(ctx.db, tokenId);
  if (!token || token.coalition_id !== scope.coalitionId || token.user_id !== userId)
    throw new Problem('request.not_found', 'No such token.');
  await tokens.revokeToken(ctx.db, tokenId, nowIso(ctx));
  await recordAudit(ctx, {
    coalitionId: scope.coalitionId,
    action: 'revoke',
    entity: 'api_token',
    entityId: tokenId,
  });
  return { revoked: true };
}
