import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationNames } from '../server/db/migrate';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'mosaic-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function mosaic(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['bin/mosaic.js', ...args], {
      env: { ...process.env, MOSAIC_DB: '' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the mosaic command', () => {
  it('initialises a database, then finds nothing left to migrate', async () => {
    const db = join(dir, 'first.db');
    const init = await mosaic('init', '--db', db);
    expect(init).toEqual({
      code: 0,
      stdout: `Initialised sqlite:${db} (${migrationNames.length} migration(s) applied).\n`,
      stderr: '',
    });
    const again = await mosaic('migrate', '--db', db, '--json');
    expect(JSON.parse(again.stdout)).toEqual({ database: `sqlite:${db}`, applied: [] });
  });

  it('says in one sentence, not a stack trace, when the database file is missing', async () => {
    const db = join(dir, 'missing.db');
    expect(await mosaic('serve', '--db', db)).toEqual({
      code: 1,
      stdout: '',
      stderr: `mosaic: No database at ${db}: run "mosaic init --db ${db}" first.\n`,
    });
  });

  it('says in one sentence when the --db value is neither a path nor a PostgreSQL URL', async () => {
    const result = await mosaic('init', '--db', 'mysql://somewhere/db');
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'mosaic: The database location "mysql://somewhere/db" is neither a file path nor a postgres:// URL.\n',
    });
  });

  it('says in one sentence when PostgreSQL cannot be reached, as JSON with --json', async () => {
    const result = await mosaic('init', '--json', '--db', 'postgres://user:pw@127.0.0.1:1/mosaic');
    expect(result.code).toBe(1);
    const problem = JSON.parse(result.stderr) as { code: string; message: string };
    expect(problem.code).toBe('db.unreachable');
    expect(problem.message).toMatch(
      /^Cannot reach PostgreSQL at postgres:\/\/127\.0\.0\.1:1\/mosaic: .*ECONNREFUSED/,
    );
    expect(result.stderr).not.toContain('pw');
  });
});
