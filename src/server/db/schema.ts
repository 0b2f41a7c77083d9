/**
 * Kysely table types: the one description of our tables that queries are checked against.
 * Times are ISO-8601 UTC text on both engines (so bucketing by month/quarter is the same substring
 * arithmetic everywhere and both engines return identical JSON); JSON columns are text on SQLite
 * and jsonb on PostgreSQL, read back through `parseJson`. Every table that holds a coalition's data
 * carries `coalition_id`, the distribution key if Mosaic moves to a distributed PostgreSQL (Citus).
 */
import type { Generated, Insertable, Selectable } from 'kysely';

/** A JSON column: text on SQLite, jsonb (already parsed) on PostgreSQL. */
export type JsonColumn = string | Record<string, unknown> | unknown[];

export interface CoalitionsTable {
  id: string;
  slug: string;
  name: string;
  fiscal_year_start_month: number;
  small_cell_threshold: number;
  created_at: string;
}

export interface PartnersTable {
  id: string;
  coalition_id: string;
  slug: string;
  name: string;
  kind: 'backbone' | 'partner';
  created_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  created_at: string;
  disabled_at: string | null;
}

export interface MembershipsTable {
  id: string;
  coalition_id: string;
  user_id: string;
  role: string;
  partner_id: string | null;
  created_at: string;
}

export interface SchemaVersionsTable {
  id: string;
  coalition_id: string;
  number: number;
  status: 'draft' | 'published';
  note: string;
  recodes: JsonColumn;
  created_at: string;
  published_at: string | null;
}

/** Value sets, fields, forms and indicators: one row per item per schema version. */
export interface SchemaItemTable {
  id: string;
  coalition_id: string;
  schema_version_id: string;
  key: string;
  definition: JsonColumn;
}

export interface StakeholdersTable {
  id: string;
  coalition_id: string;
  unique_id: string;
  first_partner_id: string | null;
  attributes: JsonColumn;
  merged_into_id: string | null;
  created_at: string;
}

export interface StakeholderIdentifiersTable {
  id: string;
  coalition_id: string;
  stakeholder_id: string;
  kind: string;
  /** The issuing partner's id for partner-local identifiers; '' for coalition-wide ones (email, phone). */
  scope: string;
  value: string;
  created_at: string;
}

/** Names, birth dates and contacts: apart from analytic data, read only by roles allowed to. */
export interface PersonalDataTable {
  stakeholder_id: string;
  coalition_id: string;
  given_name: string | null;
  family_name: string | null;
  birth_date: string | null;
  contacts: JsonColumn;
  updated_at: string;
}

export interface ImportBatchesTable {
  id: string;
  coalition_id: string;
  partner_id: string;
  form_id: string;
  file_name: string;
  file_sha256: string;
  status: 'dry_run' | 'committed' | 'undone' | 'failed';
  row_count: number;
  report: JsonColumn;
  created_by: string | null;
  created_at: string;
  committed_at: string | null;
}

export interface SubmissionsTable {
  id: string;
  coalition_id: string;
  partner_id: string;
  form_id: string;
  schema_version_id: string;
  stakeholder_id: string | null;
  source: 'web' | 'api' | 'import';
  batch_id: string | null;
  source_row: number | null;
  /** Hash of the submission's content; re-importing the same row finds it and changes nothing. */
  fingerprint: string;
  collected_at: string;
  received_at: string;
  values: JsonColumn;
}

export interface AuditLogTable {
  id: Generated<number>;
  coalition_id: string | null;
  actor_user_id: string | null;
  actor_label: string;
  action: string;
  entity: string;
  entity_id: string | null;
  at: string;
  ip: string | null;
  details: JsonColumn;
}

export interface SessionsTable {
  /** sha256 of the cookie's token: a stolen database cannot sign anyone in. */
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface OneTimeLinksTable {
  id: string;
  token_hash: string;
  kind: 'invite' | 'reset';
  coalition_id: string;
  email: string;
  role: string | null;
  partner_id: string | null;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  coalition_id: string;
  name: string;
  token_hash: string;
  role: string;
  partner_id: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface SignInFailuresTable {
  id: Generated<number>;
  email: string;
  ip: string;
  at: string;
}

export interface StakeholderMergesTable {
  id: string;
  coalition_id: string;
  survivor_id: string;
  merged_id: string;
  /** The identifier and submission ids moved to the survivor: what an unmerge moves back. */
  moved: JsonColumn;
  decided_by: string | null;
  merged_at: string;
  undone_at: string | null;
}

export interface Database {
  coalitions: CoalitionsTable;
  partners: PartnersTable;
  users: UsersTable;
  memberships: MembershipsTable;
  schema_versions: SchemaVersionsTable;
  value_sets: SchemaItemTable;
  fields: SchemaItemTable;
  forms: SchemaItemTable & { stage: string; wave: string };
  indicators: SchemaItemTable & { status: 'draft' | 'locked' };
  stakeholders: StakeholdersTable;
  stakeholder_identifiers: StakeholderIdentifiersTable;
  personal_data: PersonalDataTable;
  import_batches: ImportBatchesTable;
  submissions: SubmissionsTable;
  audit_log: AuditLogTable;
  sessions: SessionsTable;
  one_time_links: OneTimeLinksTable;
  api_tokens: ApiTokensTable;
  sign_in_failures: SignInFailuresTable;
  stakeholder_merges: StakeholderMergesTable;
}

export type Coalition = Selectable<CoalitionsTable>;
export type NewCoalition = Insertable<CoalitionsTable>;
export type Partner = Selectable<PartnersTable>;
export type Submission = Selectable<SubmissionsTable>;
export type User = Selectable<UsersTable>;
export type Stakeholder = Selectable<StakeholdersTable>;
export type StakeholderMerge = Selectable<StakeholderMergesTable>;
export type Membership = Selectable<MembershipsTable>;
export type ApiToken = Selectable<ApiTokensTable>;
export type OneTimeLink = Selectable<OneTimeLinksTable>;
