/**
 * A coalition's codebook: the themes open answers are coded into. Like the schema, a codebook is
 * versioned: a published version never changes, an edit makes a new version. Theme keys are
 * stable across versions so that codes stay comparable over time.
 */
import { Problem } from '../problem';

export interface Theme {
  /** Stable identifier, lowercase snake_case (`transportation`, `staff_support`). */
  key: string;
  label: string;
  /** What the theme covers, written for human coders. */
  description: string;
  /** Words or phrases whose lemmas signal the theme ("bus", "no one to watch"). */
  keyTerms: string[];
  /** Real answers that carry the theme, for coders and reviewers. */
  examples: string[];
  /** Words or phrases that cancel the theme's key terms in the same clause ("bus driver job"). */
  excludeTerms?: string[];
}

export interface Codebook {
  version: number;
  themes: Theme[];
}

const themeKeyPattern = /^[a-z][a-z0-9_]*$/;

/** Checks a codebook's shape and invariants; throws `request.invalid` listing every fault. */
export function validateCodebook(codebook: Codebook): Codebook {
  const faults: string[] = [];
  if (!Number.isInteger(codebook.version) || codebook.version < 1) {
    faults.push('version must be a positive integer');
  }
  const seen = new Set<string>();
  for (const theme of codebook.themes) {
    if (!themeKeyPattern.test(theme.key))
      faults.push(`theme key "${theme.key}" must be lowercase snake_case`);
    if (seen.has(theme.key)) faults.push(`theme key "${theme.key}" appears twice`);
    seen.add(theme.key);
    if (theme.label.trim() === '') faults.push(`theme "${theme.key}" has no label`);
    if (theme.keyTerms.every((term) => term.trim() === ''))
      faults.push(`theme "${theme.key}" has no key terms`);
  }
  if (faults.length > 0) {
    throw new Problem('request.invalid', `The codebook is not valid: ${faults.join('; ')}.`, {
      faults,
    });
  }
  return codebook;
}

/** Returns the next version of a codebook with `themes` replacing the current list. */
export function reviseCodebook(current: Codebook, themes: Theme[]): Codebook {
  return validateCodebook({ version: current.version + 1, themes });
}
