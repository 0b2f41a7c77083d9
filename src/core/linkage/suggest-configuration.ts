/**
 * Sensible defaults for files nobody configured: comparisons chosen from column names and values
 * (names → Jaro-Winkler with phonetic codes, dates → date levels, codes and numbers → edit
 * distance, few distinct values → exact), and blocking rules chosen from the data itself: every
 * column, and every pair of columns, whose blocks would yield a bounded number of pairs.
 */
import { ruleKeys, type BlockingRule } from './blocking';
import { parseDateParts } from './date-comparison';
import type { FieldComparisonSpec } from './field-comparison';
import { normaliseValue, type RecordFeatures } from './record-features';

export type ColumnSample = {
  readonly name: string;
  readonly values: readonly (string | null | undefined)[];
};

const givenNamePattern = /(first|given|fore|christian|f)[ _-]?name|^given$/i;
const surnamePattern = /(sur|last|family|l)[ _-]?name|^surname$/i;
const namePattern = /name/i;
const datePattern = /birth|dob|date/i;
const addressPattern = /address|street|road|suburb|city|town|locality|county/i;

const shareMatching = (values: readonly string[], test: (value: string) => boolean): number =>
  values.length === 0 ? 0 : values.filter(test).length / values.length;

/** One comparison per column, chosen from its name and a sample of its values. */
export const suggestComparison = (column: ColumnSample): FieldComparisonSpec => {
  const field = column.name;
  const present = column.values.flatMap((value) =>
    value === null || value === undefined || value.trim() === '' ? [] : [normaliseValue(value)],
  );
  const distinct = new Set(present).size;
  if (
    datePattern.test(field) &&
    shareMatching(present, (value) => parseDateParts(value) !== null) > 0.8
  )
    return { kind: 'date', field };
  if (givenNamePattern.test(field))
    return { kind: 'jaro-winkler', field, phonetic: true, nicknames: true, termFrequency: true };
  if (surnamePattern.test(field) || namePattern.test(field))
    return { kind: 'jaro-winkler', field, phonetic: true, termFrequency: true };
  if (distinct > 0 && distinct <= 60) return { kind: 'exact', field, termFrequency: true };
  if (shareMatching(present, (value) => /^[\d\s+()./-]+$/.test(value)) > 0.9)
    return { kind: 'levenshtein', field, maxDistances: [1, 2], termFrequency: true };
  if (addressPattern.test(field))
    return { kind: 'jaro-winkler', field, bands: [0.92, 0.8], termFrequency: true };
  return { kind: 'jaro-winkler', field, termFrequency: true };
};

export type RuleSize = {
  /** Pairs the rule would generate, leaving out blocks above the cap (skipped when blocking). */
  readonly pairs: number;
  /** Share of all records that have a key and whose block is under the cap. */
  readonly coverage: number;
};

/** How many pairs a rule yields and how many of its records escape the block-size cap. */
export const measureRule = (
  features: RecordFeatures,
  rule: BlockingRule,
  maxPairsPerBlock: number,
): RuleSize => {
  const keys = ruleKeys(features, rule);
  let keyCount = 0;
  for (let record = 0; record < features.recordCount; record++)
    keyCount = Math.max(keyCount, keys[record]! + 1);
  const all = new Int32Array(keyCount);
  const left = new Int32Array(keyCount);
  for (let record = 0; record < features.recordCount; record++) {
    const key = keys[record]!;
    if (key < 0) continue;
    all[key]!++;
    if (record < features.leftCount) left[key]!++;
  }
  let pairs = 0;
  let covered = 0;
  for (let key = 0; key < keyCount; key++) {
    const size = all[key]!;
    const blockPairs = features.isLinkage
      ? left[key]! * (size - left[key]!)
      : (size * (size - 1)) / 2;
    if (blockPairs <= maxPairsPerBlock) {
      pairs += blockPairs;
      covered += size;
    }
  }
  return { pairs, coverage: features.recordCount === 0 ? 0 : covered / features.recordCount };
};

export type BlockingBudget = {
  /** A rule yielding more pairs than this is not used. */
  readonly maxPairsPerRule: number;
  /** Rules are taken smallest first until their pairs add up to this. */
  readonly maxCandidatePairs: number;
  readonly maxPairsPerBlock: number;
  /** No field appears in more rules than this, so the rules cover different kinds of error. */
  readonly maxRulesPerField: number;
};

/** The default budget: generous for small files, linear in the number of records for large ones. */
export const defaultBlockingBudget = (
  recordCount: number,
  maxPairsPerBlock: number,
): BlockingBudget => ({
  maxPairsPerRule: Math.max(100_000, 10 * recordCount),
  maxCandidatePairs: Math.max(1_000_000, 40 * recordCount),
  maxPairsPerBlock,
  maxRulesPerField: 4,
});

/** A rule that leaves most records out (missing values, capped blocks) pairs too few to be worth a slot. */
const minimumCoverage = 0.5;

/**
 * Blocking rules from the data: each field alone, when it has many distinct values, and each pair
 * of the other fields, kept when they yield at most `maxPairsPerRule` pairs; then the smallest
 * rules first, each field in at most `maxRulesPerField` of them, up to `maxCandidatePairs` in total.
 */
export const suggestBlockingRules = (
  features: RecordFeatures,
  fields: readonly string[],
  budget: BlockingBudget,
): BlockingRule[] => {
  const sized: { rule: BlockingRule; pairs: number }[] = [];
  const tooBroad: string[] = [];
  const consider = (rule: BlockingRule): boolean => {
    const { pairs, coverage } = measureRule(features, rule, budget.maxPairsPerBlock);
    if (pairs > budget.maxPairsPerRule || coverage < minimumCoverage) return false;
    sized.push({ rule, pairs });
    return true;
  };
  for (const field of fields) {
    const manyValues = (features.fields.get(field)?.values.length ?? 0) > 60;
    if (!manyValues || !consider({ parts: [{ field }] })) tooBroad.push(field);
  }
  for (let a = 0; a < tooBroad.length; a++) {
    for (let b = a + 1; b < tooBroad.length; b++)
      consider({ parts: [{ field: tooBroad[a]! }, { field: tooBroad[b]! }] });
  }
  sized.sort((x, y) => x.pairs - y.pairs);
  const rules: BlockingRule[] = [];
  const rulesPerField = new Map<string, number>();
  let total = 0;
  for (const { rule, pairs } of sized) {
    if (total + pairs > budget.maxCandidatePairs) break;
    const fieldsOfRule = rule.parts.map((part) => part.field);
    if (fieldsOfRule.some((field) => (rulesPerField.get(field) ?? 0) >= budget.maxRulesPerField))
      continue;
    for (const field of fieldsOfRule) rulesPerField.set(field, (rulesPerField.get(field) ?? 0) + 1);
    rules.push(rule);
    total += pairs;
  }
  return rules;
};
