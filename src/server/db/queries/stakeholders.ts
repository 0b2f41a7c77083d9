import type { Kysely } from 'kysely';
import type { Database, Stakeholder, StakeholderMerge } from '../schema';

export const findByUniqueId = (
  db: Kysely<Database>,
  coalitionId: string,
  uniqueId: string,
): Promise<Stakeholder | undefined> =>
  db
    .selectFrom('stakeholders')
    .selectAll()
    .where('coalition_id', '=', coalitionId)
    .where('unique_id', '=', uniqueId)
    .executeTakeFirst();

export const findById = (db: Kysely<Database>, id: string): Promise<Stakeholder | undefined> =>
  db.selectFrom('stakeholders').selectAll().where('id', '=', id).executeTakeFirst();

export async function uniqueIdTaken(db: Kysely<Database>, uniqueId: string): Promise<boolean> {
  return Boolean(
    await db
      .selectFrom('stakeholders')
      .select('id')
      .where('unique_id', '=', uniqueId)
      .executeTakeFirst(),
  );
}

/** The people already known by any of these (kind, scope, value) identifiers. */
export async function stakeholdersByIdentifiers(
  db: Kysely<Database>,
  coalitionId: string,
  identifiers: { kind: string; scope: string; value: string }[],
) {
  if (identifiers.length === 0) return [];
  return db
    .selectFrom('stakeholder_identifiers')
    .select(['stakeholder_id', 'kind'])
    .where('coalition_id', '=', coalitionId)
    .where((eb) =>
      eb.or(
        identifiers.map((i) =>
          eb.and([eb('kind', '=', i.kind), eb('scope', '=', i.scope), eb('value', '=', i.value)]),
        ),
      ),
    )
    .execute();
}

export async function insertStakeholder(db: Kysely<Database>, row: Stakeholder): Promise<void> {
  await db.insertInto('stakeholders').values(row).execute();
}

export async function insertIdentifiers(
  db: Kysely<Database>,
  rows: Database['stakeholder_identifiers'][],
): Promise<void> {
  if (rows.length > 0) await db.insertInto('stakeholder_identifiers').values(rows).execute();
}

export const identifiersOf = (db: Kysely<Database>, stakeholderId: string) =>
  db
    .selectFrom('stakeholder_identifiers as i')
    .leftJoin('partners as p', 'p.id', 'i.scope')
    .select(['i.id', 'i.kind', 'i.scope', 'p.slug as partner_slug', 'i.value'])
    .where('i.stakeholder_id', '=', stakeholderId)
    .orderBy('i.kind')
    .orderBy('i.value')
    .execute();

export const personalDataOf = (db: Kysely<Database>, stakeholderId: string) =>
  db
    .selectFrom('personal_data')
    .selectAll()
    .where('stakeholder_id', '=', stakeholderId)
    .executeTakeFirst();

export async function upsertPersonalData(
  db: Kysely<Database>,
  row: Database['personal_data'],
): Promise<void> {
  await db
    .insertInto('personal_data')
    .values(row)
    .onConflict((oc) =>
      oc.column('stakeholder_id').doUpdateSet({
        given_name: row.given_name,
        family_name: row.family_name,
        birth_date: row.birth_date,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

/** Whether a partner has ever touched this person: an identifier it issued, or a submission it sent. */
export async function partnerKnows(
  db: Kysely<Database>,
  stakeholderId: string,
  partnerId: string,
): Promise<boolean> {
  const viaIdentifier = await db
    .selectFrom('stakeholder_identifiers')
    .select('id')
    .where('stakeholder_id', '=', stakeholderId)
    .where('scope', '=', partnerId)
    .executeTakeFirst();
  if (viaIdentifier) return true;
  const viaFirst = await db
    .selectFrom('stakeholders')
    .select('id')
    .where('id', '=', stakeholderId)
    .where('first_partner_id', '=', partnerId)
    .executeTakeFirst();
  if (viaFirst) return true;
  const viaSubmission = await db
    .selectFrom('submissions')
    .select('id')
    .where('stakeholder_id', '=', stakeholderId)
    .where('partner_id', '=', partnerId)
    .executeTakeFirst();
  return Boolean(viaSubmission);
}

export const submissionIdsOf = (db: Kysely<Database>, stakeholderId: string) =>
  db
    .selectFrom('submissions')
    .select('id')
    .where('stakeholder_id', '=', stakeholderId)
    .orderBy('id')
    .execute();

export async function moveRows(
  db: Kysely<Database>,
  table: 'stakeholder_identifiers' | 'submissions',
  ids: string[],
  stakeholderId: string,
): Promise<void> {
  if (ids.length > 0)
    await db
      .updateTable(table)
      .set({ stakeholder_id: stakeholderId })
      .where('id', 'in', ids)
      .execute();
}

export async function setMergedInto(
  db: Kysely<Database>,
  stakeholderId: string,
  survivorId: string | null,
): Promise<void> {
  await db
    .updateTable('stakeholders')
    .set({ merged_into_id: survivorId })
    .where('id', '=', stakeholderId)
    .execute();
}

export async function insertMerge(db: Kysely<Database>, row: StakeholderMerge): Promise<void> {
  await db.insertInto('stakeholder_merges').values(row).execute();
}

export const findMerge = (
  db: Kysely<Database>,
  coalitionId: string,
  id: string,
): Promise<StakeholderMerge | undefined> =>
  db
    .selectFrom('stakeholder_merges')
    .selectAll()
    .where('coalition_id', '=', coalitionId)
    .where('id', '=', id)
    .executeTakeFirst();

export async function markMergeUndone(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('stakeholder_merges').set({ undone_at: at }).where('id', '=', id).execute();
}
