/** Starts a private PostgreSQL cluster in a temp folder (as the postgres user when we are root). */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface ThrowawayPostgres {
  url: string;
  stop(): Promise<void>;
}

export async function tryConnect(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function findBinDir(): string {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) throw new Error('no PostgreSQL binaries under /usr/lib/postgresql');
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = join(root, version, 'bin');
    if (existsSync(join(bin, 'initdb'))) return bin;
  }
  throw new Error('no initdb found under /usr/lib/postgresql/*/bin');
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = findBinDir();
  const dir = mkdtempSync(join(tmpdir(), 'mosaic-pg-'));
  chmodSync(dir, 0o777);
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' })
      : execFileSync(cmd, args, { stdio: 'pipe' });
  const dataDir = join(dir, 'data');
  run(join(bin, 'initdb'), [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const server = asRoot
    ? spawn(
        'runuser',
        [
          '-u',
          'postgres',
          '--',
          join(bin, 'postgres'),
          '-D',
          dataDir,
          '-p',
          String(port),
          '-k',
          dir,
          '-h',
          '127.0.0.1',
        ],
        { stdio: 'ignore' },
      )
    : spawn(
        join(bin, 'postgres'),
        ['-D', dataDir, '-p', String(port), '-k', dir, '-h', '127.0.0.1'],
        { stdio: 'ignore' },
      );
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (!(await tryConnect(url))) {
      return {
        url,
        async stop() {
          server.kill('SIGINT');
          await new Promise((resolve) => server.once('exit', resolve));
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill('SIGKILL');
  throw new Error(`throwaway PostgreSQL did not accept connections on port ${port}`);
}
