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

export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, {
    ...init,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...init.headers,
    },
  });
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const problem = (body as ProblemBody | null) ?? {
      code: 'internal',
      message: response.statusText,
      details: {},
    };
    throw new ApiError(response.status, problem);
  }
  return body as T;
}
