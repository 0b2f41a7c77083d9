/**
 * Comparisons are data: an array of specs, one per field, each naming the levels a pair of values
 * can fall into. Level 0 is always "missing" (either value empty, weight 0); level 1 is exact
 * agreement; the last level is "different". The levels in between depend on the kind.
 */
export type FieldComparisonSpec =
  | {
      readonly kind: 'jaro-winkler';
      readonly field: string;
      /** Similarity floors, highest first, e.g. [0.92, 0.88, 0.7]. */
      readonly bands?: readonly number[];
      /** Adds a level for equal NYSIIS codes, just below the first band. */
      readonly phonetic?: boolean;
      /** Adds a level for known diminutives (bill/william), just below exact. */
      readonly nicknames?: boolean;
      readonly termFrequency?: boolean;
    }
  | {
      readonly kind: 'levenshtein';
      readonly field: string;
      /** Edit-distance ceilings, lowest first, e.g. [1, 2]. */
      readonly maxDistances?: readonly number[];
      readonly termFrequency?: boolean;
    }
  | { readonly kind: 'date'; readonly field: string }
  | { readonly kind: 'exact'; readonly field: string; readonly termFrequency?: boolean };

export const defaultJaroWinklerBands: readonly number[] = [0.92, 0.88, 0.7];
export const defaultMaxDistances: readonly number[] = [1, 2];

export const missingLevel = 0;
export const exactLevel = 1;

/** The names of a comparison's levels, indexed by level number. */
export const levelNames = (spec: FieldComparisonSpec): string[] => {
  switch (spec.kind) {
    case 'jaro-winkler': {
      const bands = spec.bands ?? defaultJaroWinklerBands;
      const names = ['missing', 'exact'];
      if (spec.nicknames) names.push('nickname');
      bands.forEach((band, index) => {
        names.push(`jaro-winkler ≥ ${band}`);
        if (index === 0 && spec.phonetic) names.push('sounds alike');
      });
      if (bands.length === 0 && spec.phonetic) names.push('sounds alike');
      names.push('different');
      return names;
    }
    case 'levenshtein':
      return [
        'missing',
        'exact',
        ...(spec.maxDistances ?? defaultMaxDistances).map(
          (distance) => `edit distance ≤ ${distance}`,
        ),
        'different',
      ];
    case 'date':
      return [
        'missing',
        'exact',
        'day and month swapped',
        'one digit different',
        'same year and month',
        'within one year',
        'different',
      ];
    case 'exact':
      return ['missing', 'exact', 'different'];
  }
};

/** Whether a comparison applies a term-frequency adjustment to its exact level. */
export const usesTermFrequency = (spec: FieldComparisonSpec): boolean =>
  spec.kind !== 'date' && spec.termFrequency === true;
