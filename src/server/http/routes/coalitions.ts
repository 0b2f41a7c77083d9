import { z } from 'zod';
import {
  coalitionInput,
  coalitionView,
  partnerInput,
  partnerView,
} from '../../../core/api/coalitions';
import * as coalitions from '../../services/coalitions';
import { defineRoute } from '../route';

const bySlug = z.object({ coalition: z.string() });

export const coalitionRoutes = () => [
  defineRoute({
    method: 'GET',
    url: '/api/coalitions',
    summary: 'The coalitions this server holds',
    tag: 'coalitions',
    access: 'signed-in',
    response: z.array(coalitionView),
    handler: ({ ctx }) => coalitions.listCoalitions(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/coalitions',
    summary: 'Create a coalition',
    tag: 'coalitions',
    access: 'signed-in',
    body: coalitionInput,
    response: coalitionView,
    status: 201,
    handler: ({ ctx, body }) => coalitions.createCoalition(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/coalitions/:coalition',
    summary: 'One coalition',
    tag: 'coalitions',
    access: 'signed-in',
    params: bySlug,
    response: coalitionView,
    handler: ({ ctx, params }) => coalitions.getCoalition(ctx, params.coalition),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/coalitions/:coalition/partners',
    summary: "A coalition's partners",
    tag: 'partners',
    access: 'signed-in',
    params: bySlug,
    response: z.array(partnerView),
    handler: ({ ctx, params }) => coalitions.listPartners(ctx, params.coalition),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/coalitions/:coalition/partners',
    summary: 'Add a partner to a coalition',
    tag: 'partners',
    access: 'signed-in',
    params: bySlug,
    body: partnerInput,
    response: partnerView,
    status: 201,
    handler: ({ ctx, params, body }) => coalitions.addPartner(ctx, params.coalition, body),
  }),
];
