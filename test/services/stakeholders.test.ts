import { expect, it } from 'vitest';
import { isValidUniqueId } from '../../src/core/identity/unique-id';
import type { Problem } from '../../src/core/problem';
import { inTransaction, type Context } from '../../src/server/services/context';
import {
  getStakeholder,
  mergeStakeholders,
  registerStakeholder,
  unmergeStakeholders,
} from '../../src/server/services/stakeholders';
import { testContext } from '../support/context';
import { describeEachEngine } from '../support/databases';
import { castCoalition, type Cast } from '../support/people';

const codeOf = async (promise: Promise<unknown>) =>
  ((await promise.catch((e: unknown) => e)) as Problem).code;

describeEachEngine('the stakeholder registry', (store) => {
  let ctx: Context;
  let cast: Cast;
  const as = async (email: string): Promise<Context> => {
    const { id } = await store()
      .db.selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    return {
      ...ctx,
      actor: { kind: 'user', userId: id, label: email, ip: null, token: null, sessionHash: null },
    };
  };
  let first: string;

  it('issues a valid unique ID at first contact and links the same person on a known identifier', async () => {
    ctx = testContext(store(), { now: '2026-04-01T08:00:00.000Z' });
    cast = await castCoalition(ctx);
    const staff = await as(cast.accounts.partner_staff);
    const created = await registerStakeholder(staff, cast.coalition, {
      partner: 'hope-jobs',
      identifiers: [
        { kind: 'email', value: ' Maria.Lopez@Example.org ' },
        { kind: 'partner_local', value: 'HJ-001' },
      ],
      personal: { givenName: 'Maria', familyName: 'Lopez', birthDate: '1990-05-02' },
      attributes: { gender: 'woman' },
    });
    expect(created.created).toBe(true);
    expect(isValidUniqueId(created.uniqueId)).toBe(true);
    first = created.uniqueId;
    const again = await registerStakeholder(staff, cast.coalition, {
      partner: 'hope-jobs',
      identifiers: [
        { kind: 'email', value: 'maria.lopez@example.org' },
        { kind: 'email', value: 'MARIA.LOPEZ@example.org' },
      ],
    });
    expect(again).toEqual({ uniqueId: first, created: false, linkedBy: 'email' });
  });

  it("keeps partners' local IDs apart: the same local ID at another partner is someone else", async () => {
    const admin = await as(cast.accounts.backbone_admin);
    const other = await registerStakeholder(admin, cast.coalition, {
      partner: 'north-clinic',
      identifiers: [{ kind: 'partner_local', value: 'HJ-001' }],
    });
    expect(other.created).toBe(true);
    expect(other.uniqueId).not.toBe(first);
  });

  it('refuses to join two people that identifiers name separately', async () => {
    const admin = await as(cast.accounts.backbone_admin);
    await registerStakeholder(admin, cast.coalition, {
      partner: 'north-clinic',
      identifiers: [{ kind: 'phone', value: '(617) 555-0142' }],
    });
    const error = (await registerStakeholder(admin, cast.coalition, {
      partner: 'north-clinic',
      identifiers: [
        { kind: 'phone', value: '+1 617 555 0142' },
        { kind: 'email', value: 'maria.lopez@example.org' },
      ],
    }).catch((e: unknown) => e)) as Problem;
    expect(error.code).toBe('request.conflict');
    expect((error.details.uniqueIds as string[]).length).toBe(2);
  });

  it('confines partners to their own people and keeps funders out', async () => {
    const staff = await as(cast.accounts.partner_staff);
    const admin = await as(cast.accounts.backbone_admin);
    const clinicOnly = await registerStakeholder(admin, cast.coalition, {
      partner: 'north-clinic',
      identifiers: [{ kind: 'partner_local', value: 'NC-9' }],
    });
    expect(await codeOf(getStakeholder(staff, cast.coalition, clinicOnly.uniqueId))).toBe(
      'request.not_found',
    );
    expect(
      await codeOf(
        registerStakeholder(staff, cast.coalition, { partner: 'north-clinic', identifiers: [] }),
      ),
    ).toBe('auth.forbidden');
    expect(
      await codeOf(getStakeholder(await as(cast.accounts.funder), cast.coalition, first)),
    ).toBe('auth.forbidden');
    const own = await getStakeholder(staff, cast.coalition, first.toLowerCase());
    expect(own).toMatchObject({
      uniqueId: first,
      mergedInto: null,
      attributes: { gender: 'woman' },
      personal: { givenName: 'Maria', familyName: 'Lopez', birthDate: '1990-05-02' },
    });
    expect(own.identifiers).toEqual([
      { kind: 'email', partner: null, value: 'maria.lopez@example.org' },
      { kind: 'partner_local', partner: 'hope-jobs', value: 'HJ-001' },
    ]);
    const reads = await store()
      .db.selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'read_personal')
      .execute();
    expect(reads.length).toBeGreaterThanOrEqual(1);
  });

  it('restores the exact prior state when a merge is undone', async () => {
    const admin = await as(cast.accounts.backbone_admin);
    const analyst = await as(cast.accounts.backbone_analyst);
    const second = await registerStakeholder(admin, cast.coalition, {
      partner: 'north-clinic',
      identifiers: [{ kind: 'partner_local', value: 'NC-42' }],
    });
    await addSubmissionFor(ctx, second.uniqueId);
    const snapshot = async () => ({
      stakeholders: await store().db.selectFrom('stakeholders').selectAll().orderBy('id').execute(),
      identifiers: await store()
        .db.selectFrom('stakeholder_identifiers')
        .selectAll()
        .orderBy('id')
        .execute(),
      submissions: await store()
        .db.selectFrom('submissions')
        .select(['id', 'stakeholder_id'])
        .orderBy('id')
        .execute(),
      personal: await store()
        .db.selectFrom('personal_data')
        .selectAll()
        .orderBy('stakeholder_id')
        .execute(),
    });
    const before = await snapshot();
    const merge = await mergeStakeholders(analyst, cast.coalition, {
      survivor: first,
      merged: second.uniqueId,
    });
    const merged = await getStakeholder(admin, cast.coalition, second.uniqueId);
    expect(merged.mergedInto).toBe(first);
    expect(
      (await getStakeholder(admin, cast.coalition, first)).identifiers.map((i) => i.value),
    ).toContain('NC-42');
    expect(await snapshot()).not.toEqual(before);
    await unmergeStakeholders(analyst, cast.coalition, merge.id);
    expect(await snapshot()).toEqual(before);
    expect(await codeOf(unmergeStakeholders(analyst, cast.coalition, merge.id))).toBe(
      'request.conflict',
    );
    expect(
      await codeOf(
        mergeStakeholders(await as(cast.accounts.partner_manager), cast.coalition, {
          survivor: first,
          merged: second.uniqueId,
        }),
      ),
    ).toBe('auth.forbidden');
  });

  it('issues distinct IDs to concurrent intakes', async () => {
    const admin = await as(cast.accounts.backbone_admin);
    const ids = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        inTransaction(admin, (trx) =>
          registerStakeholder(trx, cast.coalition, {
            partner: 'hope-jobs',
            identifiers: [{ kind: 'partner_local', value: `BULK-${i}` }],
          }),
        ),
      ),
    );
    expect(new Set(ids.map((r) => r.uniqueId)).size).toBe(20);
  });
});

/** A submission row for a person, written directly: forms and collection arrive with later issues. */
async function addSubmissionFor(ctx: Context, uniqueId: string): Promise<void> {
  const person = await ctx.db
    .selectFrom('stakeholders')
    .selectAll()
    .where('unique_id', '=', uniqueId)
    .executeTakeFirstOrThrow();
  const versionId = `sv-${uniqueId}`;
  await ctx.db
    .insertInto('schema_versions')
    .values({
      id: versionId,
      coalition_id: person.coalition_id,
      number: 1,
      status: 'published',
      note: '',
      recodes: ctx.dialect.json({}) as string,
      created_at: '2026-04-01T08:00:00.000Z',
      published_at: null,
    })
    .execute();
  await ctx.db
    .insertInto('forms')
    .values({
      id: `form-${uniqueId}`,
      coalition_id: person.coalition_id,
      schema_version_id: versionId,
      key: 'intake',
      definition: ctx.dialect.json({}) as string,
      stage: 'intake',
      wave: 'intake',
    })
    .execute();
  await ctx.db
    .insertInto('submissions')
    .values({
      id: `sub-${uniqueId}`,
      coalition_id: person.coalition_id,
      partner_id: person.first_partner_id!,
      form_id: `form-${uniqueId}`,
      schema_version_id: versionId,
      stakeholder_id: person.id,
      source: 'api',
      batch_id: null,
      source_row: null,
      fingerprint: `fp-${uniqueId}`,
      collected_at: '2026-04-01T08:00:00.000Z',
      received_at: '2026-04-01T08:00:00.000Z',
      values: ctx.dialect.json({ employed: 'yes' }) as string,
    })
    .execute();
}
