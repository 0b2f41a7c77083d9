/**
 * Runs the same data tests on SQLite and on PostgreSQL, each on a fresh, migrated database.
 * `describeEachEngine` gives every describe block its own database (a temp SQLite file, or a new
 * PostgreSQL database dropped afterwards). Without a PostgreSQL the PostgreSQL half fails loudly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import type { Store } from '../../src/server/db/connect';
import { openAndMigrate } from '../../src/server/services/system';

export const engines = ['sqlite', 'postgres'] as const;
export type Engine = (typeof engines)[number];

export interface TestDatabase {
  location: string;
  drop(): Promise<void>;
}

export function postgresUrl(): string {
  const url = inject('postgresUrl');
  if (!url) {
    throw new Error(
      `PostgreSQL is not available for the data tests (${inject('postgresError') ?? 'unknown reason'}). Set TEST_DATABASE_URL or install PostgreSQL.`,
    );
  }
  return url;
}

/** A fresh, empty database location on the given engine. */
export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'mosaic-test-'));
    return {
      location: join(dir, 'mosaic.db'),
      drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    };
  }
  const adminUrl = postgresUrl();
  const name = `mosaic_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    location: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** Declares the suite once per engine; `store()` is that engine's migrated store. */
export function describeEachEngine(
  title: string,
  suite: (store: () => Store, engine: Engine) => void,
): void {
  for (const engine of engines) {
    describe(`${title} [${engine}]`, () => {
      let database: TestDatabase | undefined;
      let opened: Store | undefined;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
        opened = (await openAndMigrate(database.location)).store;
      });
      afterAll(async () => {
        await opened?.close();
        await database?.drop();
      });
      suite(() => {
        if (!opened) throw new Error('store not opened');
        return opened;
      }, engine);
    });
  }
}
