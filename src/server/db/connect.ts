/**
 * Opens the store: an embedded SQLite file by default, PostgreSQL when given a postgres:// URL.
 * Every failure to open becomes one clear sentence (a Problem), never a driver stack trace.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { Problem } from '../../core/problem';
import { dialectFor, type EngineName, type SqlDialect } from './dialect';
import type { Database } from './schema';

export interface Store {
  db: Kysely<Database>;
  dialect: SqlDialect;
  /** Where it is, without credentials: safe to print and log. */
  description: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** A file path, ':memory:', or a postgres:// URL. */
  location: string;
  /** When true (every command but init), a missing SQLite file is an error rather than created. */
  mustExist?: boolean;
  /** Largest number of pooled PostgreSQL connections. */
  poolSize?: number;
}

export const engineOf = (location: string): EngineName =>
  /^postgres(ql)?:\/\//i.test(location) ? 'postgres' : 'sqlite';

export async function openStore(options: OpenOptions): Promise<Store> {
  const { location } = options;
  if (!location.trim())
    throw new Problem(
      'db.invalid_location',
      'The database location is empty: give a file path or a postgres:// URL.',
    );
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location) && engineOf(location) !== 'postgres') {
    throw new Problem(
      'db.invalid_location',
      `The database location "${location}" is neither a file path nor a postgres:// URL.`,
    );
  }
  return engineOf(location) === 'postgres'
    ? openPostgres(location, options.poolSize ?? 10)
    : openSqlite(location, options.mustExist ?? false);
}

function openSqlite(location: string, mustExist: boolean): Store {
  const path = location === ':memory:' ? location : resolve(location);
  if (path !== ':memory:') {
    if (existsSync(path) && statSync(path).isDirectory()) {
      throw new Problem(
        'db.invalid_location',
        `The database location ${path} is a folder, not a file.`,
      );
    }
    if (!existsSync(path)) {
      if (mustExist)
        throw new Problem(
          'db.invalid_location',
          `No database at ${path}: run "mosaic init --db ${location}" first.`,
        );
      mkdirSync(dirname(path), { recursive: true });
    }
  }
  let connection: SqliteDatabase.Database;
  try {
    connection = new SqliteDatabase(path);
    connection.pragma('journal_mode = WAL');
    connection.pragma('foreign_keys = ON');
    connection.pragma('busy_timeout = 5000');
    connection.pragma('synchronous = NORMAL');
  } catch (error) {
    throw new Problem(
      'db.invalid_location',
      `Cannot open the SQLite database at ${path}: ${(error as Error).message}.`,
    );
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) });
  return {
    db,
    dialect: dialectFor('sqlite'),
    description: `sqlite:${path}`,
    close: () => db.destroy(),
  };
}

/** bigint counts and numeric averages arrive from pg as strings; read them as numbers, as SQLite does. */
const numericTypes = {
  getTypeParser: ((oid: number, format?: string): unknown =>
    oid === 20 || oid === 1700
      ? (value: string) => Number(value)
      : (pg.types.getTypeParser(
          oid,
          format as 'text',
        ) as unknown)) as typeof pg.types.getTypeParser,
};

async function openPostgres(location: string, poolSize: number): Promise<Store> {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw new Problem(
      'db.invalid_location',
      `The PostgreSQL URL "${redactUrl(location)}" is not a valid URL.`,
    );
  }
  const description = `postgres://${url.hostname}:${url.port || 5432}${url.pathname}`;
  const pool = new pg.Pool({
    connectionString: location,
    max: poolSize,
    types: numericTypes,
    connectionTimeoutMillis: 5000,
  });
  pool.on('error', () => undefined); // idle-client errors surface on the next query instead of crashing
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Problem(
      'db.unreachable',
      `Cannot reach PostgreSQL at ${description}: ${(error as Error).message}.`,
    );
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: dialectFor('postgres'), description, close: () => db.destroy() };
}

export const redactUrl = (location: string) =>
  location.replace(/\/\/([^:@/]+):[^@]*@/, '//$1:***@');
