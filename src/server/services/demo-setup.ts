/**
 * The demo coalition behind `npm start`: the workforce coalition's partners and one account per
 * role, so a newcomer can sign in as each and see what that role sees. Every run gives the demo
 * accounts fresh passwords and prints them; it touches nothing outside the demo coalition.
 * (Importing the demo partners' exports through the import pipeline comes with the import issue.)
 */
import { randomBytes } from 'node:crypto';
import type { Role } from '../../core/access/policy';
import { demoPartners } from '../../core/demo/partners';
import { findCoalitionBySlug, listPartners as partnerRows } from '../db/queries/coalitions';
import * as users from '../db/queries/users';
import { addPartner, createCoalition } from './coalitions';
import { inTransaction, nowIso, type Context } from './context';
import { ensureMembership } from './members';
import { hashPassword } from './secrets';

export const demoCoalition = { slug: 'demo-workforce', name: 'Demo Workforce Coalition' };

const demoAccounts: { role: Role; email: string; name: string; partner?: string }[] = [
  { role: 'backbone_admin', email: 'admin@demo.mosaic', name: 'Avery Admin' },
  { role: 'backbone_analyst', email: 'analyst@demo.mosaic', name: 'Ana Analyst' },
  {
    role: 'partner_manager',
    email: 'manager@demo.mosaic',
    name: 'Marcus Manager',
    partner: demoPartners[0]!.slug,
  },
  {
    role: 'partner_staff',
    email: 'staff@demo.mosaic',
    name: 'Sam Staff',
    partner: demoPartners[0]!.slug,
  },
  { role: 'funder', email: 'funder@demo.mosaic', name: 'Fran Funder' },
];

export interface DemoSignIn {
  role: Role;
  email: string;
  partner: string | null;
  password: string;
}

export async function setUpDemo(
  ctx: Context,
): Promise<{ coalition: string; signIns: DemoSignIn[] }> {
  return inTransaction(ctx, async (trx) => {
    const coalitionId =
      (await findCoalitionBySlug(trx.db, demoCoalition.slug))?.id ??
      (await createCoalition(trx, demoCoalition)).id;
    const existingPartners = new Set((await partnerRows(trx.db, coalitionId)).map((p) => p.slug));
    if (!existingPartners.has('backbone'))
      await addPartner(trx, demoCoalition.slug, {
        slug: 'backbone',
        name: 'Workforce Backbone',
        kind: 'backbone',
      });
    for (const partner of demoPartners) {
      if (!existingPartners.has(partner.slug))
        await addPartner(trx, demoCoalition.slug, { slug: partner.slug, name: partner.name });
    }
    const partnerIds = new Map((await partnerRows(trx.db, coalitionId)).map((p) => [p.slug, p.id]));
    const signIns: DemoSignIn[] = [];
    for (const account of demoAccounts) {
      const password = randomBytes(9).toString('base64url');
      const passwordHash = await hashPassword(password);
      let user = await users.findUserByEmail(trx.db, account.email);
      if (!user) {
        user = {
          id: trx.newId(),
          email: account.email,
          display_name: account.name,
          password_hash: passwordHash,
          created_at: nowIso(trx),
          disabled_at: null,
        };
        await users.insertUser(trx.db, user);
      } else {
        await users.setPasswordHash(trx.db, user.id, passwordHash);
      }
      const partnerId = account.partner ? partnerIds.get(account.partner)! : null;
      await ensureMembership(trx, coalitionId, user.id, account.role, partnerId);
      signIns.push({
        role: account.role,
        email: account.email,
        partner: account.partner ?? null,
        password,
      });
    }
    return { coalition: demoCoalition.slug, signIns };
  });
}
