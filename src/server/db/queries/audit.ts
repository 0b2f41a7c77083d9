import type { Insertable, Kysely } from 'kysely';
import type { AuditLogTable, Database } from '../schema';

export async function appendAudit(
  db: Kysely<Database>,
  entry: Insertable<AuditLogTable>,
): Promise<void> {
  await db.insertInto('audit_log').values(entry).execute();
}
