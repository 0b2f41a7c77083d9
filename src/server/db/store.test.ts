import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/databases';
import { testContext } from '../../../test/support/context';
import { Problem } from '../../core/problem';
import { addPartner, createCoalition, listPartners } from '../services/coalitions';
import { asProblem } from '../services/system';
import { openStore } from './connect';
import { migrateToLatest, pendingMigrations } from './migrate';

describeEachEngine('the store', (store, engine) => {
  it('has applied every migration, and migrating again applies none', async () => {
    expect(await pendingMigrations(store())).toEqual([]);
    expect(await migrateToLatest(store())).toEqual({ applied: [] });
    expect(store().dialect.engine).toBe(engine);
  });

  it('round-trips a coalition and its partners identically on both engines', async () => {
    const ctx = testContext(store(), { now: '2026-02-01T09:30:00.000Z' });
    const coalition = await createCoalition(ctx, {
      slug: 'east-side',
      name: 'East Side Works',
      fiscalYearStartMonth: 7,
    });
    await addPartner(ctx, 'east-side', { slug: 'hope-jobs', name: 'Hope Jobs' });
    await addPartner(ctx, 'east-side', { slug: 'backbone', name: 'United Way', kind: 'backbone' });
    expect(coalition).toEqual({
      id: 'id-000001',
      slug: 'east-side',
      name: 'East Side Works',
      fiscalYearStartMonth: 7,
      smallCellThreshold: 10,
      createdAt: '2026-02-01T09:30:00.000Z',
    });
    expect(await listPartners(ctx, 'east-side')).toEqual([
      {
        id: 'id-000003',
        slug: 'backbone',
        name: 'United Way',
        kind: 'backbone',
        createdAt: '2026-02-01T09:30:00.000Z',
      },
      {
        id: 'id-000002',
        slug: 'hope-jobs',
        name: 'Hope Jobs',
        kind: 'partner',
        createdAt: '2026-02-01T09:30:00.000Z',
      },
    ]);
  });

  it('returns counts and averages as numbers on both engines', async () => {
    const { db } = store();
    const row = await db
      .selectFrom('partners')
      .select((eb) => [
        eb.fn.countAll<number>().as('n'),
        sql<number>`avg(length(slug))`.as('mean_length'),
      ])
      .executeTakeFirstOrThrow();
    // 'backbone' (8) and 'hope-jobs' (9): n = 2, mean = 8.5
    expect(row).toEqual({ n: 2, mean_length: 8.5 });
  });

  it('extracts text and numbers from JSON values the same way on both engines', async () => {
    const { db, dialect } = store();
    const values = { employed: 'yes', wage: 17.5, hours: '40', note: null };
    const row = await db
      .selectNoFrom([
        dialect
          .jsonText(
            sql`${dialect.json(values)}${sql.raw(engine === 'postgres' ? '::jsonb' : '')}`,
            'employed',
          )
          .as('employed'),
        dialect
          .jsonNumber(
            sql`${dialect.json(values)}${sql.raw(engine === 'postgres' ? '::jsonb' : '')}`,
            'wage',
          )
          .as('wage'),
        dialect
          .jsonText(
            sql`${dialect.json(values)}${sql.raw(engine === 'postgres' ? '::jsonb' : '')}`,
            'missing',
          )
          .as('missing'),
      ])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ employed: 'yes', wage: 17.5, missing: null });
  });

  it('turns a duplicate key into a db.constraint Problem', async () => {
    const ctx = testContext(store());
    const error = await ctx.db
      .insertInto('coalitions')
      .values({
        id: 'dup-1',
        slug: 'east-side',
        name: 'Again',
        fiscal_year_start_month: 1,
        small_cell_threshold: 10,
        created_at: 'x',
      })
      .execute()
      .catch((e: unknown) => e);
    const problem = asProblem(error);
    expect(problem.code).toBe('db.constraint');
    expect(problem.message).toBe('That already exists.');
  });

  it('refuses a second coalition with the same slug with a clear conflict', async () => {
    const ctx = testContext(store());
    await expect(createCoalition(ctx, { slug: 'east-side', name: 'Copy' })).rejects.toThrow(
      'A coalition with the slug "east-side" already exists.',
    );
  });

  it('writes an audit entry for each change, without personal data', async () => {
    const rows = await store()
      .db.selectFrom('audit_log')
      .select(['action', 'entity', 'actor_label'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { action: 'create', entity: 'coalition', actor_label: 'test' },
      { action: 'create', entity: 'partner', actor_label: 'test' },
      { action: 'create', entity: 'partner', actor_label: 'test' },
    ]);
  });
});

describe('opening a store', () => {
  it('says in one sentence that a missing SQLite file needs init', async () => {
    await expect(
      openStore({ location: '/tmp/mosaic-does-not-exist/x.db', mustExist: true }),
    ).rejects.toThrow(
      'No database at /tmp/mosaic-does-not-exist/x.db: run "mosaic init --db /tmp/mosaic-does-not-exist/x.db" first.',
    );
  });

  it('rejects a location that is neither a path nor a PostgreSQL URL', async () => {
    const error = await openStore({ location: 'mysql://db/x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Problem);
    expect((error as Problem).code).toBe('db.invalid_location');
  });

  it('says PostgreSQL cannot be reached, without the password', async () => {
    const error = (await openStore({ location: 'postgres://me:secret@127.0.0.1:1/db' }).catch(
      (e: unknown) => e,
    )) as Problem;
    expect(error.code).toBe('db.unreachable');
    expect(error.message).toMatch(/^Cannot reach PostgreSQL at postgres:\/\/127\.0\.0\.1:1\/db: /);
    expect(error.message).not.toContain('secret');
  });
});
