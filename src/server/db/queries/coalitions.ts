import type { Kysely } from 'kysely';
import type { Coalition, Database, NewCoalition, Partner } from '../schema';

export async function insertCoalition(db: Kysely<Database>, row: NewCoalition): Promise<void> {
  await db.insertInto('coalitions').values(row).execute();
}

export function listCoalitions(db: Kysely<Database>): Promise<Coalition[]> {
  return db.selectFrom('coalitions').selectAll().orderBy('slug').execute();
}

export function findCoalitionBySlug(
  db: Kysely<Database>,
  slug: string,
): Promise<Coalition | undefined> {
  return db.selectFrom('coalitions').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function insertPartner(db: Kysely<Database>, row: Partner): Promise<void> {
  await db.insertInto('partners').values(row).execute();
}

export function listPartners(db: Kysely<Database>, coalitionId: string): Promise<Partner[]> {
  return db
    .selectFrom('partners')
    .selectAll()
    .where('coalition_id', '=', coalitionId)
    .orderBy('slug')
    .execute();
}
