/** The OpenAPI 3.1 document, generated from the same zod schemas that validate each request. */
import { z } from 'zod';
import { problemBody } from '../../core/api/common';
import { softwareVersion } from '../services/system';
import type { AnyRoute } from './route';

type JsonSchema = Record<string, unknown>;

const toOpenApiPath = (url: string) => url.replace(/:([A-Za-z_]+)/g, '{$1}');

export function buildOpenApi(routes: AnyRoute[]): JsonSchema {
  // One registry per document: shared named schemas (`.meta({ id })`) become components and are
  // referenced; each route's own schemas get a private id and are inlined into the operation.
  const registry = z.registry<{ id: string }>();
  const named = new Map<string, z.ZodType>();
  const slot = (route: AnyRoute, part: string) => `__${route.method}_${route.url}_${part}`;
  registry.add(problemBody, { id: 'Problem' });
  routes.forEach((route) => {
    for (const part of ['params', 'query', 'body', 'response'] as const) {
      const schema = route[part];
      if (!schema) continue;
      const id = (z.globalRegistry.get(schema) as { id?: string } | undefined)?.id;
      if (id) {
        if (!named.has(id)) registry.add(schema, { id });
        named.set(id, schema);
      } else registry.add(schema, { id: slot(route, part) });
    }
  });
  const generated = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
    io: 'input',
  }).schemas;
  const clean = (schema: JsonSchema | undefined): JsonSchema => {
    const { $schema: _s, $id: _i, ...rest } = schema ?? {};
    return rest;
  };
  const refOrInline = (
    route: AnyRoute,
    part: 'params' | 'query' | 'body' | 'response',
  ): JsonSchema => {
    const schema = route[part]!;
    const id = (z.globalRegistry.get(schema) as { id?: string } | undefined)?.id;
    return id ? { $ref: `#/components/schemas/${id}` } : clean(generated[slot(route, part)]);
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const parameters: unknown[] = [];
    for (const where of ['params', 'query'] as const) {
      const schema = route[where] ? refOrInline(route, where) : undefined;
      const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;
      const required = new Set((schema?.required as string[] | undefined) ?? []);
      for (const [name, property] of Object.entries(properties)) {
        parameters.push({
          name,
          in: where === 'params' ? 'path' : 'query',
          required: where === 'params' || required.has(name),
          schema: property,
        });
      }
    }
    const operation: Record<string, unknown> = {
      summary: route.summary,
      tags: [route.tag],
      operationId: `${route.method.toLowerCase()}${route.url.replace(/[/:{}-]+(\w)/g, (_m, c: string) => c.toUpperCase())}`,
      security: route.access === 'public' ? [] : [{ session: [] }, { token: [] }],
      parameters,
      responses: {
        [String(route.status ?? 200)]: {
          description: 'Success',
          content: { 'application/json': { schema: refOrInline(route, 'response') } },
        },
        default: {
          description: 'A problem',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } },
        },
      },
    };
    if (route.body)
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: refOrInline(route, 'body') } },
      };
    (paths[toOpenApiPath(route.url)] ??= {})[route.method.toLowerCase()] = operation;
  }

  const components = Object.fromEntries(
    Object.entries(generated)
      .filter(([id]) => !id.startsWith('__'))
      .map(([id, schema]) => [id, clean(schema as JsonSchema)]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Mosaic API',
      version: softwareVersion,
      description: 'Shared measurement for collective-impact coalitions.',
    },
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'mosaic_session' },
        token: { type: 'http', scheme: 'bearer' },
      },
    },
  };
}
