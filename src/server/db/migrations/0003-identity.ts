/** Merges of two stakeholders, with what moved, so that each can be undone exactly. */
import type { Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  await db.schema
    .createTable('stakeholder_merges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('coalition_id', 'text', (c) => c.notNull().references('coalitions.id'))
    .addColumn('survivor_id', 'text', (c) => c.notNull().references('stakeholders.id'))
    .addColumn('merged_id', 'text', (c) => c.notNull().references('stakeholders.id'))
    .addColumn('moved', dialect.jsonType, (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('merged_at', 'text', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .execute();
  await db.schema
    .createIndex('stakeholder_identifiers_scope')
    .on('stakeholder_identifiers')
    .columns(['coalition_id', 'scope'])
    .execute();
}
