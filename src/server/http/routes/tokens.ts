import { z } from 'zod';
import { createdTokenView, tokenInput, tokenView } from '../../../core/api/access';
import * as tokens from '../../services/tokens';
import { defineRoute } from '../route';

const coalitionParam = z.object({ coalition: z.string() });

export const tokenRoutes = () => [
  defineRoute({
    method: 'GET',
    url: '/api/coalitions/:coalition/tokens',
    summary: 'Your API tokens in this coalition',
    tag: 'tokens',
    access: 'coalition.read',
    params: coalitionParam,
    response: z.array(tokenView),
    handler: ({ ctx, params }) => tokens.listTokens(ctx, params.coalition),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/coalitions/:coalition/tokens',
    summary: 'Create an API token (shown once) with a role at most your own',
    tag: 'tokens',
    access: 'coalition.read',
    params: coalitionParam,
    body: tokenInput,
    response: createdTokenView,
    status: 201,
    handler: ({ ctx, params, body }) => tokens.createToken(ctx, params.coalition, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/coalitions/:coalition/tokens/:token',
    summary: 'Revoke one of your API tokens; it stops working at once',
    tag: 'tokens',
    access: 'coalition.read',
    params: z.object({ coalition: z.string(), token: z.string() }),
    response: z.object({ revoked: z.literal(true) }),
    handler: ({ ctx, params }) => tokens.revokeToken(ctx, params.coalition, params.token),
  }),
];
