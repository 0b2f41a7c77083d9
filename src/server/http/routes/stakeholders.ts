import { z } from 'zod';
import {
  mergeInput,
  mergeView,
  registrationView,
  stakeholderInput,
  stakeholderView,
} from '../../../core/api/stakeholders';
import * as stakeholders from '../../services/stakeholders';
import { defineRoute } from '../route';

const coalitionParam = z.object({ coalition: z.string() });

export const stakeholderRoutes = () => [
  defineRoute({
    method: 'POST',
    url: '/api/coalitions/:coalition/stakeholders',
    summary:
      'Register a person at first contact, or link to the person their identifiers already name',
    tag: 'stakeholders',
    access: 'records.write',
    params: coalitionParam,
    body: stakeholderInput,
    response: registrationView,
    status: 201,
    handler: ({ ctx, params, body }) =>
      stakeholders.registerStakeholder(ctx, params.coalition, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/coalitions/:coalition/stakeholders/:uniqueId',
    summary: "A person's record by unique ID (partners see only people they have worked with)",
    tag: 'stakeholders',
    access: 'records.read',
    params: z.object({ coalition: z.string(), uniqueId: z.string() }),
    response: stakeholderView,
    handler: ({ ctx, params }) =>
      stakeholders.getStakeholder(ctx, params.coalition, params.uniqueId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/coalitions/:coalition/merges',
    summary: 'Decide that two records are the same person',
    tag: 'stakeholders',
    access: 'linkage.review',
    params: coalitionParam,
    body: mergeInput,
    response: mergeView,
    status: 201,
    handler: ({ ctx, params, body }) => stakeholders.mergeStakeholders(ctx, params.coalition, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/coalitions/:coalition/merges/:merge',
    summary: 'Undo a merge: both people again, each with their own records',
    tag: 'stakeholders',
    access: 'linkage.review',
    params: z.object({ coalition: z.string(), merge: z.string() }),
    response: mergeView,
    handler: ({ ctx, params }) =>
      stakeholders.unmergeStakeholders(ctx, params.coalition, params.merge),
  }),
];
