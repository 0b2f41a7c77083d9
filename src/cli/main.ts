/** The `mosaic` command: parse arguments, call a service, print. The same services as the API. */
import { Command, CommanderError } from 'commander';
import { defaultDatabase } from '../server/config';
import { softwareVersion } from '../server/services/system';
import { registerFileCommands } from './commands/files';
import { registerSystemCommands } from './commands/system';
import { fail, type GlobalOptions } from './output';

const program = new Command('mosaic')
  .description('Mosaic: shared measurement for collective-impact coalitions')
  .version(softwareVersion)
  .option(
    '--db <location>',
    `SQLite file path or postgres:// URL (default ${defaultDatabase}, or $MOSAIC_DB)`,
  )
  .option('--json', 'machine-readable output')
  .exitOverride()
  .showHelpAfterError();

const globals = () => program.opts<GlobalOptions>();
registerSystemCommands(program, globals);
registerFileCommands(program, globals);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else {
    fail(globals(), error);
  }
}
