/** The session cookie: httpOnly (scripts cannot read it), SameSite=Lax, Secure over HTTPS. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sessionLifetimeMs } from '../services/auth';

export const sessionCookieName = 'mosaic_session';

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
): void {
  void reply.setCookie(sessionCookieName, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    path: '/',
    maxAge: Math.floor(sessionLifetimeMs / 1000),
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(sessionCookieName, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
  });
}
