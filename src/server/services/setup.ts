/** `mosaic init`: a database, a coalition and its first backbone admin, in one step. */
import { randomBytes } from 'node:crypto';
import { Problem } from '../../core/problem';
import { findCoalitionBySlug } from '../db/queries/coalitions';
import { createCoalition } from './coalitions';
import { inTransaction, type Context } from './context';
import { createFirstAdmin } from './members';

export interface SetupInput {
  coalitionSlug: string;
  coalitionName: string;
  adminEmail: string;
  /** When absent, a password is generated and returned so it can be shown once. */
  adminPassword?: string;
}

export async function setUpCoalition(
  ctx: Context,
  input: SetupInput,
): Promise<{ coalition: string; adminEmail: string; generatedPassword: string | null }> {
  if (input.adminPassword !== undefined && input.adminPassword.length < 12) {
    throw new Problem('request.invalid', 'The admin password must have at least 12 characters.');
  }
  const generatedPassword =
    input.adminPassword === undefined ? randomBytes(12).toString('base64url') : null;
  const password = input.adminPassword ?? generatedPassword!;
  await inTransaction(ctx, async (trx) => {
    const existing = await findCoalitionBySlug(trx.db, input.coalitionSlug);
    const coalitionId =
      existing?.id ??
      (await createCoalition(trx, { slug: input.coalitionSlug, name: input.coalitionName })).id;
    await createFirstAdmin(trx, coalitionId, input.adminEmail.trim().toLowerCase(), password);
  });
  return { coalition: input.coalitionSlug, adminEmail: input.adminEmail, generatedPassword };
}
