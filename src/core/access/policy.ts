/**
 * Who may do what: the one policy table. Each permission says, per role, whether that role may act
 * across the whole coalition, only on its own partner's records, or not at all. Services consult it
 * where they build queries, so a partner-scoped query cannot return another partner's rows even if
 * a route forgets to check. Funders hold no person-level permission at all: aggregates only.
 */

export const roles = [
  'backbone_admin',
  'backbone_analyst',
  'partner_manager',
  'partner_staff',
  'funder',
] as const;
export type Role = (typeof roles)[number];

export const partnerRoles: readonly Role[] = ['partner_manager', 'partner_staff'];

/** How far a granted permission reaches. */
export type Reach = 'coalition' | 'partner';

const C = 'coalition' as const;
const P = 'partner' as const;
const no = null;

/** permission → [backbone_admin, backbone_analyst, partner_manager, partner_staff, funder] */
const table = {
  'coalition.read': [C, C, C, C, C],
  'partners.read': [C, C, C, C, C],
  'partners.manage': [C, no, no, no, no],
  'members.read': [C, C, P, no, no],
  'members.manage': [C, no, no, no, no],
  'schema.read': [C, C, C, C, C],
  'schema.manage': [C, no, no, no, no],
  'records.read': [C, C, P, P, no],
  'records.write': [C, C, P, P, no],
  'personal.read': [C, C, P, P, no],
  'imports.run': [C, C, P, P, no],
  'linkage.review': [C, C, no, no, no],
  'aggregates.read': [C, C, C, C, C],
  'quality.read': [C, C, C, C, no],
  'reports.publish': [C, C, no, no, no],
  'audit.read': [C, no, no, no, no],
} as const satisfies Record<string, readonly (Reach | null)[]>;

export type Permission = keyof typeof table;
export const permissions = Object.keys(table) as Permission[];

/** The reach a role has for a permission, or null when it has none. */
export function reachOf(role: Role, permission: Permission): Reach | null {
  return table[permission][roles.indexOf(role)] ?? null;
}

/** Whether a role is at most as powerful as another: every permission of `lesser` is held by `greater`, as far or farther. */
export function isRoleAtMost(lesser: Role, greater: Role): boolean {
  return permissions.every((permission) => {
    const mine = reachOf(lesser, permission);
    const theirs = reachOf(greater, permission);
    if (mine === null) return true;
    return theirs === 'coalition' || (theirs === 'partner' && mine === 'partner');
  });
}

export const roleLabels: Record<Role, string> = {
  backbone_admin: 'Backbone admin',
  backbone_analyst: 'Backbone analyst',
  partner_manager: 'Partner manager',
  partner_staff: 'Partner staff',
  funder: 'Funder',
};
