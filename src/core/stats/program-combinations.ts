/**
 * Outcome rates by the combination of programs a person received ("training only", "training +
 * coaching"). People choose or are assigned combinations for reasons that also drive outcomes, so
 * every row says descriptive: true and must never be read as the effect of a combination.
 */
import { invalidInput } from './invalid-input';
import { wilsonInterval, type ProportionEstimate } from './proportion';

export type CombinationCount = {
  readonly combination: string;
  readonly n: number;
  readonly successes: number;
};

export type CombinationRate = ProportionEstimate & {
  readonly combination: string;
  readonly descriptive: true;
};

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Wilson rates per combination, largest n first, then by label (code-unit order, locale-free). */
export const combinationRates = (rows: readonly CombinationCount[]): CombinationRate[] => {
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.combination))
      invalidInput('each combination must appear once', { combination: row.combination });
    seen.add(row.combination);
  }
  return rows
    .map((row) => ({
      combination: row.combination,
      ...wilsonInterval(row.successes, row.n),
      descriptive: true as const,
    }))
    .sort((a, b) => b.n - a.n || byCodeUnits(a.combination, b.combination));
};
