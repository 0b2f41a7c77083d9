/** Driver errors become Problems here, and only here. They never name our tables or columns. */
import { Problem } from '../../core/problem';

export function problemFromDriverError(error: unknown): Problem | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code } = error as { code?: string };
  if (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  ) {
    return new Problem('db.constraint', 'That already exists.');
  }
  if (code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new Problem('db.constraint', 'That refers to something that does not exist.');
  }
  if (code === 'SQLITE_BUSY' || code === '40001' || code === '40P01') {
    return new Problem('db.busy', 'The database is busy with another change; try again.');
  }
  if (code === 'ECONNREFUSED' || code === '57P01' || code === 'ENOTFOUND') {
    return new Problem('db.unreachable', 'The database cannot be reached.');
  }
  return null;
}
