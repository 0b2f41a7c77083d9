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
