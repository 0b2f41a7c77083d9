import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { slugSchema } from '../../core/api/common';
import { createContext } from '../../server/services/context';
import { setUpCoalition } from '../../server/services/setup';
import { setUpDemo } from '../../server/services/demo-setup';
import { roleLabels } from '../../core/access/policy';
import { readConfig } from '../../server/config';
import { openAndMigrate, openExisting } from '../../server/services/system';
import { report, type GlobalOptions } from '../output';

const initOptions = z.object({
  coalition: slugSchema,
  coalitionName: z.string().min(1),
  adminEmail: z.string().email('--admin-email must be an email address').optional(),
  adminPasswordFile: z.string().optional(),
});

const serveOptions = z.object({
  port: z.coerce.number().int().min(0).max(65535).optional(),
  host: z.string().optional(),
});

export function registerSystemCommands(program: Command, globals: () => GlobalOptions): void {
  program
    .command('init')
    .description(
      'create the database and bring it up to date; with --admin-email, also a coalition and its first admin',
    )
    .option('--coalition <slug>', 'the coalition to create', 'my-coalition')
    .option('--coalition-name <name>', "the coalition's name", 'My coalition')
    .option('--admin-email <email>', 'email of the first backbone admin')
    .option(
      '--admin-password-file <file>',
      'file holding their password (else one is generated and printed once)',
    )
    .action(async (raw: unknown) => {
      const options = initOptions.parse(raw);
      const config = readConfig({ database: globals().db });
      const { store, applied } = await openAndMigrate(config.database);
      try {
        const lines = [
          `Initialised ${store.description} (${applied.length} migration(s) applied).`,
        ];
        let admin: Awaited<ReturnType<typeof setUpCoalition>> | null = null;
        if (options.adminEmail) {
          const adminPassword = options.adminPasswordFile
            ? readFileSync(options.adminPasswordFile, 'utf8').trim()
            : undefined;
          admin = await setUpCoalition(
            createContext(store, config, { kind: 'system', label: 'cli init' }),
            {
              coalitionSlug: options.coalition,
              coalitionName: options.coalitionName,
              adminEmail: options.adminEmail,
              adminPassword,
            },
          );
          lines.push(`Coalition "${admin.coalition}" has backbone admin ${admin.adminEmail}.`);
          if (admin.generatedPassword)
            lines.push(`Their password (shown once, write it down): ${admin.generatedPassword}`);
        }
        report(globals(), { database: store.description, applied, admin }, lines.join('\n'));
      } finally {
        await store.close();
      }
    });

  program
    .command('demo')
    .description(
      'set up the demo workforce coalition with one sign-in per role (fresh passwords each run)',
    )
    .action(async () => {
      const config = readConfig({ database: globals().db });
      const { store } = await openAndMigrate(config.database);
      try {
        const demo = await setUpDemo(
          createContext(store, config, { kind: 'system', label: 'cli demo' }),
        );
        const lines = [
          `Demo coalition "${demo.coalition}" is ready in ${store.description}. Sign in with:`,
          ...demo.signIns.map(
            (s) =>
              `  ${roleLabels[s.role].padEnd(17)} ${s.email.padEnd(22)} ${s.password}${s.partner ? `  (${s.partner})` : ''}`,
          ),
        ];
        report(globals(), { database: store.description, ...demo }, lines.join('\n'));
      } finally {
        await store.close();
      }
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
