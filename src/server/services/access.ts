/**
 * Authorization where queries are built: every service that reads or writes a coalition's data
 * first asks `authorize` for a Scope, and partner-scoped queries filter by `scope.partnerId`.
 * A non-member learns nothing (404, as if the coalition did not exist); a member whose role lacks
 * the permission gets 403.
 */
import {
  isRoleAtMost,
  partnerRoles,
  reachOf,
  roleLabels,
  type Permission,
  type Reach,
  type Role,
} from '../../core/access/policy';
import { Problem } from '../../core/problem';
import { findCoalitionBySlug } from '../db/queries/coalitions';
import { findMembership } from '../db/queries/users';
import type { Context } from './context';

export interface Scope {
  coalitionId: string;
  coalitionSlug: string;
  role: Role | 'system';
  reach: Reach;
  /** Set when the reach is 'partner': the only partner whose records this actor may touch. */
  partnerId: string | null;
}

export async function authorize(
  ctx: Context,
  coalitionSlug: string,
  permission: Permission,
): Promise<Scope> {
  const { actor } = ctx;
  if (actor.kind === 'anonymous') throw new Problem('auth.required', 'Sign in first.');
  const coalition = await findCoalitionBySlug(ctx.db, coalitionSlug);
  const notFound = new Problem('request.not_found', `No coalition "${coalitionSlug}".`, {
    coalition: coalitionSlug,
  });
  if (!coalition) throw notFound;
  if (actor.kind === 'system')
    return {
      coalitionId: coalition.id,
      coalitionSlug,
      role: 'system',
      reach: 'coalition',
      partnerId: null,
    };

  const membership = await findMembership(ctx.db, coalition.id, actor.userId);
  if (!membership) throw notFound;
  let role = membership.role as Role;
  let partnerId = membership.partner_id;
  if (actor.token) {
    // A token never outlives a change of its owner's role: it must still be at most the current
    // membership, and bound to the same partner.
    const grant = actor.token;
    const partnerRole = partnerRoles.includes(grant.role);
    if (grant.coalitionId !== coalition.id) throw notFound;
    if (!isRoleAtMost(grant.role, role) || (partnerRole && grant.partnerId !== partnerId)) {
      throw new Problem(
        'auth.forbidden',
        'This API token was made for a role you no longer hold: create a new one.',
        { permission },
      );
    }
    role = grant.role;
    partnerId = grant.partnerId;
  }
  const reach = reachOf(role, permission);
  if (!reach) {
    throw new Problem(
      'auth.forbidden',
      `A ${roleLabels[role].toLowerCase()} may not do this (${permission}).`,
      { permission, role },
    );
  }
  if (reach === 'partner' && !partnerId)
    throw new Problem('auth.forbidden', 'This account is not attached to a partner.', {
      permission,
    });
  return {
    coalitionId: coalition.id,
    coalitionSlug,
    role,
    reach,
    partnerId: reach === 'partner' ? partnerId : null,
  };
}

/** Refuses a write or read aimed at a partner outside the actor's scope. */
export function assertPartnerInScope(scope: Scope, partnerId: string): void {
  if (scope.reach === 'partner' && scope.partnerId !== partnerId) {
    throw new Problem('auth.forbidden', "You may only work with your own partner's records.", {
      partnerId,
    });
  }
}

export const actorUserId = (ctx: Context): string | null =>
  ctx.actor.kind === 'user' ? ctx.actor.userId : null;
