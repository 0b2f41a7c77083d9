import { expect, it } from 'vitest';
import type { Problem } from '../../src/core/problem';
import { authorize } from '../../src/server/services/access';
import { exportAuditTrail, listAuditTrail } from '../../src/server/services/audit';
import { currentSession, resolveActor, signIn } from '../../src/server/services/auth';
import { getCoalition } from '../../src/server/services/coalitions';
import type { Context } from '../../src/server/services/context';
import {
  acceptInvite,
  cancelInvite,
  inviteMember,
  issuePasswordReset,
  listInvites,
  listMembers,
  removeMember,
  resetPassword,
  updateMember,
} from '../../src/server/services/members';
import { createToken, revokeToken } from '../../src/server/services/tokens';
import { testContext } from '../support/context';
import { describeEachEngine } from '../support/databases';
import { castCoalition, password, type Cast } from '../support/people';

const asUser = (ctx: Context, userId: string): Context => ({
  ...ctx,
  actor: { kind: 'user', userId, label: 'u', ip: '10.0.0.1', token: null, sessionHash: null },
});
const codeOf = async (promise: Promise<unknown>) =>
  ((await promise.catch((e: unknown) => e)) as Problem).code;

describeEachEngine('accounts and access', (store) => {
  let cast: Cast;
  let ctx: Context;
  const userId = (email: string) => cast.userIds[email]!;

  it('builds a coalition with one account per role through invites', async () => {
    ctx = testContext(store(), { now: '2026-03-01T12:00:00.000Z' });
    cast = await castCoalition(ctx);
    cast.userIds[cast.accounts.backbone_admin] = (
      await store()
        .db.selectFrom('users')
        .select('id')
        .where('email', '=', cast.accounts.backbone_admin)
        .executeTakeFirstOrThrow()
    ).id;
    expect(Object.keys(cast.userIds)).toHaveLength(6);
  });

  it('never stores a password or a token in clear', async () => {
    const rows = await store().db.selectFrom('users').select('password_hash').execute();
    for (const row of rows)
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const { token } = await createToken(
      asUser(ctx, userId(cast.accounts.partner_staff)),
      cast.coalition,
      { name: 'script' },
    );
    const stored = await store().db.selectFrom('api_tokens').select('token_hash').execute();
    expect(JSON.stringify(stored)).not.toContain(token);
    const dump = JSON.stringify(await store().db.selectFrom('audit_log').selectAll().execute());
    expect(dump).not.toContain(password);
    expect(dump).not.toContain(token);
  });

  it('hides a coalition from someone who is not a member, in the service itself', async () => {
    const other = await castCoalition(
      { ...ctx, newId: () => `w-${Math.random().toString(36).slice(2)}` },
      'west-side',
    );
    const outsiderId = (
      await store()
        .db.selectFrom('users')
        .select('id')
        .where('email', '=', other.accounts.backbone_admin)
        .executeTakeFirstOrThrow()
    ).id;
    expect(await codeOf(getCoalition(asUser(ctx, outsiderId), cast.coalition))).toBe(
      'request.not_found',
    );
    expect(await codeOf(listMembers(asUser(ctx, outsiderId), cast.coalition))).toBe(
      'request.not_found',
    );
  });

  it("shows a partner manager only their own partner's members", async () => {
    const members = await listMembers(
      asUser(ctx, userId(cast.accounts.partner_manager)),
      cast.coalition,
    );
    expect(members.map((m) => m.email)).toEqual(['manager@hope-jobs.org', 'staff@hope-jobs.org']);
    expect(
      await codeOf(listMembers(asUser(ctx, userId(cast.accounts.funder)), cast.coalition)),
    ).toBe('auth.forbidden');
  });

  it('denies a funder every person-level permission in the service', async () => {
    const funder = asUser(ctx, userId(cast.accounts.funder));
    for (const permission of [
      'records.read',
      'records.write',
      'personal.read',
      'imports.run',
    ] as const) {
      expect(await codeOf(authorize(funder, cast.coalition, permission))).toBe('auth.forbidden');
    }
    expect((await authorize(funder, cast.coalition, 'aggregates.read')).reach).toBe('coalition');
    expect(
      await authorize(
        asUser(ctx, userId(cast.accounts.partner_staff)),
        cast.coalition,
        'records.read',
      ),
    ).toMatchObject({ reach: 'partner', role: 'partner_staff' });
  });

  it('uses an invitation once only, and refuses an expired one', async () => {
    const admin = asUser(ctx, userId(cast.accounts.backbone_admin));
    const { link, expiresAt } = await inviteMember(admin, cast.coalition, {
      email: 'new@hope-jobs.org',
      role: 'partner_staff',
      partner: 'hope-jobs',
    });
    expect(expiresAt).toBe('2026-03-08T12:00:00.000Z');
    const token = link.split('/').pop()!;
    await acceptInvite(ctx, { token, displayName: 'New', password });
    await expect(acceptInvite(ctx, { token, displayName: 'New', password })).rejects.toThrow(
      'This invitation has already been used.',
    );
    const late = await inviteMember(admin, cast.coalition, {
      email: 'late@hope-jobs.org',
      role: 'partner_staff',
      partner: 'hope-jobs',
    });
    const later = { ...ctx, clock: () => new Date('2026-03-09T00:00:00.000Z') };
    await expect(
      acceptInvite(later, { token: late.link.split('/').pop()!, displayName: 'Late', password }),
    ).rejects.toThrow(
      "This invitation expired on 2026-03-08T12:00:00.000Z. Ask your coalition's admin for a new one.",
    );
    await expect(
      inviteMember(admin, cast.coalition, { email: 'x@y.org', role: 'partner_staff' }),
    ).rejects.toThrow('A partner_staff needs a partner.');
  });

  it('locks sign-in after 5 failures from one address for 15 minutes, without locking the same account elsewhere', async () => {
    const email = cast.accounts.partner_staff;
    for (let i = 0; i < 5; i++)
      expect(await codeOf(signIn(ctx, { email, password: 'wrong password!' }, '203.0.113.5'))).toBe(
        'auth.invalid_credentials',
      );
    await expect(signIn(ctx, { email, password }, '203.0.113.5')).rejects.toThrow(
      'Too many failed attempts from this address. Try again after 2026-03-01T12:15:00.000Z.',
    );
    expect((await signIn(ctx, { email, password }, '198.51.100.7')).view.user.email).toBe(email);
    const afterLock = { ...ctx, clock: () => new Date('2026-03-01T12:15:00.001Z') };
    expect((await signIn(afterLock, { email, password }, '203.0.113.5')).view.user.email).toBe(
      email,
    );
  });

  it('makes a revoked API token stop working at once', async () => {
    const staff = asUser(ctx, userId(cast.accounts.partner_staff));
    const { token, details } = await createToken(staff, cast.coalition, { name: 'nightly push' });
    expect(details).toMatchObject({
      name: 'nightly push',
      role: 'partner_staff',
      partner: 'hope-jobs',
      revokedAt: null,
    });
    const resolved = await resolveActor(ctx, { bearer: token }, '127.0.0.1');
    expect(resolved.actor).toMatchObject({ kind: 'user', token: { role: 'partner_staff' } });
    await revokeToken(staff, cast.coalition, details.id);
    await expect(resolveActor(ctx, { bearer: token }, '127.0.0.1')).rejects.toThrow(
      'That API token is not valid (revoked or unknown).',
    );
  });

  it('refuses a token more powerful than its owner', async () => {
    const manager = asUser(ctx, userId(cast.accounts.partner_manager));
    await expect(
      createToken(manager, cast.coalition, { name: 'x', role: 'backbone_admin' }),
    ).rejects.toThrow(
      'A token cannot have more power than you: Backbone admin exceeds Partner manager.',
    );
    expect(
      (await createToken(manager, cast.coalition, { name: 'y', role: 'partner_staff' })).details
        .role,
    ).toBe('partner_staff');
  });

  it('resets a password through a one-time link and ends the old sessions', async () => {
    const admin = asUser(ctx, userId(cast.accounts.backbone_admin));
    const email = cast.accounts.funder;
    const { token: session } = await signIn(ctx, { email, password }, '10.1.1.1');
    const { token: apiToken } = await createToken(asUser(ctx, userId(email)), cast.coalition, {
      name: 'before reset',
    });
    const { link } = await issuePasswordReset(admin, cast.coalition, userId(email));
    await resetPassword(ctx, { token: link.split('/').pop()!, password: 'a brand new passphrase' });
    expect((await resolveActor(ctx, { cookie: session }, '10.1.1.1')).actor.kind).toBe('anonymous');
    await expect(resolveActor(ctx, { bearer: apiToken }, '10.1.1.1')).rejects.toThrow(
      'That API token is not valid',
    );
    expect(await codeOf(signIn(ctx, { email, password }, '10.1.1.1'))).toBe(
      'auth.invalid_credentials',
    );
    expect(
      (await signIn(ctx, { email, password: 'a brand new passphrase' }, '10.1.1.1')).view.user
        .email,
    ).toBe(email);
  });

  it('records every change in an audit trail only admins can read and export', async () => {
    const admin = asUser(ctx, userId(cast.accounts.backbone_admin));
    const trail = await listAuditTrail(admin, cast.coalition, { limit: 1000 });
    const actions = trail.map((e) => `${e.action} ${e.entity}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        'create coalition',
        'create partner',
        'invite invite',
        'accept invite',
        'revoke api_token',
        'reset_password user',
      ]),
    );
    expect(
      await codeOf(
        listAuditTrail(asUser(ctx, userId(cast.accounts.backbone_analyst)), cast.coalition, {
          limit: 10,
        }),
      ),
    ).toBe('auth.forbidden');
    const csv = await exportAuditTrail(admin, cast.coalition);
    expect(csv.split('\r\n')[0]).toBe('id,at,actor,action,entity,entity_id,ip,details');
    expect(csv.trim().split('\r\n')).toHaveLength(trail.length + 1);
    expect((await listAuditTrail(admin, cast.coalition, { limit: 1 }))[0]).toMatchObject({
      action: 'export',
      entity: 'audit_log',
    });
  });

  it('stops an API token from outliving a demotion', async () => {
    const admin = asUser(ctx, userId(cast.accounts.backbone_admin));
    const analystId = userId(cast.accounts.backbone_analyst);
    const { token } = await createToken(asUser(ctx, analystId), cast.coalition, {
      name: 'before demotion',
    });
    await updateMember(admin, cast.coalition, analystId, { role: 'funder' });
    await expect(resolveActor(ctx, { bearer: token }, '127.0.0.1')).rejects.toThrow(
      'That API token is not valid (revoked or unknown).',
    );
    // Even a token that escaped revocation cannot act above its owner's current role.
    const { coalitionId } = await authorize(admin, cast.coalition, 'coalition.read');
    const grant = { tokenId: 't', coalitionId, role: 'backbone_analyst' as const, partnerId: null };
    const stale: Context = {
      ...ctx,
      actor: {
        kind: 'user',
        userId: analystId,
        label: 'a',
        ip: null,
        token: grant,
        sessionHash: null,
      },
    };
    await expect(authorize(stale, cast.coalition, 'records.read')).rejects.toThrow(
      'This API token was made for a role you no longer hold: create a new one.',
    );
  });

  it('keeps at least one backbone admin', async () => {
    const admin = asUser(ctx, userId(cast.accounts.backbone_admin));
    const adminId = userId(cast.accounts.backbone_admin);
    await expect(
      updateMember(admin, cast.coalition, adminId, { role: 'backbone_analyst' }),
    ).rejects.toThrow(
      'A coalition needs at least one backbone admin: make someone else an admin first.',
    );
    await expect(removeMember(admin, cast.coalition, adminId)).rejects.toThrow(
      'A coalition needs at least one backbone admin',
    );
  });

  it('refuses to reset the password of someone who also belongs to another coalition', async () => {
    const admin = asUser(ctx, userId(cast.accounts.backbone_admin));
    // manager@hope-jobs.org also joined west-side earlier in this suite.
    await expect(
      issuePasswordReset(admin, cast.coalition, userId(cast.accounts.partner_manager)),
    ).rejects.toThrow(
      'This person also belongs to another coalition, so their password is not yours to reset',
    );
  });

  it('lists and cancels open invitations; a cancelled link no longer works', async () => {
    const admin = asUser(ctx, userId(cast.accounts.backbone_admin));
    const { link } = await inviteMember(admin, cast.coalition, {
      email: 'cancel-me@hope-jobs.org',
      role: 'backbone_admin',
    });
    const invite = (await listInvites(admin, cast.coalition)).find(
      (i) => i.email === 'cancel-me@hope-jobs.org',
    )!;
    expect(invite).toMatchObject({
      role: 'backbone_admin',
      partner: null,
      expiresAt: '2026-03-08T12:00:00.000Z',
    });
    await cancelInvite(admin, cast.coalition, invite.id);
    expect((await listInvites(admin, cast.coalition)).map((i) => i.email)).not.toContain(
      'cancel-me@hope-jobs.org',
    );
    await expect(
      acceptInvite(ctx, { token: link.split('/').pop()!, displayName: 'X', password }),
    ).rejects.toThrow('This invitation has already been used.');
  });

  it('throttles password guesses made through an invitation for an existing account', async () => {
    const admin = asUser(ctx, userId(cast.accounts.backbone_admin));
    await removeMember(admin, cast.coalition, userId(cast.accounts.backbone_analyst));
    const { link } = await inviteMember(admin, cast.coalition, {
      email: cast.accounts.backbone_analyst,
      role: 'funder',
    });
    const token = link.split('/').pop()!;
    for (let i = 0; i < 5; i++) {
      await expect(
        acceptInvite(ctx, { token, displayName: 'x', password: `wrong guess ${i}!!` }, '192.0.2.9'),
      ).rejects.toThrow('You already have a Mosaic account');
    }
    await expect(
      acceptInvite(ctx, { token, displayName: 'x', password }, '192.0.2.9'),
    ).rejects.toThrow('Too many failed attempts from this address.');
    expect(
      (await acceptInvite(ctx, { token, displayName: 'x', password }, '192.0.2.10')).email,
    ).toBe(cast.accounts.backbone_analyst);
  });

  it('shows an API token only its own coalition in the session view', async () => {
    const manager = asUser(ctx, userId(cast.accounts.partner_manager));
    const { token } = await createToken(manager, cast.coalition, { name: 'scoped' });
    const resolved = await resolveActor(ctx, { bearer: token }, '127.0.0.1');
    const view = await currentSession({ ...ctx, actor: resolved.actor }, null);
    expect(view.memberships.map((m) => m.coalition.slug)).toEqual([cast.coalition]);
  });
});
