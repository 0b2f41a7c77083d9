/**
 * Every route in the server's own route table, tried as every role, as a member of another
 * coalition, and signed out. A route's declared access must match what actually happens: the
 * declared permission's reach in the policy table decides allowed (anything but 401/403/5xx) or
 * denied (403). A route added without a declared access cannot be written (the type requires
 * one) and one whose declaration is not understood here fails the "declares access" test.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissions, reachOf, roles, type Permission } from '../../src/core/access/policy';
import { readConfig } from '../../src/server/config';
import { buildApp, routeTable } from '../../src/server/http/app';
import type { AnyRoute } from '../../src/server/http/route';
import { openAndMigrate, type Store } from '../../src/server/services/system';
import { testContext } from '../support/context';
import { createTestDatabase, type TestDatabase } from '../support/databases';
import { castCoalition, password, type Cast } from '../support/people';

let database: TestDatabase;
let store: Store;
let app: FastifyInstance;
let cast: Cast;
let outsider: string;

beforeAll(async () => {
  database = await createTestDatabase('sqlite');
  store = (await openAndMigrate(database.location)).store;
  const ctx = testContext(store);
  cast = await castCoalition(ctx, 'east-side');
  outsider = (await castCoalition({ ...ctx, newId: () => `other-${Math.random()}` }, 'west-side'))
    .accounts.backbone_admin;
  app = await buildApp({
    store,
    config: readConfig({ database: database.location, webRoot: '/nonexistent' }),
  });
});
afterAll(async () => {
  await app?.close();
  await store?.close();
  await database?.drop();
});

async function signIn(email: string): Promise<{ cookie: string; csrf: string }> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { email, password },
  });
  expect(response.statusCode, `sign-in of ${email}`).toBe(200);
  const cookie = response.cookies.find((c) => c.name === 'mosaic_session')!;
  return {
    cookie: `mosaic_session=${cookie.value}`,
    csrf: response.json<{ csrfToken: string }>().csrfToken,
  };
}

function urlFor(route: AnyRoute): string {
  return route.url
    .replace(':coalition', cast.coalition)
    .replace(':user', cast.userIds[cast.otherStaff]!)
    .replace(/:\w+/g, 'no-such-thing');
}

async function call(route: AnyRoute, email: string | null) {
  const headers: Record<string, string> = {};
  if (email) {
    const session = await signIn(email);
    headers.cookie = session.cookie;
    headers['x-csrf-token'] = session.csrf;
  }
  return app.inject({
    method: route.method,
    url: urlFor(route),
    headers,
    ...(route.method === 'GET' ? {} : { payload: {} }),
  });
}

const isPermission = (access: string): access is Permission =>
  (permissions as string[]).includes(access);
const routes = () => routeTable(store);

describe('authorization across the whole route table', () => {
  it('declares an access that the policy understands for every route', () => {
    for (const route of routes()) {
      expect(['public', 'signed-in', ...permissions], `${route.method} ${route.url}`).toContain(
        route.access,
      );
    }
  });

  it('answers 401 in the standard shape to a signed-out request on every non-public route', async () => {
    for (const route of routes().filter((r) => r.access !== 'public')) {
      const response = await call(route, null);
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(response.json()).toEqual({
        code: 'auth.required',
        message: 'Sign in first.',
        details: {},
      });
    }
  });

  for (const role of roles) {
    it(`lets a ${role} through exactly the routes the policy allows`, async () => {
      for (const route of routes().filter((r) => r.access !== 'public')) {
        // Sign-out routes are exercised last so they do not end the sessions used by the others.
        const response = await call(route, cast.accounts[role]);
        const label = `${role} ${route.method} ${route.url} → ${response.statusCode} ${response.body.slice(0, 120)}`;
        expect(response.statusCode, label).toBeLessThan(500);
        const allowed =
          route.access === 'signed-in' ||
          (isPermission(route.access) && reachOf(role, route.access) !== null);
        if (allowed) expect([401, 403], label).not.toContain(response.statusCode);
        else expect(response.statusCode, label).toBe(403);
      }
    });
  }

  it("hides another coalition's routes from a member of a different coalition (404, not 403)", async () => {
    for (const route of routes().filter((r) => isPermission(r.access))) {
      const response = await call(route, outsider);
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(404);
    }
  });
});
