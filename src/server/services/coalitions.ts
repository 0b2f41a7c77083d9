import {
  coalitionInput,
  partnerInput,
  type CoalitionInput,
  type CoalitionView,
  type PartnerInput,
  type PartnerView,
} from '../../core/api/coalitions';
import { Problem } from '../../core/problem';
import * as queries from '../db/queries/coalitions';
import { membershipsOfUser } from '../db/queries/users';
import type { Coalition, Partner } from '../db/schema';
import { authorize } from './access';
import { recordAudit } from './audit';
import { nowIso, type Context } from './context';

const coalitionOut = (row: Coalition): CoalitionView => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  fiscalYearStartMonth: row.fiscal_year_start_month,
  smallCellThreshold: row.small_cell_threshold,
  createdAt: row.created_at,
});

const partnerOut = (row: Partner): PartnerView => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  kind: row.kind,
  createdAt: row.created_at,
});

/** Coalitions are made by `mosaic init` (the system actor), never over the API. */
export async function createCoalition(ctx: Context, input: CoalitionInput): Promise<CoalitionView> {
  if (ctx.actor.kind !== 'system')
    throw new Problem('auth.forbidden', 'Coalitions are created with "mosaic init".');
  const data = coalitionInput.parse(input);
  if (await queries.findCoalitionBySlug(ctx.db, data.slug)) {
    throw new Problem(
      'request.conflict',
      `A coalition with the slug "${data.slug}" already exists.`,
      { slug: data.slug },
    );
  }
  const row: Coalition = {
    id: ctx.newId(),
    slug: data.slug,
    name: data.name,
    fiscal_year_start_month: data.fiscalYearStartMonth,
    small_cell_threshold: data.smallCellThreshold,
    created_at: nowIso(ctx),
  };
  await queries.insertCoalition(ctx.db, row);
  await recordAudit(ctx, {
    coalitionId: row.id,
    action: 'create',
    entity: 'coalition',
    entityId: row.id,
  });
  return coalitionOut(row);
}

/** The coalitions the actor belongs to (all of them for the system; one for an API token). */
export async function listCoalitions(ctx: Context): Promise<CoalitionView[]> {
  const { actor } = ctx;
  if (actor.kind === 'anonymous') throw new Problem('auth.required', 'Sign in first.');
  const all = await queries.listCoalitions(ctx.db);
  if (actor.kind === 'system') return all.map(coalitionOut);
  const mine = new Set(
    (await membershipsOfUser(ctx.db, actor.userId)).map((m) => m.coalition_slug),
  );
  return all
    .filter((c) => mine.has(c.slug) && (!actor.token || actor.token.coalitionId === c.id))
    .map(coalitionOut);
}

export async function getCoalition(ctx: Context, slug: string): Promise<CoalitionView> {
  await authorize(ctx, slug, 'coalition.read');
  const row = await queries.findCoalitionBySlug(ctx.db, slug);
  if (!row) throw new Problem('request.not_found', `No coalition "${slug}".`, { slug });
  return coalitionOut(row);
}

export async function addPartner(
  ctx: Context,
  coalitionSlug: string,
  input: PartnerInput,
): Promise<PartnerView> {
  const scope = await authorize(ctx, coalitionSlug, 'partners.manage');
  const data = partnerInput.parse(input);
  const existing = await queries.listPartners(ctx.db, scope.coalitionId);
  if (existing.some((p) => p.slug === data.slug)) {
    throw new Problem(
      'request.conflict',
      `Partner "${data.slug}" already exists in ${coalitionSlug}.`,
      { slug: data.slug },
    );
  }
  const row: Partner = {
    id: ctx.newId(),
    coalition_id: scope.coalitionId,
    slug: data.slug,
    name: data.name,
    kind: data.kind,
    created_at: nowIso(ctx),
  };
  await queries.insertPartner(ctx.db, row);
  await recordAudit(ctx, {
    coalitionId: scope.coalitionId,
    action: 'create',
    entity: 'partner',
    entityId: row.id,
  });
  return partnerOut(row);
}

export async function listPartners(ctx: Context, coalitionSlug: string): Promise<PartnerView[]> {
  const scope = await authorize(ctx, coalitionSlug, 'partners.read');
  return (await queries.listPartners(ctx.db, scope.coalitionId)).map(partnerOut);
}
