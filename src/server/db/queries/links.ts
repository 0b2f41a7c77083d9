import type { Kysely } from 'kysely';
import type { Database, OneTimeLink } from '../schema';

export async function insertLink(db: Kysely<Database>, row: OneTimeLink): Promise<void> {
  await db.insertInto('one_time_links').values(row).execute();
}

export const findLinkByHash = (
  db: Kysely<Database>,
  tokenHash: string,
): Promise<OneTimeLink | undefined> =>
  db
    .selectFrom('one_time_links')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();

/** Marks a link used; returns false when someone else used it first (so it works once only). */
export async function useLink(db: Kysely<Database>, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('one_time_links')
    .set({ used_at: at })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Invitations not yet used, cancelled or expired. */
export const openInvites = (db: Kysely<Database>, coalitionId: string, now: string) =>
  db
    .selectFrom('one_time_links as l')
    .leftJoin('partners as p', 'p.id', 'l.partner_id')
    .select(['l.id', 'l.email', 'l.role', 'p.slug as partner_slug', 'l.created_at', 'l.expires_at'])
    .where('l.coalition_id', '=', coalitionId)
    .where('l.kind', '=', 'invite')
    .where('l.used_at', 'is', null)
    .where('l.expires_at', '>', now)
    .orderBy('l.created_at')
    .orderBy('l.id')
    .execute();

/** Closes every open link of a kind for an email (a new reset link replaces older ones). */
export async function closeOpenLinks(
  db: Kysely<Database>,
  kind: 'invite' | 'reset',
  email: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('one_time_links')
    .set({ used_at: at })
    .where('kind', '=', kind)
    .where('email', '=', email)
    .where('used_at', 'is', null)
    .execute();
}
