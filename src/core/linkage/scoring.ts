/**
 * Match weights and probabilities. A pair's weight is the prior's log-odds plus, per comparison,
 * log2(m/u) of the level it fell into; an exact agreement on a term-frequency field is then
 * corrected by log2(u_exact / share of the value), so agreeing on "smith" counts for less than
 * agreeing on "zbigniew". Probability = 1 / (1 + 2^-weight). A partial agreement never weighs
 * less than outright disagreement on the same field (estimation noise can say otherwise).
 */
import type { CandidatePairs } from './blocking';
import type { ComparisonPatterns } from './comparison-patterns';
import type { EstimatedParameters } from './estimate-parameters';
import {
  exactLevel,
  levelNames,
  usesTermFrequency,
  type FieldComparisonSpec,
} from './field-comparison';
import type { LevelFunction } from './comparison-levels';
import type { RecordFeatures } from './record-features';

export type ComparisonModel = {
  readonly field: string;
  readonly spec: FieldComparisonSpec;
  readonly levels: readonly string[];
  readonly m: readonly number[];
  readonly u: readonly number[];
  /** log2(m/u) per level; 0 for the missing level. */
  readonly weights: readonly number[];
};

export type LinkageModel = {
  readonly comparisons: readonly ComparisonModel[];
  readonly lambda: number;
  readonly priorWeight: number;
};

export type FieldExplanation = {
  readonly field: string;
  readonly level: number;
  readonly levelName: string;
  /** log2(m/u) of the level. */
  readonly weight: number;
  /** Term-frequency correction added on an exact agreement (0 otherwise). */
  readonly termFrequencyAdjustment: number;
};

export type PairExplanation = {
  readonly priorWeight: number;
  readonly fields: readonly FieldExplanation[];
  readonly weight: number;
  readonly probability: number;
};

/** Pairs kept after scoring; left and right are record indices in the combined feature table. */
export type ScoredPairs = {
  readonly count: number;
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly weight: Float64Array;
  readonly probability: Float64Array;
};

/** Probability from a match weight in bits. */
export const probabilityFromWeight = (weight: number): number => 1 / (1 + Math.pow(2, -weight));

/** Turns estimated parameters into per-level weights. */
export const buildModel = (
  specs: readonly FieldComparisonSpec[],
  parameters: EstimatedParameters,
): LinkageModel => ({
  comparisons: specs.map((spec, c) => {
    const m = Array.from(parameters.m[c]!);
    const u = Array.from(parameters.u[c]!);
    const different = Math.log2(m[m.length - 1]! / u[u.length - 1]!);
    return {
      field: spec.field,
      spec,
      levels: levelNames(spec),
      m,
      u,
      weights: m.map((mValue, level) =>
        level === 0 ? 0 : Math.max(different, Math.log2(mValue / u[level]!)),
      ),
    };
  }),
  lambda: parameters.lambda,
  priorWeight: Math.log2(parameters.lambda / (1 - parameters.lambda)),
});

type TermFrequencyTable = {
  readonly comparison: number;
  readonly valueIds: Int32Array;
  readonly adjustment: Float64Array;
};

const termFrequencyTables = (model: LinkageModel, features: RecordFeatures): TermFrequencyTable[] =>
  model.comparisons.flatMap((comparison, index) => {
    if (!usesTermFrequency(comparison.spec)) return [];
    const field = features.fields.get(comparison.field)!;
    const uExact = comparison.u[exactLevel]!;
    return [
      {
        comparison: index,
        valueIds: field.valueIds,
        adjustment: field.valueShare.map((share) => Math.log2(uExact / share)),
      },
    ];
  });

/** Scores every candidate pair and keeps those with probability ≥ keepAbove. */
export const scorePairs = (
  model: LinkageModel,
  patterns: ComparisonPatterns,
  candidates: CandidatePairs,
  features: RecordFeatures,
  keepAbove: number,
): ScoredPairs => {
  const { width, levels, patternCount, patternOfPair } = patterns;
  const patternWeight = new Float64Array(patternCount);
  for (let pattern = 0; pattern < patternCount; pattern++) {
    let weight = model.priorWeight;
    for (let c = 0; c < width; c++)
      weight += model.comparisons[c]!.weights[levels[pattern * width + c]!]!;
    patternWeight[pattern] = weight;
  }
  const tables = termFrequencyTables(model, features);
  const keepWeight = Math.log2(keepAbove / (1 - keepAbove));
  const kept: number[] = [];
  const keptWeights: number[] = [];
  for (let pair = 0; pair < candidates.count; pair++) {
    const pattern = patternOfPair[pair]!;
    let weight = patternWeight[pattern]!;
    for (const table of tables) {
      if (levels[pattern * width + table.comparison] === exactLevel)
        weight += table.adjustment[table.valueIds[candidates.left[pair]!]!]!;
    }
    if (weight >= keepWeight) {
      kept.push(pair);
      keptWeights.push(weight);
    }
  }
  const weight = Float64Array.from(keptWeights);
  return {
    count: kept.length,
    left: Int32Array.from(kept, (pair) => candidates.left[pair]!),
    right: Int32Array.from(kept, (pair) => candidates.right[pair]!),
    weight,
    probability: weight.map(probabilityFromWeight),
  };
};

/** Each field's level and weight contribution for one pair, for the review screen. */
export const explainPair = (
  model: LinkageModel,
  levelFunctions: readonly LevelFunction[],
  features: RecordFeatures,
  i: number,
  j: number,
): PairExplanation => {
  const tables = termFrequencyTables(model, features);
  const fields = model.comparisons.map((comparison, c): FieldExplanation => {
    const level = levelFunctions[c]!(i, j);
    const table = tables.find((candidate) => candidate.comparison === c);
    return {
      field: comparison.field,
      level,
      levelName: comparison.levels[level]!,
      weight: comparison.weights[level]!,
      termFrequencyAdjustment:
        table && level === exactLevel ? table.adjustment[table.valueIds[i]!]! : 0,
    };
  });
  const weight = fields.reduce(
    (sum, field) => sum + field.weight + field.termFrequencyAdjustment,
    model.priorWeight,
  );
  return {
    priorWeight: model.priorWeight,
    fields,
    weight,
    probability: probabilityFromWeight(weight),
  };
};
