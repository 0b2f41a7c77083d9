/**
 * The append-only audit trail: every write, import, export, merge and personal-data read calls
 * `recordAudit` inside the same transaction as the change. Details must never hold personal data:
 * ids and counts, not names or values.
 */
import type { AuditEntryView } from '../../core/api/access';
import { parseJson } from '../db/dialect';
import { appendAudit, listAudit } from '../db/queries/audit';
import { authorize } from './access';
import { nowIso, type Context } from './context';

export interface AuditEntry {
  coalitionId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  details?: Record<string, string | number | boolean | null>;
}

export async function recordAudit(ctx: Context, entry: AuditEntry): Promise<void> {
  const { actor } = ctx;
  await appendAudit(ctx.db, {
    coalition_id: entry.coalitionId,
    actor_user_id: actor.kind === 'user' ? actor.userId : null,
    actor_label:
      actor.kind === 'anonymous'
        ? 'anonymous'
        : actor.kind === 'user' && actor.token
          ? `${actor.label} (API token)`
          : actor.label,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    at: nowIso(ctx),
    ip: actor.kind === 'system' ? null : actor.ip,
    details: ctx.dialect.json(entry.details ?? {}) as string,
  });
}

/** The coalition's audit trail, newest first, for backbone admins. Reading it is itself recorded. */
export async function listAuditTrail(
  ctx: Context,
  coalitionSlug: string,
  options: { limit: number; before?: number },
): Promise<AuditEntryView[]> {
  const scope = await authorize(ctx, coalitionSlug, 'audit.read');
  const rows = await listAudit(ctx.db, scope.coalitionId, options.limit, options.before);
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actor: row.actor_label,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    ip: row.ip,
    details: parseJson<Record<string, unknown>>(row.details),
  }));
}

/** The whole trail as CSV (cells that a spreadsheet would run as formulas are neutralised). */
export async function exportAuditTrail(ctx: Context, coalitionSlug: string): Promise<string> {
  const entries: AuditEntryView[] = [];
  let before: number | undefined;
  for (;;) {
    const page = await listAuditTrail(ctx, coalitionSlug, { limit: 1000, before });
    entries.push(...page);
    if (page.length < 1000) break;
    before = page.at(-1)!.id;
  }
  const scope = await authorize(ctx, coalitionSlug, 'audit.read');
  await recordAudit(ctx, {
    coalitionId: scope.coalitionId,
    action: 'export',
    entity: 'audit_log',
    entityId: null,
    details: { rows: entries.length },
  });
  const header = ['id', 'at', 'actor', 'action', 'entity', 'entity_id', 'ip', 'details'];
  const lines = entries.map((e) =>
    [
      String(e.id),
      e.at,
      e.actor,
      e.action,
      e.entity,
      e.entityId ?? '',
      e.ip ?? '',
      JSON.stringify(e.details),
    ]
      .map(csvCell)
      .join(','),
  );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
