/**
 * Turns a comparison spec plus precomputed features into a function (i, j) → level, the inner
 * loop of scoring. Each function touches only typed arrays.
 */
import { compareDates, type DateAgreement } from './date-comparison';
import {
  defaultJaroWinklerBands,
  defaultMaxDistances,
  exactLevel,
  missingLevel,
  type FieldComparisonSpec,
} from './field-comparison';
import { jaroWinklerOfCodes } from './jaro-winkler';
import { levenshteinOfCodesWithin } from './levenshtein';
import type { FieldFeatures } from './record-features';

export type LevelFunction = (i: number, j: number) => number;

const dateLevel: Record<DateAgreement, number> = {
  exact: 1,
  'swapped-day-month': 2,
  'one-digit': 3,
  'same-year-month': 4,
  'within-one-year': 5,
  different: 6,
};

const jaroWinklerLevels = (
  spec: Extract<FieldComparisonSpec, { kind: 'jaro-winkler' }>,
  features: FieldFeatures,
): LevelFunction => {
  const { valueIds, codes, codeStarts, phoneticIds, canonicalIds } = features;
  const bands = Float64Array.from(spec.bands ?? defaultJaroWinklerBands);
  const phonetic = spec.phonetic === true;
  const nicknames = spec.nicknames === true;
  return (i, j) => {
    const a = valueIds[i]!;
    const b = valueIds[j]!;
    if (a < 0 || b < 0) return missingLevel;
    if (a === b) return exactLevel;
    let level = 2;
    if (nicknames) {
      if (canonicalIds[a] === canonicalIds[b]) return level;
      level++;
    }
    const startA = codeStarts[a]!;
    const startB = codeStarts[b]!;
    const similarity = jaroWinklerOfCodes(
      codes,
      startA,
      codeStarts[a + 1]! - startA,
      startB,
      codeStarts[b + 1]! - startB,
    );
    for (let band = 0; band < bands.length; band++) {
      if (similarity >= bands[band]!) return level;
      level++;
      if (band === 0 && phonetic) {
        if (phoneticIds[a] === phoneticIds[b]) return level;
        level++;
      }
    }
    if (bands.length === 0 && phonetic) {
      if (phoneticIds[a] === phoneticIds[b]) return level;
      level++;
    }
    return level;
  };
};

const levenshteinLevels = (
  spec: Extract<FieldComparisonSpec, { kind: 'levenshtein' }>,
  features: FieldFeatures,
): LevelFunction => {
  const { valueIds, codes, codeStarts } = features;
  const ceilings = Int32Array.from(spec.maxDistances ?? defaultMaxDistances);
  const bound = ceilings.length > 0 ? ceilings[ceilings.length - 1]! : 0;
  return (i, j) => {
    const a = valueIds[i]!;
    const b = valueIds[j]!;
    if (a < 0 || b < 0) return missingLevel;
    if (a === b) return exactLevel;
    const startA = codeStarts[a]!;
    const startB = codeStarts[b]!;
    const distance = levenshteinOfCodesWithin(
      codes,
      startA,
      codeStarts[a + 1]! - startA,
      startB,
      codeStarts[b + 1]! - startB,
      bound,
    );
    for (let index = 0; index < ceilings.length; index++)
      if (distance <= ceilings[index]!) return 2 + index;
    return 2 + ceilings.length;
  };
};

const dateLevels = (features: FieldFeatures): LevelFunction => {
  const { dates } = features;
  return (i, j) => {
    const a = dates[i]!;
    const b = dates[j]!;
    if (a === 0 || b === 0) return missingLevel;
    return dateLevel[compareDates(a, b)];
  };
};

const exactLevels = (features: FieldFeatures): LevelFunction => {
  const { valueIds } = features;
  return (i, j) => {
    const a = valueIds[i]!;
    const b = valueIds[j]!;
    if (a < 0 || b < 0) return missingLevel;
    return a === b ? exactLevel : 2;
  };
};

/** The level function for one comparison spec over the given field's features. */
export const levelFunction = (
  spec: FieldComparisonSpec,
  features: FieldFeatures,
): LevelFunction => {
  switch (spec.kind) {
    case 'jaro-winkler':
      return jaroWinklerLevels(spec, features);
    case 'levenshtein':
      return levenshteinLevels(spec, features);
    case 'date':
      return dateLevels(features);
    case 'exact':
      return exactLevels(features);
  }
};
