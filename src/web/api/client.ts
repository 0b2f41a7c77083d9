/** The one way the web app talks to the server: JSON over fetch, problems thrown as ApiError. */
import type { ProblemBody } from '../../core/api/common';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemBody,
  ) {
    super(problem.message);
  }
}

// The session's CSRF token, echoed on every write made with the session cookie.
let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const write = init.method !== undefined && init.method !== 'GET';
  const response = await fetch(path, {
    ...init,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...(write && csrfToken ? { 'x-csrf-token': csrfToken } : {}),
      ...init.headers,
    },
  });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.includes('application/json');
  const body: unknown = text && isJson ? JSON.parse(text) : text;
  if (!response.ok) {
    const problem =
      isJson && body
        ? (body as ProblemBody)
        : { code: 'internal', message: response.statusText, details: {} };
    throw new ApiError(response.status, problem);
  }
  return body as T;
}

export const send = <T>(path: string, method: 'POST' | 'PATCH' | 'DELETE', body?: unknown) =>
  api<T>(path, { method, body: body === undefined ? undefined : JSON.stringify(body) });
