import type { Insertable, Kysely } from 'kysely';
import type { AuditLogTable, Database } from '../schema';

export async function appendAudit(
  db: Kysely<Database>,
  entry: Insertable<AuditLogTable>,
): Promise<void> {
  await db.insertInto('audit_log').values(entry).execute();
}

export function listAudit(
  db: Kysely<Database>,
  coalitionId: string,
  limit: number,
  before?: number,
) {
  let query = db.selectFrom('audit_log').selectAll().where('coalition_id', '=', coalitionId);
  if (before) query = query.where('id', '<', before);
  return query.orderBy('id', 'desc').limit(limit).execute();
}
