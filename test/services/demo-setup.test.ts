import { expect, it } from 'vitest';
import { demoPartners } from '../../src/core/demo/partners';
import { signIn } from '../../src/server/services/auth';
import { listPartners } from '../../src/server/services/coalitions';
import { setUpDemo } from '../../src/server/services/demo-setup';
import { testContext } from '../support/context';
import { describeEachEngine } from '../support/databases';

describeEachEngine('the demo coalition', (store) => {
  it('gives every role a working sign-in, and a second run changes passwords but adds nothing', async () => {
    const ctx = testContext(store());
    const first = await setUpDemo(ctx);
    expect(first.signIns.map((s) => s.role)).toEqual([
      'backbone_admin',
      'backbone_analyst',
      'partner_manager',
      'partner_staff',
      'funder',
    ]);
    const partners = await listPartners(ctx, 'demo-workforce');
    // the demo generator's partners plus the backbone itself
    expect(partners).toHaveLength(demoPartners.length + 1);
    const second = await setUpDemo({ ...ctx, newId: () => `second-${Math.random()}` });
    expect(await listPartners(ctx, 'demo-workforce')).toHaveLength(demoPartners.length + 1);
    expect((await store().db.selectFrom('memberships').select('id').execute()).length).toBe(5);
    const staff = second.signIns.find((s) => s.role === 'partner_staff')!;
    expect(staff.password).not.toBe(
      first.signIns.find((s) => s.role === 'partner_staff')!.password,
    );
    const session = await signIn(
      ctx,
      { email: staff.email, password: staff.password },
      '127.0.0.1',
    );
    expect(session.view.memberships).toEqual([
      {
        coalition: { slug: 'demo-workforce', name: 'Demo Workforce Coalition' },
        role: 'partner_staff',
        partner: { slug: demoPartners[0]!.slug, name: demoPartners[0]!.name },
      },
    ]);
  });
});
