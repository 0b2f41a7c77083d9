/**
 * Unsupervised estimation of a Fellegi–Sunter model, the way Splink does it: u from random
 * pairs; m by one EM run per blocking rule over that rule's pairs, each run leaving the rule's
 * own fields out; each comparison's m averaged over the runs that estimated it; then the prior
 * (lambda, the share of all possible pairs that match) by a fixed point over every candidate.
 */
import type { BlockingRule } from './blocking';
import type { ComparisonPatterns } from './comparison-patterns';
import { expectationMaximisation } from './expectation-maximisation';
import type { FieldComparisonSpec } from './field-comparison';

export type EmRunSummary = {
  readonly rule: number;
  readonly pairs: number;
  readonly lambda: number;
  readonly iterations: number;
  /** Fields whose m this run estimated. */
  readonly estimatedFields: readonly string[];
};

export type EstimatedParameters = {
  readonly m: Float64Array[];
  readonly u: Float64Array[];
  /** Prior probability that two random records (of all possible pairs) match. */
  readonly lambda: number;
  readonly emRuns: readonly EmRunSummary[];
  /** Comparisons that no run could estimate (every rule blocks on them); they keep the starting m. */
  readonly unestimatedFields: readonly string[];
};

/** A starting m: most matches agree exactly, a few partially, very few disagree. */
export const initialM = (levelCount: number): Float64Array => {
  const m = new Float64Array(levelCount);
  const partialLevels = levelCount - 3;
  if (partialLevels <= 0) {
    m[1] = 0.9;
    m[levelCount - 1] = 0.1;
    return m;
  }
  m[1] = 0.8;
  for (let level = 2; level < levelCount - 1; level++) m[level] = 0.15 / partialLevels;
  m[levelCount - 1] = 0.05;
  return m;
};

const bayesFactors = (
  patterns: ComparisonPatterns,
  m: readonly Float64Array[],
  u: readonly Float64Array[],
): Float64Array => {
  const { width, levels, patternCount } = patterns;
  const factors = new Float64Array(patternCount);
  for (let pattern = 0; pattern < patternCount; pattern++) {
    let factor = 1;
    for (let c = 0; c < width; c++) {
      const level = levels[pattern * width + c]!;
      if (level !== 0) factor *= m[c]![level]! / u[c]![level]!;
    }
    factors[pattern] = factor;
  }
  return factors;
};

/** The lambda at which the expected number of matches among candidates equals lambda × all pairs. */
export const estimatePrior = (
  patterns: ComparisonPatterns,
  factors: Float64Array,
  possiblePairs: number,
): number => {
  let lambda = Math.min(
    0.5,
    patterns.counts.reduce((sum, count) => sum + count, 0) / Math.max(1, possiblePairs) / 2,
  );
  for (let iteration = 0; iteration < 500; iteration++) {
    let expected = 0;
    for (let pattern = 0; pattern < patterns.patternCount; pattern++) {
      const odds = lambda * factors[pattern]!;
      expected += (patterns.counts[pattern]! * odds) / (odds + 1 - lambda);
    }
    const next = Math.min(0.5, Math.max(1e-12, expected / possiblePairs));
    if (Math.abs(next - lambda) <= lambda * 1e-9) return next;
    lambda = next;
  }
  return lambda;
};

/** Estimates m per blocking rule with EM, combines, and estimates the prior; u is given. */
export const estimateParameters = (
  comparisons: readonly FieldComparisonSpec[],
  rules: readonly BlockingRule[],
  patterns: ComparisonPatterns,
  u: Float64Array[],
  levelCounts: readonly number[],
  possiblePairs: number,
): EstimatedParameters => {
  const sums = levelCounts.map((count) => new Float64Array(count));
  const runsPerComparison = new Int32Array(comparisons.length);
  const emRuns: EmRunSummary[] = [];
  rules.forEach((rule, ruleIndex) => {
    const blockedFields = new Set(rule.parts.map((part) => part.field));
    const included = comparisons.map((spec) => !blockedFields.has(spec.field));
    const counts = patterns.countsByRule[ruleIndex]!;
    const pairs = counts.reduce((sum, count) => sum + count, 0);
    if (pairs === 0 || !included.some(Boolean)) return;
    const result = expectationMaximisation({
      width: patterns.width,
      levels: patterns.levels,
      counts,
      u,
      initialM: levelCounts.map(initialM),
      initialLambda: 0.1,
      included,
    });
    included.forEach((isIncluded, c) => {
      if (!isIncluded) return;
      runsPerComparison[c]!++;
      result.m[c]!.forEach((value, level) => (sums[c]![level]! += value));
    });
    emRuns.push({
      rule: ruleIndex,
      pairs,
      lambda: result.lambda,
      iterations: result.iterations,
      estimatedFields: comparisons.filter((_, c) => included[c]).map((spec) => spec.field),
    });
  });
  const m = sums.map((sum, c) => {
    const runs = runsPerComparison[c]!;
    return runs === 0 ? initialM(levelCounts[c]!) : sum.map((value) => value / runs);
  });
  const lambda = estimatePrior(patterns, bayesFactors(patterns, m, u), possiblePairs);
  return {
    m,
    u,
    lambda,
    emRuns,
    unestimatedFields: comparisons
      .filter((_, c) => runsPerComparison[c] === 0)
      .map((spec) => spec.field),
  };
};
