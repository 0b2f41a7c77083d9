import { z } from 'zod';
import { roles } from '../access/policy';
import { displayText, slugSchema } from './common';

export const roleSchema = z.enum(roles);
export const emailSchema = z.string().trim().toLowerCase().email().max(254);
export const passwordSchema = z.string().min(12, 'use at least 12 characters').max(200);

export const signInInput = z.object({ email: emailSchema, password: z.string().min(1).max(200) });

export const membershipView = z.object({
  coalition: z.object({ slug: z.string(), name: z.string() }),
  role: roleSchema,
  partner: z.object({ slug: z.string(), name: z.string() }).nullable(),
});

export const sessionView = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), displayName: z.string() }),
    memberships: z.array(membershipView),
    csrfToken: z.string().nullable(),
  })
  .meta({ id: 'Session' });
export type SessionView = z.infer<typeof sessionView>;

export const inviteInput = z.object({
  email: emailSchema,
  role: roleSchema,
  partner: slugSchema.optional(),
});
export type InviteInput = z.input<typeof inviteInput>;

export const inviteView = z
  .object({
    id: z.string(),
    email: z.string(),
    role: roleSchema,
    partner: z.string().nullable(),
    createdAt: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'Invite' });
export type InviteView = z.infer<typeof inviteView>;

export const oneTimeLinkView = z
  .object({ link: z.string(), expiresAt: z.string() })
  .meta({ id: 'OneTimeLink' });
export type OneTimeLinkView = z.infer<typeof oneTimeLinkView>;

export const linkStatusView = z
  .object({
    kind: z.enum(['invite', 'reset']),
    email: z.string(),
    state: z.enum(['valid', 'used', 'expired']),
    expiresAt: z.string(),
  })
  .meta({ id: 'LinkStatus' });
export type LinkStatusView = z.infer<typeof linkStatusView>;

export const acceptInviteInput = z.object({
  token: z.string().min(10).max(200),
  displayName: displayText(120),
  password: passwordSchema,
});

export const resetPasswordInput = z.object({
  token: z.string().min(10).max(200),
  password: passwordSchema,
});

export const memberView = z
  .object({
    userId: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: roleSchema,
    partner: z.string().nullable(),
    partnerName: z.string().nullable(),
    since: z.string(),
  })
  .meta({ id: 'Member' });
export type MemberView = z.infer<typeof memberView>;

export const memberUpdateInput = z.object({
  role: roleSchema,
  partner: slugSchema.nullable().optional(),
});

export const tokenInput = z.object({
  name: displayText(100),
  role: roleSchema.optional(),
});
export const tokenView = z
  .object({
    id: z.string(),
    name: z.string(),
    role: roleSchema,
    partner: z.string().nullable(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });
export type TokenView = z.infer<typeof tokenView>;
export const createdTokenView = z.object({ token: z.string(), details: tokenView });

export const auditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  before: z.coerce.number().int().positive().optional(),
});
export const auditEntryView = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    ip: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntryView = z.infer<typeof auditEntryView>;
