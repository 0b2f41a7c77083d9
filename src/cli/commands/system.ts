import type { Command } from 'commander';
import { z } from 'zod';
import { readConfig } from '../../server/config';
import { openAndMigrate, openExisting } from '../../server/services/system';
import { report, type GlobalOptions } from '../output';

const serveOptions = z.object({
  port: z.coerce.number().int().min(0).max(65535).optional(),
  host: z.string().optional(),
});

export function registerSystemCommands(program: Command, globals: () => GlobalOptions): void {
  program
    .command('init')
    .description('create the database (SQLite file or PostgreSQL) and bring it up to date')
    .action(async () => {
      const config = readConfig({ database: globals().db });
      const { store, applied } = await openAndMigrate(config.database);
      await store.close();
      report(
        globals(),
        { database: store.description, applied },
        `Initialised ${store.description} (${applied.length} migration(s) applied).`,
      );
    });

  program
    .command('migrate')
    .description('apply pending migrations')
    .action(async () => {
      const config = readConfig({ database: globals().db });
      const { store, applied } = await openAndMigrate(config.database);
      await store.close();
      report(
        globals(),
        { database: store.description, applied },
        applied.length
          ? `Applied ${applied.join(', ')} to ${store.description}.`
          : `${store.description} is up to date.`,
      );
    });

  program
    .command('serve')
    .description('serve the API and the web app')
    .option('--port <port>', 'port to listen on (default 3000, or $PORT)')
    .option('--host <host>', 'address to bind (default 127.0.0.1)')
    .action(async (raw: unknown) => {
      const options = serveOptions.parse(raw);
      const config = readConfig({ database: globals().db, port: options.port, host: options.host });
      const store = await openExisting(config.database);
      // Loaded on demand: the HTTP stack is only needed by serve.
      const { startServer } = await import('../../server/http/listen');
      const { url } = await startServer(store, config);
      report(
        globals(),
        { url, database: store.description },
        `Mosaic is serving ${store.description} at ${url}`,
      );
    });
}
