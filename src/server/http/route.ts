/**
 * Every API route is declared here through `defineRoute`: its input and output schemas (zod, which
 * also feed the OpenAPI document), who may call it, and a thin handler that calls one service.
 * The declared list is the route table the OpenAPI generator and the authorization tests read.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Permission } from '../../core/access/policy';
import type { Context } from '../services/context';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call a route: 'public' needs no sign-in (health, sign-in, invite acceptance, public form
 * links); 'signed-in' needs any account; a Permission is checked against the policy table by the
 * service the route calls. The declaration feeds the OpenAPI document and the authorization test,
 * which checks that the service really enforces what the route declares.
 */
export type Access = 'public' | 'signed-in' | Permission;

export interface HandlerInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  ctx: Context;
  request: FastifyRequest;
  reply: FastifyReply;
}

export interface RouteSpec<P = unknown, Q = unknown, B = unknown, R = unknown> {
  method: HttpMethod;
  url: string;
  summary: string;
  tag: string;
  access: Access;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  response: z.ZodType<R>;
  /**
   * Writes run in one transaction unless this is false: for routes that check passwords, whose
   * failed attempts must be recorded and whose slow hashing must not hold the database.
   */
  transaction?: boolean;
  /** Success status; 200 unless stated. */
  status?: number;
  handler(input: HandlerInput<P, Q, B>): Promise<R>;
}

// Handlers are contravariant in their input, so the table stores them with `any` inputs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteSpec<any, any, any, any>;

export const defineRoute = <P, Q, B, R>(spec: RouteSpec<P, Q, B, R>): AnyRoute => spec;

export const isWrite = (method: HttpMethod) => method !== 'GET';
