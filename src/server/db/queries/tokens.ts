import type { Kysely } from 'kysely';
import type { ApiToken, Database } from '../schema';

export async function insertToken(db: Kysely<Database>, row: ApiToken): Promise<void> {
  await db.insertInto('api_tokens').values(row).execute();
}

export const findTokenByHash = (
  db: Kysely<Database>,
  tokenHash: string,
): Promise<ApiToken | undefined> =>
  db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();

export const findTokenById = (db: Kysely<Database>, id: string): Promise<ApiToken | undefined> =>
  db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();

export const tokensOfUser = (db: Kysely<Database>, userId: string, coalitionId: string) =>
  db
    .selectFrom('api_tokens as t')
    .leftJoin('partners as p', 'p.id', 't.partner_id')
    .select([
      't.id',
      't.name',
      't.role',
      'p.slug as partner_slug',
      't.created_at',
      't.last_used_at',
      't.revoked_at',
    ])
    .where('t.user_id', '=', userId)
    .where('t.coalition_id', '=', coalitionId)
    .orderBy('t.created_at')
    .orderBy('t.id')
    .execute();

export async function revokeToken(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function markTokenUsed(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

/** Revokes a user's tokens, in one coalition or (coalitionId null) everywhere. */
export async function revokeTokensOfUser(
  db: Kysely<Database>,
  userId: string,
  coalitionId: string | null,
  at: string,
): Promise<void> {
  let query = db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (coalitionId) query = query.where('coalition_id', '=', coalitionId);
  await query.execute();
}
