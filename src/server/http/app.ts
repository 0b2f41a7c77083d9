/**
 * The HTTP edge: builds the Fastify app from the route table, validates every input with its zod
 * schema, opens one transaction per write, and turns every error into the one Problem shape.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';
import { Problem } from '../../core/problem';
import type { Config } from '../config';
import { authorize } from '../services/access';
import { checkCsrf, resolveActor } from '../services/auth';
import { createContext, inTransaction, type Context } from '../services/context';
import { asProblem, type Store } from '../services/system';
import { buildOpenApi } from './openapi';
import { statusFor } from './problem-status';
import { isWrite, type AnyRoute } from './route';
import { auditRoutes } from './routes/audit';
import { coalitionRoutes } from './routes/coalitions';
import { healthRoutes } from './routes/health';
import { memberRoutes } from './routes/members';
import { sessionRoutes } from './routes/session';
import { stakeholderRoutes } from './routes/stakeholders';
import { tokenRoutes } from './routes/tokens';
import { addSecurityHeaders } from './security-headers';
import { sessionCookieName } from './session-cookie';

declare module 'fastify' {
  interface FastifyRequest {
    /** The session's CSRF token, when the request came with a session cookie. */
    csrfToken: string | null;
  }
}

export const routeTable = (store: Store): AnyRoute[] => [
  ...healthRoutes(store),
  ...sessionRoutes(),
  ...coalitionRoutes(),
  ...memberRoutes(),
  ...tokenRoutes(),
  ...stakeholderRoutes(),
  ...auditRoutes(),
];

export interface AppOptions {
  store: Store;
  config: Config;
  /** Replaces the clock and id source in tests. */
  contextOverrides?: Partial<Pick<Context, 'clock' | 'newId'>>;
}

export async function buildApp({
  store,
  config,
  contextOverrides,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logRequests
      ? { redact: ['req.headers.authorization', 'req.headers.cookie'] }
      : false,
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
  });
  const routes = routeTable(store);
  let openApi: Record<string, unknown> | undefined;

  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error);
    if (problem.code === 'internal') request.log.error({ err: error }, 'unhandled error');
    void reply
      .status(statusFor(problem.code))
      .send({ code: problem.code, message: problem.message, details: problem.details });
  });

  await app.register(fastifyCookie);
  app.decorateRequest('csrfToken', null);
  addSecurityHeaders(app);

  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      handler: async (request, reply) => {
        const base = {
          ...createContext(store, config, { kind: 'anonymous', ip: request.ip }),
          ...contextOverrides,
        };
        const resolved = await resolveActor(base, credentialsOf(request), request.ip);
        const ctx: Context = { ...base, actor: resolved.actor };
        request.csrfToken = resolved.csrfToken;
        if (route.access !== 'public') {
          if (resolved.actor.kind !== 'user') throw new Problem('auth.required', 'Sign in first.');
          if (isWrite(route.method))
            checkCsrf(resolved, request.headers['x-csrf-token'] as string | undefined);
        }
        // The declared permission is checked before the input is, so a denied caller learns only
        // "denied"; the service checks again where it builds its queries.
        if (route.access !== 'public' && route.access !== 'signed-in') {
          await authorize(ctx, coalitionParam(request.params), route.access);
        }
        const input = {
          params: (route.params ? route.params.parse(request.params) : {}) as unknown,
          query: (route.query ? route.query.parse(request.query) : {}) as unknown,
          body: (route.body ? route.body.parse(request.body ?? {}) : undefined) as unknown,
          request,
          reply,
        };
        const run = (c: Context): Promise<unknown> => route.handler({ ...input, ctx: c });
        const result: unknown =
          isWrite(route.method) && route.transaction !== false
            ? await inTransaction(ctx, run)
            : await run(ctx);
        void reply.status(route.status ?? 200);
        return route.response.parse(result) as unknown;
      },
    });
  }

  app.get('/api/openapi.json', () => (openApi ??= buildOpenApi(routes)));

  const webRoot = resolve(config.webRoot);
  const hasWeb = existsSync(resolve(webRoot, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: false });

  app.setNotFoundHandler((request, reply) => {
    // Page routes fall back to the app; a missing file (an asset, /favicon.ico) is a plain 404.
    const isPageRoute = !request.url.startsWith('/api/') && !/\.[a-z0-9]+($|\?)/i.test(request.url);
    if (request.method === 'GET' && isPageRoute && hasWeb) return reply.sendFile('index.html');
    const problem = new Problem(
      'request.not_found',
      `No route ${request.method} ${request.url.split('?')[0]}.`,
    );
    return reply
      .status(404)
      .send({ code: problem.code, message: problem.message, details: problem.details });
  });

  return app;
}

function coalitionParam(params: unknown): string {
  const slug = (params as { coalition?: unknown } | null)?.coalition;
  if (typeof slug !== 'string')
    throw new Problem('internal', 'A route with a permission must have a :coalition parameter.');
  return slug;
}

function credentialsOf(request: FastifyRequest): { bearer?: string; cookie?: string } {
  const authorization = request.headers.authorization;
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  return { bearer, cookie: request.cookies[sessionCookieName] };
}

function toProblem(error: unknown): Problem {
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return new Problem('request.too_large', 'The request body is too large.');
  if (
    fastifyError.statusCode &&
    fastifyError.statusCode >= 400 &&
    fastifyError.statusCode < 500 &&
    !(error instanceof Problem)
  ) {
    return new Problem('request.invalid', fastifyError.message ?? 'Invalid request.');
  }
  return asProblem(error);
}
