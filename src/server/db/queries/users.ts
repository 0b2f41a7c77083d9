import type { Kysely } from 'kysely';
import type { Database, Membership, User } from '../schema';

export const findUserByEmail = (db: Kysely<Database>, email: string): Promise<User | undefined> =>
  db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();

export const findUserById = (db: Kysely<Database>, id: string): Promise<User | undefined> =>
  db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertUser(db: Kysely<Database>, row: User): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export async function setPasswordHash(
  db: Kysely<Database>,
  userId: string,
  passwordHash: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash })
    .where('id', '=', userId)
    .execute();
}

export const findMembership = (
  db: Kysely<Database>,
  coalitionId: string,
  userId: string,
): Promise<Membership | undefined> =>
  db
    .selectFrom('memberships')
    .selectAll()
    .where('coalition_id', '=', coalitionId)
    .where('user_id', '=', userId)
    .executeTakeFirst();

export async function insertMembership(db: Kysely<Database>, row: Membership): Promise<void> {
  await db.insertInto('memberships').values(row).execute();
}

export async function updateMembership(
  db: Kysely<Database>,
  id: string,
  role: string,
  partnerId: string | null,
): Promise<void> {
  await db
    .updateTable('memberships')
    .set({ role, partner_id: partnerId })
    .where('id', '=', id)
    .execute();
}

export async function deleteMembership(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('memberships').where('id', '=', id).execute();
}

/** A user's memberships with the coalition's and partner's names, for the session view. */
export const membershipsOfUser = (db: Kysely<Database>, userId: string) =>
  db
    .selectFrom('memberships as m')
    .innerJoin('coalitions as c', 'c.id', 'm.coalition_id')
    .leftJoin('partners as p', 'p.id', 'm.partner_id')
    .select([
      'm.coalition_id',
      'c.slug as coalition_slug',
      'c.name as coalition_name',
      'm.role',
      'p.slug as partner_slug',
      'p.name as partner_name',
    ])
    .where('m.user_id', '=', userId)
    .orderBy('c.slug')
    .execute();

/** Members of a coalition, optionally only one partner's. */
export function membersOfCoalition(
  db: Kysely<Database>,
  coalitionId: string,
  partnerId: string | null,
) {
  let query = db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .leftJoin('partners as p', 'p.id', 'm.partner_id')
    .select([
      'u.id as user_id',
      'u.email',
      'u.display_name',
      'm.role',
      'p.slug as partner_slug',
      'p.name as partner_name',
      'm.created_at',
    ])
    .where('m.coalition_id', '=', coalitionId);
  if (partnerId) query = query.where('m.partner_id', '=', partnerId);
  return query.orderBy('u.email').execute();
}

export async function countAdmins(db: Kysely<Database>, coalitionId: string): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('coalition_id', '=', coalitionId)
    .where('role', '=', 'backbone_admin')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export const coalitionsOfUser = (db: Kysely<Database>, userId: string) =>
  db.selectFrom('memberships').select('coalition_id').where('user_id', '=', userId).execute();
