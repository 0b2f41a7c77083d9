/** A coalition with one account per role, built through the real services (invites accepted). */
import type { Role } from '../../src/core/access/policy';
import { addPartner } from '../../src/server/services/coalitions';
import type { Context } from '../../src/server/services/context';
import { acceptInvite, inviteMember } from '../../src/server/services/members';
import { setUpCoalition } from '../../src/server/services/setup';

export const password = 'a long enough password';

export interface Cast {
  coalition: string;
  accounts: Record<Role, string>;
  /** A member at the second partner, the target of member routes. */
  otherStaff: string;
  userIds: Record<string, string>;
}

export async function castCoalition(ctx: Context, slug = 'east-side'): Promise<Cast> {
  const admin = `admin@${slug}.org`;
  await setUpCoalition(ctx, {
    coalitionSlug: slug,
    coalitionName: `Coalition ${slug}`,
    adminEmail: admin,
    adminPassword: password,
  });
  await addPartner(ctx, slug, { slug: 'hope-jobs', name: 'Hope Jobs' });
  await addPartner(ctx, slug, { slug: 'north-clinic', name: 'North Clinic' });
  const accounts: Record<Role, string> = {
    backbone_admin: admin,
    backbone_analyst: `analyst@${slug}.org`,
    partner_manager: `manager@hope-jobs.org`,
    partner_staff: `staff@hope-jobs.org`,
    funder: `funder@${slug}.org`,
  };
  const partnerOf: Partial<Record<Role, string>> = {
    partner_manager: 'hope-jobs',
    partner_staff: 'hope-jobs',
  };
  const userIds: Record<string, string> = {};
  const invite = async (email: string, role: Role, partner?: string) => {
    const { link } = await inviteMember(ctx, slug, { email, role, partner });
    const { userId } = await acceptInvite(ctx, {
      token: link.split('/').pop()!,
      displayName: email.split('@')[0]!,
      password,
    });
    userIds[email] = userId;
  };
  for (const role of ['backbone_analyst', 'partner_manager', 'partner_staff', 'funder'] as const)
    await invite(accounts[role], role, partnerOf[role]);
  const otherStaff = `staff@north-clinic.org`;
  await invite(otherStaff, 'partner_staff', 'north-clinic');
  return { coalition: slug, accounts, otherStaff, userIds };
}
