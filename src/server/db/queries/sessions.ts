import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export async function insertSession(
  db: Kysely<Database>,
  row: {
    id_hash: string;
    user_id: string;
    csrf_token: string;
    created_at: string;
    last_seen_at: string;
    expires_at: string;
  },
): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

export const findSession = (db: Kysely<Database>, idHash: string) =>
  db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();

export async function touchSession(
  db: Kysely<Database>,
  idHash: string,
  lastSeenAt: string,
  expiresAt: string,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
    .where('id_hash', '=', idHash)
    .execute();
}

export async function deleteSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteSessionsOfUser(db: Kysely<Database>, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function recordSignInFailure(
  db: Kysely<Database>,
  email: string,
  ip: string,
  at: string,
): Promise<void> {
  await db.insertInto('sign_in_failures').values({ email, ip, at }).execute();
}

/** Times of recent failures, newest first, for one email from one address and for one address overall. */
export async function recentFailures(
  db: Kysely<Database>,
  email: string,
  ip: string,
  since: string,
) {
  const [forPair, forIp] = await Promise.all([
    db
      .selectFrom('sign_in_failures')
      .select('at')
      .where('email', '=', email)
      .where('ip', '=', ip)
      .where('at', '>=', since)
      .orderBy('at', 'desc')
      .execute(),
    db
      .selectFrom('sign_in_failures')
      .select('at')
      .where('ip', '=', ip)
      .where('at', '>=', since)
      .orderBy('at', 'desc')
      .execute(),
  ]);
  return { forPair: forPair.map((r) => r.at), forIp: forIp.map((r) => r.at) };
}

export async function clearFailures(
  db: Kysely<Database>,
  email: string,
  ip: string,
): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('email', '=', email).where('ip', '=', ip).execute();
}
