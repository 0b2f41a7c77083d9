import { z } from 'zod';
import { coalitionView, partnerInput, partnerView } from '../../../core/api/coalitions';
import * as coalitions from '../../services/coalitions';
import { defineRoute } from '../route';

const bySlug = z.object({ coalition: z.string() });

export const coalitionRoutes = () => [
  defineRoute({
    method: 'GET',
    url: '/api/coalitions',
    summary: 'The coalitions the signed-in person belongs to',
    tag: 'coalitions',
    access: 'signed-in',
    response: z.array(coalitionView),
    handler: ({ ctx }) => coalitions.listCoalitions(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/coalitions/:coalition',
    summary: 'One coalition',
    tag: 'coalitions',
    access: 'coalition.read',
    params: bySlug,
    response: coalitionView,
    handler: ({ ctx, params }) => coalitions.getCoalition(ctx, params.coalition),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/coalitions/:coalition/partners',
    summary: "A coalition's partners",
    tag: 'partners',
    access: 'partners.read',
    params: bySlug,
    response: z.array(partnerView),
    handler: ({ ctx, params }) => coalitions.listPartners(ctx, params.coalition),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/coalitions/:coalition/partners',
    summary: 'Add a partner to a coalition',
    tag: 'partners',
    access: 'partners.manage',
    params: bySlug,
    body: partnerInput,
    response: partnerView,
    status: 201,
    handler: ({ ctx, params, body }) => coalitions.addPartner(ctx, params.coalition, body),
  }),
];
