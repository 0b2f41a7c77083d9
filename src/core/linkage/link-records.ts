/**
 * The record-linkage engine end to end: features → blocking → comparison patterns → u from
 * random pairs → m by EM per blocking rule → prior → scores. Pure: randomness (and, optionally,
 * a clock for phase timings) are passed in. Deduplicates `left` alone, or links `left` to `right`.
 */
import { Problem } from '../problem';
import { defaultMaxPairsPerBlock, generateCandidatePairs, type BlockingRule } from './blocking';
import { levelFunction } from './comparison-levels';
import { comparePairs } from './comparison-patterns';
import { estimateParameters, type EmRunSummary } from './estimate-parameters';
import { estimateU } from './estimate-u';
import { levelNames, type FieldComparisonSpec } from './field-comparison';
import {
  defaultBlockingBudget,
  suggestBlockingRules,
  type BlockingBudget,
} from './suggest-configuration';
import type { RandomSource } from '../random';
import {
  buildRecordFeatures,
  type FieldNeeds,
  type RecordFeatures,
  type RecordTable,
} from './record-features';
import {
  buildModel,
  explainPair,
  scorePairs,
  type LinkageModel,
  type PairExplanation,
} from './scoring';

export type LinkageInput = {
  readonly left: RecordTable;
  /** Absent: deduplicate `left`. */
  readonly right?: RecordTable;
  readonly comparisons: readonly FieldComparisonSpec[];
  /** Absent: chosen from the data (see suggestBlockingRules). */
  readonly blockingRules?: readonly BlockingRule[];
  readonly random: RandomSource;
  /** Random pairs drawn to estimate u (default: a quarter of all possible pairs, between 50,000 and 500,000). */
  readonly uSampleSize?: number;
  /** Blocks with more pairs than this are skipped (default 50,000). */
  readonly maxPairsPerBlock?: number;
  /** Budget of suggested blocking rules (default: defaultBlockingBudget). */
  readonly blockingBudget?: BlockingBudget;
  /** Scored pairs below this probability are dropped from the result (default 0.01). */
  readonly keepAbove?: number;
  /** Milliseconds clock, only for the reported phase timings. */
  readonly now?: () => number;
};

export type LinkagePhaseTimings = {
  readonly features: number;
  readonly blocking: number;
  readonly comparing: number;
  readonly estimating: number;
  readonly scoring: number;
};

/** A pair of records: in linkage, `left` indexes the left table and `right` the right table; in deduplication both index `left`, left < right. */
export type LinkedPairs = {
  readonly count: number;
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly weight: Float64Array;
  readonly probability: Float64Array;
};

export type LinkageResult = {
  readonly isLinkage: boolean;
  readonly recordCount: number;
  readonly blockingRules: readonly BlockingRule[];
  readonly candidatePairs: number;
  readonly candidatePairsByRule: readonly number[];
  readonly cappedBlocks: number;
  readonly cappedPairs: number;
  readonly patternCount: number;
  readonly model: LinkageModel;
  readonly emRuns: readonly EmRunSummary[];
  readonly unestimatedFields: readonly string[];
  /** Scored pairs at or above `keepAbove`. */
  readonly pairs: LinkedPairs;
  readonly timings: LinkagePhaseTimings;
  /** Field-by-field explanation of a pair, indices as in `pairs`. */
  readonly explain: (left: number, right: number) => PairExplanation;
};

const checkFields = (input: LinkageInput): void => {
  const tables = input.right ? [input.left, input.right] : [input.left];
  const used = [
    ...input.comparisons.map((spec) => spec.field),
    ...(input.blockingRules ?? []).flatMap((rule) => rule.parts.map((part) => part.field)),
  ];
  const missing = used.filter((field) =>
    tables.some((table) => table.columns[field] === undefined),
  );
  if (missing.length > 0)
    throw new Problem(
      'request.invalid',
      `Unknown linkage fields: ${[...new Set(missing)].join(', ')}.`,
      { missing },
    );
  if (input.comparisons.length === 0 || input.blockingRules?.length === 0) {
    throw new Problem(
      'request.invalid',
      'Linkage needs at least one comparison and, if rules are given, one blocking rule.',
    );
  }
};

const fieldNeeds = (
  comparisons: readonly FieldComparisonSpec[],
  rules: readonly BlockingRule[],
): Map<string, FieldNeeds> => {
  const needs = new Map<string, FieldNeeds>();
  const add = (field: string, more: FieldNeeds): void => {
    const known = needs.get(field) ?? {};
    needs.set(field, {
      phonetic: known.phonetic === true || more.phonetic === true,
      nicknames: known.nicknames === true || more.nicknames === true,
      prefix: known.prefix === true || more.prefix === true,
      dates: known.dates === true || more.dates === true,
    });
  };
  for (const spec of comparisons) {
    add(spec.field, {
      phonetic: spec.kind === 'jaro-winkler' && spec.phonetic === true,
      nicknames: spec.kind === 'jaro-winkler' && spec.nicknames === true,
      dates: spec.kind === 'date',
    });
  }
  for (const part of rules.flatMap((rule) => rule.parts)) {
    add(
      part.field,
      part.transform === 'phonetic'
        ? { phonetic: true }
        : part.transform === 'prefix-3'
          ? { prefix: true }
          : {},
    );
  }
  return needs;
};

const defaultUSampleSize = (possible: number): number =>
  Math.min(500_000, Math.max(50_000, Math.ceil(possible / 4)));

const possiblePairs = (features: RecordFeatures): number =>
  features.isLinkage
    ? features.leftCount * (features.recordCount - features.leftCount)
    : (features.recordCount * (features.recordCount - 1)) / 2;

/** Deduplicates or links records with a Fellegi–Sunter model estimated without labels. */
export const linkRecords = (input: LinkageInput): LinkageResult => {
  checkFields(input);
  const now = input.now ?? (() => 0);
  let mark = now();
  const lap = (): number => {
    const time = now();
    const elapsed = time - mark;
    mark = time;
    return elapsed;
  };
  const comparedFields = input.comparisons.map((spec) => spec.field);
  const features = buildRecordFeatures(
    fieldNeeds(input.comparisons, input.blockingRules ?? []),
    input.left,
    input.right,
  );
  const featuresTime = lap();
  const maxPairsPerBlock = input.maxPairsPerBlock ?? defaultMaxPairsPerBlock;
  const blockingRules =
    input.blockingRules ??
    suggestBlockingRules(
      features,
      comparedFields,
      input.blockingBudget ?? defaultBlockingBudget(features.recordCount, maxPairsPerBlock),
    );
  if (blockingRules.length === 0)
    throw new Problem(
      'request.invalid',
      'No column narrows the candidate pairs enough to block on.',
    );
  const candidates = generateCandidatePairs(features, blockingRules, maxPairsPerBlock);
  const blockingTime = lap();
  const levelFunctions = input.comparisons.map((spec) =>
    levelFunction(spec, features.fields.get(spec.field)!),
  );
  const levelCounts = input.comparisons.map((spec) => levelNames(spec).length);
  const patterns = comparePairs(candidates, levelFunctions, levelCounts);
  const comparingTime = lap();
  const u = estimateU(
    features,
    levelFunctions,
    levelCounts,
    input.random,
    input.uSampleSize ?? defaultUSampleSize(possiblePairs(features)),
  );
  const parameters = estimateParameters(
    input.comparisons,
    blockingRules,
    patterns,
    u,
    levelCounts,
    possiblePairs(features),
  );
  const model = buildModel(input.comparisons, parameters);
  const estimatingTime = lap();
  const scored = scorePairs(model, patterns, candidates, features, input.keepAbove ?? 0.01);
  const scoringTime = lap();
  const offset = features.isLinkage ? features.leftCount : 0;
  return {
    isLinkage: features.isLinkage,
    recordCount: features.recordCount,
    blockingRules,
    candidatePairs: candidates.count,
    candidatePairsByRule: candidates.pairsByRule,
    cappedBlocks: candidates.cappedBlocks,
    cappedPairs: candidates.cappedPairs,
    patternCount: patterns.patternCount,
    model,
    emRuns: parameters.emRuns,
    unestimatedFields: parameters.unestimatedFields,
    pairs: {
      ...scored,
      right: offset === 0 ? scored.right : scored.right.map((index) => index - offset),
    },
    timings: {
      features: featuresTime,
      blocking: blockingTime,
      comparing: comparingTime,
      estimating: estimatingTime,
      scoring: scoringTime,
    },
    explain: (left, right) => explainPair(model, levelFunctions, features, left, right + offset),
  };
};
