import { describe, expect, it } from 'vitest';
import { isRoleAtMost, permissions, reachOf, roles } from './policy';

describe('the access policy', () => {
  it('gives funders no permission that reaches person-level records', () => {
    for (const permission of [
      'records.read',
      'records.write',
      'personal.read',
      'imports.run',
      'linkage.review',
    ] as const) {
      expect(reachOf('funder', permission)).toBeNull();
    }
    expect(reachOf('funder', 'aggregates.read')).toBe('coalition');
  });

  it('confines partner roles to their own partner for person-level records', () => {
    expect(reachOf('partner_manager', 'records.read')).toBe('partner');
    expect(reachOf('partner_staff', 'personal.read')).toBe('partner');
    expect(reachOf('partner_staff', 'members.manage')).toBeNull();
  });

  it('orders roles: staff ≤ manager ≤ admin, funder ≤ analyst, but staff is not ≤ funder', () => {
    expect(isRoleAtMost('partner_staff', 'partner_manager')).toBe(true);
    expect(isRoleAtMost('partner_manager', 'backbone_admin')).toBe(true);
    expect(isRoleAtMost('funder', 'backbone_analyst')).toBe(true);
    expect(isRoleAtMost('partner_staff', 'funder')).toBe(false);
    expect(isRoleAtMost('backbone_admin', 'partner_manager')).toBe(false);
    for (const role of roles) expect(isRoleAtMost(role, 'backbone_admin')).toBe(true);
  });

  it('declares every permission for every role', () => {
    for (const permission of permissions)
      for (const role of roles) expect(reachOf(role, permission)).not.toBeUndefined();
  });
});
