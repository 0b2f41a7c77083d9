/**
 * Compares every candidate pair once and records its comparison vector (gamma) as a pattern id.
 * Distinct patterns are few (hundreds to thousands) however many pairs there are, so estimation
 * works on pattern counts and scoring is a table lookup per pair. Counts are also kept per
 * blocking rule, for the rule-by-rule expectation-maximisation.
 */
import type { CandidatePairs } from './blocking';
import type { LevelFunction } from './comparison-levels';

/** Codes below this index an array instead of a Map (16 MB at most). */
const directLookupLimit = 1 << 22;

export type ComparisonPatterns = {
  /** Number of comparisons (fields) per pattern. */
  readonly width: number;
  readonly patternCount: number;
  /** levels[pattern * width + comparison]. */
  readonly levels: Uint8Array;
  /** Pattern id per candidate pair. */
  readonly patternOfPair: Uint32Array;
  /** Per pattern, the number of candidate pairs. */
  readonly counts: Float64Array;
  /** Per rule, per pattern, the number of candidate pairs agreeing on that rule's key. */
  readonly countsByRule: readonly Float64Array[];
};

/** Computes each candidate pair's pattern. `levelCounts[c]` is the number of levels of comparison c. */
export const comparePairs = (
  candidates: CandidatePairs,
  levelFunctions: readonly LevelFunction[],
  levelCounts: readonly number[],
): ComparisonPatterns => {
  const width = levelFunctions.length;
  const radix = new Float64Array(width);
  let place = 1;
  levelCounts.forEach((count, index) => {
    radix[index] = place;
    place *= count;
  });
  const patternByCode = new Map<number, number>();
  const directLookup = place <= directLookupLimit ? new Int32Array(place).fill(-1) : null;
  const patternLevels: number[] = [];
  const counts: number[] = [];
  const ruleCount = candidates.ruleKeys.length;
  const countsByRule: number[][] = candidates.ruleKeys.map(() => []);
  const patternOfPair = new Uint32Array(candidates.count);
  const { left, right, ruleKeys } = candidates;
  const scratch = new Uint8Array(width);
  for (let pair = 0; pair < candidates.count; pair++) {
    const i = left[pair]!;
    const j = right[pair]!;
    let code = 0;
    for (let c = 0; c < width; c++) {
      const level = levelFunctions[c]!(i, j);
      scratch[c] = level;
      code += level * radix[c]!;
    }
    let pattern = directLookup ? directLookup[code]! : (patternByCode.get(code) ?? -1);
    if (pattern < 0) {
      pattern = counts.length;
      if (directLookup) directLookup[code] = pattern;
      else patternByCode.set(code, pattern);
      counts.push(0);
      for (let c = 0; c < width; c++) patternLevels.push(scratch[c]!);
      for (const ruleCounts of countsByRule) ruleCounts.push(0);
    }
    patternOfPair[pair] = pattern;
    counts[pattern]!++;
    for (let rule = 0; rule < ruleCount; rule++) {
      const keys = ruleKeys[rule]!;
      const key = keys[i]!;
      if (key >= 0 && key === keys[j]) countsByRule[rule]![pattern]!++;
    }
  }
  return {
    width,
    patternCount: counts.length,
    levels: Uint8Array.from(patternLevels),
    patternOfPair,
    counts: Float64Array.from(counts),
    countsByRule: countsByRule.map((ruleCounts) => Float64Array.from(ruleCounts)),
  };
};
