/** A service context with a fixed clock and counting ids, so tests can assert exact outputs. */
import { readConfig } from '../../src/server/config';
import type { Store } from '../../src/server/db/connect';
import { createContext, type Actor, type Context } from '../../src/server/services/context';

export function testContext(store: Store, options: { now?: string; actor?: Actor } = {}): Context {
  let counter = 0;
  const now = new Date(options.now ?? '2026-01-15T10:00:00.000Z');
  return {
    ...createContext(
      store,
      readConfig({ database: store.description }),
      options.actor ?? { kind: 'system', label: 'test' },
    ),
    clock: () => now,
    newId: () => `id-${String(++counter).padStart(6, '0')}`,
  };
}
