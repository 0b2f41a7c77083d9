/**
 * The one kind of error. Anything that cannot do what it was asked throws a Problem with a stable
 * code; the HTTP edge maps each code to a status exactly once (see server/http/problem-status.ts)
 * and the CLI prints its message. Row-by-row outcomes of a batch are data, not Problems.
 */
export const problemCodes = [
  'request.invalid',
  'request.not_found',
  'request.conflict',
  'request.too_large',
  'auth.required',
  'auth.forbidden',
  'auth.invalid_credentials',
  'auth.locked',
  'auth.csrf',
  'config.invalid',
  'db.unreachable',
  'db.invalid_location',
  'db.constraint',
  'db.busy',
  'import.unreadable',
  'import.too_large',
  'import.column_unmapped',
  'import.invalid_rows',
  'internal',
] as const;

export type ProblemCode = (typeof problemCodes)[number];

export class Problem extends Error {
  constructor(
    readonly code: ProblemCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'Problem';
  }
}

export const isProblem = (value: unknown): value is Problem => value instanceof Problem;
