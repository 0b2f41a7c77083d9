/** How every command reports: a sentence for people, or JSON with --json; errors as one sentence. */
import { asProblem } from '../server/services/system';

export interface GlobalOptions {
  db?: string;
  json?: boolean;
}

export function report(options: GlobalOptions, data: unknown, sentence: string): void {
  process.stdout.write(options.json ? `${JSON.stringify(data, null, 2)}\n` : `${sentence}\n`);
}

/** Prints a failure as one sentence (or the Problem as JSON) and sets a failing exit code. */
export function fail(options: GlobalOptions, error: unknown): void {
  const problem = asProblem(error);
  if (problem.code === 'internal' && process.env.MOSAIC_DEBUG) console.error(error);
  process.stderr.write(
    options.json
      ? `${JSON.stringify({ code: problem.code, message: problem.message, details: problem.details })}\n`
      : `mosaic: ${problem.message}\n`,
  );
  process.exitCode = 1;
}
