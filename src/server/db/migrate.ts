/** Applies migrations in order, the same list on both engines. */
import { Migrator, type Migration } from 'kysely';
import { Problem } from '../../core/problem';
import type { Store } from './connect';
import * as foundation from './migrations/0001-foundation';
import * as access from './migrations/0002-access';
import * as identity from './migrations/0003-identity';

type Step = { up: typeof foundation.up };
const steps: Record<string, Step> = {
  '0001-foundation': foundation,
  '0002-access': access,
  '0003-identity': identity,
};

/** Every migration, in the order they apply. */
export const migrationNames = Object.keys(steps).sort();

const migratorFor = (store: Store) =>
  new Migrator({
    db: store.db,
    provider: {
      getMigrations: () =>
        Promise.resolve(
          Object.fromEntries(
            Object.entries(steps).map(([name, step]): [string, Migration] => [
              name,
              { up: (db) => step.up(db, store.dialect) },
            ]),
          ),
        ),
    },
    migrationTableName: 'mosaic_migrations',
    migrationLockTableName: 'mosaic_migration_lock',
  });

export async function migrateToLatest(store: Store): Promise<{ applied: string[] }> {
  const { error, results } = await migratorFor(store).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Problem('internal', `Migration ${failed} failed: ${(error as Error).message}`);
  }
  return {
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
  };
}

/** The migrations not yet applied to this database (empty when it is current). */
export async function pendingMigrations(store: Store): Promise<string[]> {
  const all = await migratorFor(store).getMigrations();
  return all.filter((m) => !m.executedAt).map((m) => m.name);
}
