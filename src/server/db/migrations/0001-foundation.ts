/** The foundation's tables. Written once for both engines; only the JSON column type differs. */
import type { Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  const json = dialect.jsonType;

  await db.schema
    .createTable('coalitions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('fiscal_year_start_month', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('small_cell_threshold', 'integer', (c) => c.notNull().defaultTo(10))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('partners')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('coalition_id', 'text', (c) => c.notNull().references('coalitions.id'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('partners_coalition_slug', ['coalition_id', 'slug'])
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('disabled_at', 'text')
    .execute();

  await db.schema
    .createTable('memberships')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('coalition_id', 'text', (c) => c.notNull().references('coalitions.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('partner_id', 'text', (c) => c.references('partners.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('memberships_coalition_user', ['coalition_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('schema_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('coalition_id', 'text', (c) => c.notNull().references('coalitions.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('recodes', json, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addUniqueConstraint('schema_versions_coalition_number', ['coalition_id', 'number'])
    .execute();

  for (const table of ['value_sets', 'fields', 'forms', 'indicators']) {
    let builder = db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('coalition_id', 'text', (c) => c.notNull().references('coalitions.id'))
      .addColumn('schema_version_id', 'text', (c) => c.notNull().references('schema_versions.id'))
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('definition', json, (c) => c.notNull())
      .addUniqueConstraint(`${table}_version_key`, ['schema_version_id', 'key']);
    if (table === 'forms')
      builder = builder
        .addColumn('stage', 'text', (c) => c.notNull())
        .addColumn('wave', 'text', (c) => c.notNull());
    if (table === 'indicators') builder = builder.addColumn('status', 'text', (c) => c.notNull());
    await builder.execute();
  }

  await db.schema
    .createTable('stakeholders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('coalition_id', 'text', (c) => c.notNull().references('coalitions.id'))
    .addColumn('unique_id', 'text', (c) => c.notNull().unique())
    .addColumn('first_partner_id', 'text', (c) => c.references('partners.id'))
    .addColumn('attributes', json, (c) => c.notNull())
    .addColumn('merged_into_id', 'text', (c) => c.references('stakeholders.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('stakeholder_identifiers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('coalition_id', 'text', (c) => c.notNull().references('coalitions.id'))
    .addColumn('stakeholder_id', 'text', (c) => c.notNull().references('stakeholders.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('stakeholder_identifiers_value', [
      'coalition_id',
      'kind',
      'scope',
      'value',
    ])
    .execute();
  await db.schema
    .createIndex('stakeholder_identifiers_person')
    .on('stakeholder_identifiers')
    .column('stakeholder_id')
    .execute();

  await db.schema
    .createTable('personal_data')
    .addColumn('stakeholder_id', 'text', (c) => c.primaryKey().references('stakeholders.id'))
    .addColumn('coalition_id', 'text', (c) => c.notNull().references('coalitions.id'))
    .addColumn('given_name', 'text')
    .addColumn('family_name', 'text')
    .addColumn('birth_date', 'text')
    .addColumn('contacts', json, (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('import_batches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('coalition_id', 'text', (c) => c.notNull().references('coalitions.id'))
    .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
    .addColumn('form_id', 'text', (c) => c.notNull().references('forms.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_sha256', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('report', json, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('committed_at', 'text')
    .execute();

  await db.schema
    .createTable('submissions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('coalition_id', 'text', (c) => c.notNull().references('coalitions.id'))
    .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
    .addColumn('form_id', 'text', (c) => c.notNull().references('forms.id'))
    .addColumn('schema_version_id', 'text', (c) => c.notNull().references('schema_versions.id'))
    .addColumn('stakeholder_id', 'text', (c) => c.references('stakeholders.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('batch_id', 'text', (c) => c.references('import_batches.id'))
    .addColumn('source_row', 'integer')
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('collected_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('values', json, (c) => c.notNull())
    .addUniqueConstraint('submissions_fingerprint', [
      'coalition_id',
      'partner_id',
      'form_id',
      'fingerprint',
    ])
    .execute();
  await db.schema
    .createIndex('submissions_partner_time')
    .on('submissions')
    .columns(['coalition_id', 'partner_id', 'collected_at'])
    .execute();
  await db.schema
    .createIndex('submissions_person')
    .on('submissions')
    .columns(['stakeholder_id'])
    .execute();
  await db.schema
    .createIndex('submissions_batch')
    .on('submissions')
    .columns(['batch_id'])
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', dialect.engine === 'postgres' ? 'bigserial' : 'integer', (c) =>
      dialect.engine === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('coalition_id', 'text')
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('details', json, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_log_coalition_at')
    .on('audit_log')
    .columns(['coalition_id', 'at'])
    .execute();
}
