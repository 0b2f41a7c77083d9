import { z } from 'zod';
import {
  inviteInput,
  inviteView,
  memberUpdateInput,
  memberView,
  oneTimeLinkView,
} from '../../../core/api/access';
import * as members from '../../services/members';
import { defineRoute } from '../route';

const coalitionParam = z.object({ coalition: z.string() });
const memberParam = z.object({ coalition: z.string(), user: z.string() });

export const memberRoutes = () => [
  defineRoute({
    method: 'GET',
    url: '/api/coalitions/:coalition/members',
    summary: 'Members and their roles (partner managers see their own partner)',
    tag: 'members',
    access: 'members.read',
    params: coalitionParam,
    response: z.array(memberView),
    handler: ({ ctx, params }) => members.listMembers(ctx, params.coalition),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/coalitions/:coalition/invites',
    summary: 'Invite a person with a role: returns a one-time link to pass on',
    tag: 'members',
    access: 'members.manage',
    params: coalitionParam,
    body: inviteInput,
    response: oneTimeLinkView,
    status: 201,
    handler: ({ ctx, params, body }) => members.inviteMember(ctx, params.coalition, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/coalitions/:coalition/invites',
    summary: 'Invitations not yet accepted, cancelled or expired',
    tag: 'members',
    access: 'members.manage',
    params: coalitionParam,
    response: z.array(inviteView),
    handler: ({ ctx, params }) => members.listInvites(ctx, params.coalition),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/coalitions/:coalition/invites/:invite',
    summary: 'Cancel an open invitation; its link stops working',
    tag: 'members',
    access: 'members.manage',
    params: z.object({ coalition: z.string(), invite: z.string() }),
    response: z.object({ cancelled: z.literal(true) }),
    handler: ({ ctx, params }) => members.cancelInvite(ctx, params.coalition, params.invite),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/coalitions/:coalition/members/:user',
    summary: "Change a member's role or partner",
    tag: 'members',
    access: 'members.manage',
    params: memberParam,
    body: memberUpdateInput,
    response: memberView,
    handler: ({ ctx, params, body }) =>
      members.updateMember(ctx, params.coalition, params.user, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/coalitions/:coalition/members/:user',
    summary: 'Remove a member from the coalition',
    tag: 'members',
    access: 'members.manage',
    params: memberParam,
    response: z.object({ removed: z.literal(true) }),
    handler: ({ ctx, params }) => members.removeMember(ctx, params.coalition, params.user),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/coalitions/:coalition/members/:user/password-reset',
    summary: 'Issue a one-time password reset link for a member',
    tag: 'members',
    access: 'members.manage',
    params: memberParam,
    response: oneTimeLinkView,
    status: 201,
    handler: ({ ctx, params }) => members.issuePasswordReset(ctx, params.coalition, params.user),
  }),
];
