import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/databases';
import { readConfig } from '../config';
import { openAndMigrate, type Store } from '../services/system';
import { buildApp, routeTable } from './app';

describe('the HTTP edge', () => {
  let database: TestDatabase;
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    store = (await openAndMigrate(database.location)).store;
    app = await buildApp({
      store,
      config: readConfig({ database: database.location, bodyLimit: 1024, webRoot: '/nonexistent' }),
    });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
    await database.drop();
  });

  it('answers health without signing in', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      version: '0.1.0',
      engine: 'sqlite',
      migrationsPending: 0,
    });
  });

  it('describes every route of the route table in the OpenAPI document', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, unknown> };
    }>();
    expect(document.openapi).toBe('3.1.0');
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const declared = routeTable(store).map(
      (r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`,
    );
    expect(documented.sort()).toEqual(declared.sort());
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['Problem', 'Health', 'Coalition', 'Partner']),
    );
    expect(
      document.paths['/api/coalitions/{coalition}/invites']!.post!.responses['201'],
    ).toBeDefined();
  });

  it('gives 401 in the standard shape for a route that needs sign-in', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/coalitions' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({
      code: 'auth.required',
      message: 'Sign in first.',
      details: {},
    });
  });

  it('gives 404 in the standard shape for an unknown API path', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/nothing-here?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      code: 'request.not_found',
      message: 'No route GET /api/nothing-here.',
      details: {},
    });
  });

  it('gives 400 for a body that is not JSON', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'application/json' },
      payload: '{bad',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ code: string }>().code).toBe('request.invalid');
  });

  it('gives 413 for a body over the limit', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(2000) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({
      code: 'request.too_large',
      message: 'The request body is too large.',
      details: {},
    });
  });
});
