/**
 * The stakeholder registry: one person, one unique ID from first contact. Registering links
 * exactly on known identifiers (a partner's local ID, email, phone…) before it ever issues a new
 * ID, and never silently joins two people who are already distinct. Merges move identifiers and
 * submissions to the surviving person and remember exactly what moved, so an unmerge restores
 * the prior state. Unique IDs are never reused: a merged person keeps theirs, pointing onward.
 */
import { reachOf } from '../../core/access/policy';
import {
  mergeInput,
  stakeholderInput,
  type MergeView,
  type RegistrationView,
  type StakeholderInput,
  type StakeholderView,
} from '../../core/api/stakeholders';
import { normalizeEmail, normalizePhone } from '../../core/identity/identifiers';
import { checkUniqueId, issueUniqueIdWithRetry } from '../../core/identity/unique-id';
import { Problem } from '../../core/problem';
import type { z } from 'zod';
import { listPartners } from '../db/queries/coalitions';
import { parseJson } from '../db/dialect';
import * as queries from '../db/queries/stakeholders';
import type { Stakeholder } from '../db/schema';
import { assertPartnerInScope, authorize, actorUserId, type Scope } from './access';
import { recordAudit } from './audit';
import { nowIso, type Context } from './context';

interface NormalIdentifier {
  kind: string;
  scope: string;
  value: string;
}

function normaliseIdentifier(kind: string, value: string, partnerId: string): NormalIdentifier {
  switch (kind) {
    case 'email': {
      const email = normalizeEmail(value);
      if (!email)
        throw new Problem('request.invalid', `"${value}" is not an email address.`, { kind });
      return { kind, scope: '', value: email };
    }
    case 'phone': {
      const phone = normalizePhone(value);
      if (!phone)
        throw new Problem(
          'request.invalid',
          'That phone number cannot be read (give it with its area code).',
          { kind },
        );
      return { kind, scope: '', value: phone };
    }
    case 'partner_local':
      return { kind, scope: partnerId, value: value.trim() };
    default:
      return { kind, scope: '', value: value.trim() };
  }
}

async function partnerIdOf(ctx: Context, scope: Scope, slug: string): Promise<string> {
  const partner = (await listPartners(ctx.db, scope.coalitionId)).find((p) => p.slug === slug);
  if (!partner)
    throw new Problem('request.not_found', `No partner "${slug}" in this coalition.`, {
      partner: slug,
    });
  assertPartnerInScope(scope, partner.id);
  return partner.id;
}

/** Follows merges to the person a record now belongs to. */
async function survivorOf(ctx: Context, id: string): Promise<Stakeholder> {
  let person = await queries.findById(ctx.db, id);
  for (let hops = 0; person?.merged_into_id && hops < 100; hops++)
    person = await queries.findById(ctx.db, person.merged_into_id);
  if (!person) throw new Problem('internal', 'A merge points to a person who does not exist.');
  return person;
}

/** Registers a person at first contact, or links to the person the identifiers already name. */
export async function registerStakeholder(
  ctx: Context,
  coalitionSlug: string,
  input: StakeholderInput,
): Promise<RegistrationView> {
  const scope = await authorize(ctx, coalitionSlug, 'records.write');
  const data = stakeholderInput.parse(input);
  const partnerId = await partnerIdOf(ctx, scope, data.partner);
  // The same identifier typed twice ('A@x.org', 'a@x.org') is one identifier.
  const identifiers = [
    ...new Map(
      data.identifiers
        .map((i) => normaliseIdentifier(i.kind, i.value, partnerId))
        .map((i) => [`${i.kind}|${i.scope}|${i.value}`, i]),
    ).values(),
  ];

  const known = await queries.stakeholdersByIdentifiers(ctx.db, scope.coalitionId, identifiers);
  const people = new Map<string, { person: Stakeholder; kind: string }>();
  for (const match of known) {
    const person = await survivorOf(ctx, match.stakeholder_id);
    if (!people.has(person.id)) people.set(person.id, { person, kind: match.kind });
  }
  if (people.size > 1) {
    throw new Problem(
      'request.conflict',
      'These identifiers belong to different people already: review them as a possible duplicate before linking.',
      {
        uniqueIds: [...people.values()].map((p) => p.person.unique_id).sort(),
      },
    );
  }
  const existing = [...people.values()][0];
  const person =
    existing?.person ?? (await createStakeholder(ctx, scope, partnerId, data.attributes));
  // Identifiers new to this person are recorded; known ones already point here (at most one person matched).
  const already = new Set(
    (await queries.identifiersOf(ctx.db, person.id)).map((i) => `${i.kind}|${i.scope}|${i.value}`),
  );
  await queries.insertIdentifiers(
    ctx.db,
    identifiers
      .filter((i) => !already.has(`${i.kind}|${i.scope}|${i.value}`))
      .map((i) => ({
        id: ctx.newId(),
        coalition_id: scope.coalitionId,
        stakeholder_id: person.id,
        kind: i.kind,
        scope: i.scope,
        value: i.value,
        created_at: nowIso(ctx),
      })),
  );
  if (data.personal && !existing) {
    await queries.upsertPersonalData(ctx.db, {
      stakeholder_id: person.id,
      coalition_id: scope.coalitionId,
      given_name: data.personal.givenName ?? null,
      family_name: data.personal.familyName ?? null,
      birth_date: data.personal.birthDate ?? null,
      contacts: ctx.dialect.json({}) as string,
      updated_at: nowIso(ctx),
    });
  }
  await recordAudit(ctx, {
    coalitionId: scope.coalitionId,
    action: existing ? 'link' : 'create',
    entity: 'stakeholder',
    entityId: person.id,
    details: { identifiers: identifiers.length, linkedBy: existing?.kind ?? null },
  });
  return { uniqueId: person.unique_id, created: !existing, linkedBy: existing?.kind ?? null };
}

async function createStakeholder(
  ctx: Context,
  scope: Scope,
  partnerId: string,
  attributes: Record<string, unknown>,
): Promise<Stakeholder> {
  // The UNIQUE constraint is the guarantee; the check only makes a collision's retry cheap.
  const uniqueId = await issueUniqueIdWithRetry(
    ctx.random,
    (id) => queries.uniqueIdTaken(ctx.db, id),
    8,
  );
  const row: Stakeholder = {
    id: ctx.newId(),
    coalition_id: scope.coalitionId,
    unique_id: uniqueId,
    first_partner_id: partnerId,
    attributes: ctx.dialect.json(attributes) as string,
    merged_into_id: null,
    created_at: nowIso(ctx),
  };
  await queries.insertStakeholder(ctx.db, row);
  return row;
}

async function findPerson(ctx: Context, scope: Scope, uniqueIdText: string): Promise<Stakeholder> {
  const check = checkUniqueId(uniqueIdText);
  if (!check.valid)
    throw new Problem(
      'request.invalid',
      `"${uniqueIdText}" is not a valid unique ID: ${check.reason}.`,
    );
  const person = await queries.findByUniqueId(ctx.db, scope.coalitionId, check.id);
  // A partner learns nothing about people it has never worked with: not even that they exist.
  if (
    !person ||
    (scope.partnerId && !(await queries.partnerKnows(ctx.db, person.id, scope.partnerId)))
  ) {
    throw new Problem('request.not_found', `No person with the unique ID ${check.id}.`);
  }
  return person;
}

/** A person's record; names and birth date only for roles allowed to see them, and every such read is audited. */
export async function getStakeholder(
  ctx: Context,
  coalitionSlug: string,
  uniqueId: string,
): Promise<StakeholderView> {
  const scope = await authorize(ctx, coalitionSlug, 'records.read');
  const person = await findPerson(ctx, scope, uniqueId);
  const identifiers = (await queries.identifiersOf(ctx.db, person.id)).filter(
    (i) => !scope.partnerId || i.scope === '' || i.scope === scope.partnerId,
  );
  const mayReadPersonal = scope.role === 'system' || reachOf(scope.role, 'personal.read') !== null;
  const personal = mayReadPersonal ? await queries.personalDataOf(ctx.db, person.id) : undefined;
  if (personal)
    await recordAudit(ctx, {
      coalitionId: scope.coalitionId,
      action: 'read_personal',
      entity: 'stakeholder',
      entityId: person.id,
    });
  const survivor = person.merged_into_id ? await survivorOf(ctx, person.id) : null;
  return {
    uniqueId: person.unique_id,
    createdAt: person.created_at,
    mergedInto: survivor?.unique_id ?? null,
    attributes: parseJson<Record<string, unknown>>(person.attributes),
    identifiers: identifiers.map((i) => ({
      kind: i.kind,
      partner: i.partner_slug,
      value: i.value,
    })),
    personal: personal
      ? {
          givenName: personal.given_name,
          familyName: personal.family_name,
          birthDate: personal.birth_date,
        }
      : null,
  };
}

const mergeOut = (
  merge: { id: string; merged_at: string; undone_at: string | null },
  survivor: string,
  merged: string,
): MergeView => ({
  id: merge.id,
  survivor,
  merged,
  mergedAt: merge.merged_at,
  undoneAt: merge.undone_at,
});

/** Decides two records are one person: the merged one's identifiers and submissions move to the survivor. */
export async function mergeStakeholders(
  ctx: Context,
  coalitionSlug: string,
  input: z.input<typeof mergeInput>,
): Promise<MergeView> {
  const scope = await authorize(ctx, coalitionSlug, 'linkage.review');
  const data = mergeInput.parse(input);
  const survivor = await findPerson(ctx, scope, data.survivor);
  const merged = await findPerson(ctx, scope, data.merged);
  if (survivor.id === merged.id)
    throw new Problem('request.invalid', 'A person cannot be merged with themselves.');
  if (survivor.merged_into_id || merged.merged_into_id)
    throw new Problem(
      'request.conflict',
      'One of these people has already been merged into another; merge into the surviving record.',
    );
  const identifierIds = (await queries.identifiersOf(ctx.db, merged.id)).map((i) => i.id).sort();
  const submissionIds = (await queries.submissionIdsOf(ctx.db, merged.id)).map((s) => s.id);
  await queries.moveRows(ctx.db, 'stakeholder_identifiers', identifierIds, survivor.id);
  await queries.moveRows(ctx.db, 'submissions', submissionIds, survivor.id);
  await queries.setMergedInto(ctx.db, merged.id, survivor.id);
  const merge = {
    id: ctx.newId(),
    coalition_id: scope.coalitionId,
    survivor_id: survivor.id,
    merged_id: merged.id,
    moved: ctx.dialect.json({ identifiers: identifierIds, submissions: submissionIds }) as string,
    decided_by: actorUserId(ctx),
    merged_at: nowIso(ctx),
    undone_at: null,
  };
  await queries.insertMerge(ctx.db, merge);
  await recordAudit(ctx, {
    coalitionId: scope.coalitionId,
    action: 'merge',
    entity: 'stakeholder',
    entityId: survivor.id,
    details: { merged: merged.id, submissions: submissionIds.length },
  });
  return mergeOut(merge, survivor.unique_id, merged.unique_id);
}

/** Undoes a merge: both people again, each with exactly their own identifiers and submissions. */
export async function unmergeStakeholders(
  ctx: Context,
  coalitionSlug: string,
  mergeId: string,
): Promise<MergeView> {
  const scope = await authorize(ctx, coalitionSlug, 'linkage.review');
  const merge = await queries.findMerge(ctx.db, scope.coalitionId, mergeId);
  if (!merge) throw new Problem('request.not_found', 'No such merge.');
  if (merge.undone_at) throw new Problem('request.conflict', 'This merge has already been undone.');
  const survivor = (await queries.findById(ctx.db, merge.survivor_id))!;
  const merged = (await queries.findById(ctx.db, merge.merged_id))!;
  if (survivor.merged_into_id)
    throw new Problem(
      'request.conflict',
      'The surviving record was merged again since: undo that later merge first.',
    );
  const moved = parseJson<{ identifiers: string[]; submissions: string[] }>(merge.moved);
  await queries.moveRows(ctx.db, 'stakeholder_identifiers', moved.identifiers, merged.id);
  await queries.moveRows(ctx.db, 'submissions', moved.submissions, merged.id);
  await queries.setMergedInto(ctx.db, merged.id, null);
  await queries.markMergeUndone(ctx.db, merge.id, nowIso(ctx));
  await recordAudit(ctx, {
    coalitionId: scope.coalitionId,
    action: 'unmerge',
    entity: 'stakeholder',
    entityId: survivor.id,
    details: { merged: merged.id },
  });
  return mergeOut({ ...merge, undone_at: nowIso(ctx) }, survivor.unique_id, merged.unique_id);
}
