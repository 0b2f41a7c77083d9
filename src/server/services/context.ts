/**
 * The plain context every service takes: the database (or a transaction on it), the clock, an id
 * source, who is acting, and the configuration. No module-level clients: tests build their own.
 */
import { randomInt, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Role } from '../../core/access/policy';
import type { Config } from '../config';
import type { Store } from '../db/connect';
import type { SqlDialect } from '../db/dialect';
import type { Database } from '../db/schema';

/** An API token narrows its user to one coalition and a role at most their own. */
export interface TokenGrant {
  tokenId: string;
  coalitionId: string;
  role: Role;
  partnerId: string | null;
}

export type Actor =
  | { kind: 'system'; label: string }
  | { kind: 'anonymous'; ip: string | null }
  | {
      kind: 'user';
      userId: string;
      label: string;
      ip: string | null;
      token: TokenGrant | null;
      sessionHash: string | null;
    };

export interface Context {
  db: Kysely<Database>;
  dialect: SqlDialect;
  clock: () => Date;
  newId: () => string;
  /** A uniform number in [0, 1) from a cryptographic source (people's unique IDs are drawn from it). */
  random: () => number;
  actor: Actor;
  config: Config;
}

export function createContext(
  store: Store,
  config: Config,
  actor: Actor = { kind: 'system', label: 'system' },
): Context {
  return {
    db: store.db,
    dialect: store.dialect,
    clock: () => new Date(),
    newId: randomUUID,
    random: () => randomInt(2 ** 47) / 2 ** 47,
    actor,
    config,
  };
}

/** Runs `work` in one transaction: the same context with `db` swapped for the transaction. */
export function inTransaction<T>(ctx: Context, work: (trx: Context) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx);
  return ctx.db.transaction().execute((trx) => work({ ...ctx, db: trx }));
}

export const nowIso = (ctx: Context) => ctx.clock().toISOString();
