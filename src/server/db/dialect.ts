/**
 * The one seam between SQLite and PostgreSQL. Everything else in the store is written once; the
 * few places the engines differ (JSON column type and extraction, period bucketing, driver errors)
 * live here, modelled on Kysely's own dialect interface.
 */
import { sql, type RawBuilder, type Expression } from 'kysely';

export type EngineName = 'sqlite' | 'postgres';

export interface SqlDialect {
  readonly engine: EngineName;
  /** Column type for a JSON document. */
  readonly jsonType: RawBuilder<unknown>;
  /** A JSON value for insertion into a JSON column. */
  json(value: unknown): unknown;
  /** The text at `key` of a JSON column (null when absent). */
  jsonText(column: Expression<unknown> | string, key: string): RawBuilder<string | null>;
  /** The number at `key` of a JSON column (null when absent or not numeric). */
  jsonNumber(column: Expression<unknown> | string, key: string): RawBuilder<number | null>;
}

const ref = (column: Expression<unknown> | string) =>
  typeof column === 'string' ? sql.ref(column) : column;

const sqliteDialect: SqlDialect = {
  engine: 'sqlite',
  jsonType: sql`text`,
  json: (value) => JSON.stringify(value),
  jsonText: (column, key) => sql<string | null>`json_extract(${ref(column)}, ${'$.' + key})`,
  jsonNumber: (column, key) =>
    sql<number | null>`cast(json_extract(${ref(column)}, ${'$.' + key}) as real)`,
};

const postgresDialect: SqlDialect = {
  engine: 'postgres',
  jsonType: sql`jsonb`,
  json: (value) => JSON.stringify(value),
  jsonText: (column, key) => sql<string | null>`(${ref(column)} ->> ${key})`,
  jsonNumber: (column, key) =>
    sql<
      number | null
    >`(case when jsonb_typeof(${ref(column)} -> ${key}) = 'number' then (${ref(column)} ->> ${key})::double precision end)`,
};

export const dialectFor = (engine: EngineName): SqlDialect =>
  engine === 'sqlite' ? sqliteDialect : postgresDialect;

/** Reads a JSON column the same way whichever engine returned it. */
export function parseJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
