import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config';
import { buildApp } from '../../src/server/http/app';
import { openAndMigrate, type Store } from '../../src/server/services/system';
import { testContext } from '../support/context';
import { createTestDatabase, type TestDatabase } from '../support/databases';
import { castCoalition, password, type Cast } from '../support/people';

describe('sessions over HTTP', () => {
  let database: TestDatabase;
  let store: Store;
  let app: FastifyInstance;
  let cast: Cast;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    store = (await openAndMigrate(database.location)).store;
    cast = await castCoalition(testContext(store));
    app = await buildApp({
      store,
      config: readConfig({ database: database.location, webRoot: '/nonexistent' }),
    });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
    await database.drop();
  });

  const signIn = async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: cast.accounts.backbone_admin, password },
    });
    const cookie = response.cookies.find((c) => c.name === 'mosaic_session')!;
    return {
      response,
      cookie,
      header: `mosaic_session=${cookie.value}`,
      csrf: response.json<{ csrfToken: string }>().csrfToken,
    };
  };

  it('sets an httpOnly, SameSite=Lax session cookie and never returns the password', async () => {
    const { response, cookie } = await signIn();
    expect(response.statusCode).toBe(200);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(response.body).not.toContain(password);
    expect(response.json()).toMatchObject({
      user: { email: 'admin@east-side.org' },
      memberships: [{ coalition: { slug: 'east-side' }, role: 'backbone_admin', partner: null }],
    });
  });

  it('refuses a cookie-authenticated write without the CSRF token, and accepts it with', async () => {
    const { header, csrf } = await signIn();
    const payload = { email: 'someone@hope-jobs.org', role: 'partner_staff', partner: 'hope-jobs' };
    const refused = await app.inject({
      method: 'POST',
      url: '/api/coalitions/east-side/invites',
      headers: { cookie: header },
      payload,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ code: string }>().code).toBe('auth.csrf');
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/coalitions/east-side/invites',
      headers: { cookie: header, 'x-csrf-token': 'guess' },
      payload,
    });
    expect(wrong.statusCode).toBe(403);
    const accepted = await app.inject({
      method: 'POST',
      url: '/api/coalitions/east-side/invites',
      headers: { cookie: header, 'x-csrf-token': csrf },
      payload,
    });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json<{ link: string }>().link).toMatch(/^\/invite\/[A-Za-z0-9_-]{43}$/);
  });

  it('lets a script write with a bearer token and no CSRF token, until the token is revoked', async () => {
    const { header, csrf } = await signIn();
    const created = await app.inject({
      method: 'POST',
      url: '/api/coalitions/east-side/tokens',
      headers: { cookie: header, 'x-csrf-token': csrf },
      payload: { name: 'sync' },
    });
    const { token, details } = created.json<{ token: string; details: { id: string } }>();
    const bearer = { authorization: `Bearer ${token}` };
    const write = await app.inject({
      method: 'POST',
      url: '/api/coalitions/east-side/partners',
      headers: bearer,
      payload: { slug: 'south-shelter', name: 'South Shelter' },
    });
    expect(write.statusCode).toBe(201);
    await app.inject({
      method: 'DELETE',
      url: `/api/coalitions/east-side/tokens/${details.id}`,
      headers: { cookie: header, 'x-csrf-token': csrf },
    });
    const after = await app.inject({
      method: 'GET',
      url: '/api/coalitions/east-side/partners',
      headers: bearer,
    });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toEqual({
      code: 'auth.required',
      message: 'That API token is not valid (revoked or unknown).',
      details: {},
    });
  });

  it('signs out everywhere: every session of the account stops working', async () => {
    const first = await signIn();
    const second = await signIn();
    const ended = await app.inject({
      method: 'POST',
      url: '/api/session/everywhere',
      headers: { cookie: first.header, 'x-csrf-token': first.csrf },
    });
    expect(ended.json<{ sessionsEnded: number }>().sessionsEnded).toBeGreaterThanOrEqual(2);
    const after = await app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: second.header },
    });
    expect(after.statusCode).toBe(401);
  });

  it('sends security headers with a Content-Security-Policy', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
  });

  it('records failed sign-ins even though the request fails, and locks after five', async () => {
    const attempt = (pw: string) =>
      app.inject({
        method: 'POST',
        url: '/api/session',
        remoteAddress: '203.0.113.77',
        payload: { email: cast.accounts.funder, password: pw },
      });
    for (let i = 0; i < 5; i++) expect((await attempt(`wrong password ${i}`)).statusCode).toBe(401);
    const locked = await attempt(password);
    expect(locked.statusCode).toBe(429);
    expect(locked.json<{ code: string }>().code).toBe('auth.locked');
  });

  it('never names tables or columns when a write collides', async () => {
    const { header, csrf } = await signIn();
    const first = await app.inject({
      method: 'POST',
      url: '/api/coalitions/east-side/partners',
      headers: { cookie: header, 'x-csrf-token': csrf },
      payload: { slug: 'dup-partner', name: 'Dup' },
    });
    expect(first.statusCode).toBe(201);
    const again = await app.inject({
      method: 'POST',
      url: '/api/coalitions/east-side/partners',
      headers: { cookie: header, 'x-csrf-token': csrf },
      payload: { slug: 'dup-partner', name: 'Dup' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.body).not.toMatch(/partners\.|coalition_id/);
  });

  it('refuses names made of control, direction-override or invisible characters', async () => {
    const { header, csrf } = await signIn();
    for (const name of ['x\u0000y', '\u202eevil\u202c', '\u200b', '\ud800']) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/coalitions/east-side/partners',
        headers: { cookie: header, 'x-csrf-token': csrf },
        payload: { slug: 'odd-name', name },
      });
      expect(response.statusCode, JSON.stringify(name)).toBe(400);
    }
  });

  it('refuses sign-out-everywhere to an API token: only a signed-in person may end sessions', async () => {
    const { header, csrf } = await signIn();
    const created = await app.inject({
      method: 'POST',
      url: '/api/coalitions/east-side/tokens',
      headers: { cookie: header, 'x-csrf-token': csrf },
      payload: { name: 'no logout' },
    });
    const response = await app.inject({
      method: 'POST',
      url: '/api/session/everywhere',
      headers: { authorization: `Bearer ${created.json<{ token: string }>().token}` },
    });
    expect(response.statusCode).toBe(403);
    expect(
      (await app.inject({ method: 'GET', url: '/api/session', headers: { cookie: header } }))
        .statusCode,
    ).toBe(200);
  });
});
