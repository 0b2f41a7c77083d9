/**
 * The append-only audit trail: every write, import, export, merge and personal-data read calls
 * `recordAudit` inside the same transaction as the change. Details must never hold personal data:
 * ids and counts, not names or values.
 */
import { appendAudit } from '../db/queries/audit';
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
    actor_label: actor.kind === 'anonymous' ? 'anonymous' : actor.label,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    at: nowIso(ctx),
    ip: actor.kind === 'system' ? null : actor.ip,
    details: ctx.dialect.json(entry.details ?? {}) as string,
  });
}
