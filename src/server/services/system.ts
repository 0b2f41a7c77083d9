/** Opening the store, migrating it and reporting its health: what init, migrate, serve and health share. */
import type { HealthView } from '../../core/api/health';
import { ZodError } from 'zod';
import { Problem } from '../../core/problem';
import { openStore, type Store } from '../db/connect';
import { problemFromDriverError } from '../db/errors';
import { migrateToLatest, pendingMigrations } from '../db/migrate';
import type { Context } from './context';

export const softwareVersion = '0.1.0';

export { openStore, type Store };

/** Opens the store and brings its tables up to date. */
export async function openAndMigrate(
  location: string,
): Promise<{ store: Store; applied: string[] }> {
  const store = await openStore({ location });
  try {
    const { applied } = await migrateToLatest(store);
    return { store, applied };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** Opens an existing, current store (serve and every data command): a fresh or stale one is an error. */
export async function openExisting(location: string): Promise<Store> {
  const store = await openStore({ location, mustExist: true });
  const pending = await pendingMigrations(store);
  if (pending.length > 0) {
    await store.close();
    throw new Problem(
      'db.invalid_location',
      `The database at ${store.description} needs migrating (${pending.length} pending): run "mosaic migrate".`,
    );
  }
  return store;
}

export async function health(ctx: Context, store: Store): Promise<HealthView> {
  const pending = await pendingMigrations(store);
  return {
    status: 'ok',
    version: softwareVersion,
    engine: store.dialect.engine,
    migrationsPending: pending.length,
  };
}

/** Any error as a Problem: ours pass through, driver errors are translated, the rest are internal. */
export function asProblem(error: unknown): Problem {
  if (error instanceof Problem) return error;
  if (error instanceof ZodError) {
    const issues = error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    }));
    const first = issues[0];
    const where = first?.path ? `${first.path}: ` : '';
    return new Problem('request.invalid', first ? `${where}${first.message}` : 'Invalid input.', {
      issues,
    });
  }
  return (
    problemFromDriverError(error) ?? new Problem('internal', 'Something went wrong on our side.')
  );
}
