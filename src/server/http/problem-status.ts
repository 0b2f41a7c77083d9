import type { ProblemCode } from '../../core/problem';

/** The one map from Problem codes to HTTP statuses; exhaustive, so a new code cannot go unmapped. */
export function statusFor(code: ProblemCode): number {
  switch (code) {
    case 'request.invalid':
    case 'import.unreadable':
    case 'import.column_unmapped':
    case 'import.invalid_rows':
      return 400;
    case 'auth.required':
    case 'auth.invalid_credentials':
      return 401;
    case 'auth.forbidden':
    case 'auth.csrf':
      return 403;
    case 'request.not_found':
      return 404;
    case 'request.conflict':
    case 'db.constraint':
      return 409;
    case 'request.too_large':
    case 'import.too_large':
      return 413;
    case 'auth.locked':
      return 429;
    case 'db.busy':
    case 'db.unreachable':
      return 503;
    case 'config.invalid':
    case 'db.invalid_location':
    case 'internal':
      return 500;
  }
}
