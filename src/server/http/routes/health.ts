import { healthView } from '../../../core/api/health';
import { health } from '../../services/system';
import { defineRoute } from '../route';
import type { Store } from '../../services/system';

export const healthRoutes = (store: Store) => [
  defineRoute({
    method: 'GET',
    url: '/api/health',
    summary: 'Is the server up and its database reachable and current?',
    tag: 'system',
    access: 'public',
    response: healthView,
    handler: ({ ctx }) => health(ctx, store),
  }),
];
