import { basename } from 'node:path';
import { Problem } from '../../core/problem';

/** A Problem about an import file; the message always starts with the file's name. */
export function unreadable(
  file: string,
  what: string,
  details: Record<string, unknown> = {},
): Problem {
  return new Problem('import.unreadable', `${basename(file)}: ${what}`, {
    file: basename(file),
    ...details,
  });
}

/** A Problem for a file or part that is over a limit. */
export function tooLarge(
  file: string,
  what: string,
  details: Record<string, unknown> = {},
): Problem {
  return new Problem('import.too_large', `${basename(file)}: ${what}`, {
    file: basename(file),
    ...details,
  });
}
