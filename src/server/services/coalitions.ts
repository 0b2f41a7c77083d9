import {
  coalitionInput,
  partnerInput,
  type CoalitionInput,
  type CoalitionView,
  type PartnerInput,
  type PartnerView,
} from '../../core/api/coalitions';
import { Problem } from '../../core/problem';
import type { Coalition, Partner } from '../db/schema';
import * as queries from '../db/queries/coalitions';
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

export async function createCoalition(ctx: Context, input: CoalitionInput): Promise<CoalitionView> {
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

export async function listCoalitions(ctx: Context): Promise<CoalitionView[]> {
  return (await queries.listCoalitions(ctx.db)).map(coalitionOut);
}

export async function getCoalition(ctx: Context, slug: string): Promise<CoalitionView> {
  const row = await queries.findCoalitionBySlug(ctx.db, slug);
  if (!row) throw new Problem('request.not_found', `No coalition "${slug}".`, { slug });
  return coalitionOut(row);
}

export async function addPartner(
  ctx: Context,
  coalitionSlug: string,
  input: PartnerInput,
): Promise<PartnerView> {
  const coalition = await getCoalition(ctx, coalitionSlug);
  const data = partnerInput.parse(input);
  const existing = await queries.listPartners(ctx.db, coalition.id);
  if (existing.some((p) => p.slug === data.slug)) {
    throw new Problem(
      'request.conflict',
      `Partner "${data.slug}" already exists in ${coalition.slug}.`,
      { slug: data.slug },
    );
  }
  const row: Partner = {
    id: ctx.newId(),
    coalition_id: coalition.id,
    slug: data.slug,
    name: data.name,
    kind: data.kind,
    created_at: nowIso(ctx),
  };
  await queries.insertPartner(ctx.db, row);
  await recordAudit(ctx, {
    coalitionId: coalition.id,
    action: 'create',
    entity: 'partner',
    entityId: row.id,
  });
  return partnerOut(row);
}

export async function listPartners(ctx: Context, coalitionSlug: string): Promise<PartnerView[]> {
  const coalition = await getCoalition(ctx, coalitionSlug);
  return (await queries.listPartners(ctx.db, coalition.id)).map(partnerOut);
}
