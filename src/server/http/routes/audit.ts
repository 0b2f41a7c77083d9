import { z } from 'zod';
import { auditEntryView, auditQuery } from '../../../core/api/access';
import * as audit from '../../services/audit';
import { defineRoute } from '../route';

const coalitionParam = z.object({ coalition: z.string() });

export const auditRoutes = () => [
  defineRoute({
    method: 'GET',
    url: '/api/coalitions/:coalition/audit',
    summary: 'The audit trail, newest first (backbone admins)',
    tag: 'audit',
    access: 'audit.read',
    params: coalitionParam,
    query: auditQuery,
    response: z.array(auditEntryView),
    handler: ({ ctx, params, query }) => audit.listAuditTrail(ctx, params.coalition, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/coalitions/:coalition/audit.csv',
    summary: 'The whole audit trail as CSV (backbone admins); the export is itself audited',
    tag: 'audit',
    access: 'audit.read',
    params: coalitionParam,
    response: z.string(),
    handler: async ({ ctx, params, reply }) => {
      const csv = await audit.exportAuditTrail(ctx, params.coalition);
      void reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-${params.coalition}.csv"`);
      return csv;
    },
  }),
];
