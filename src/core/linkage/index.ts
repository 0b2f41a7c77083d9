/** The record-linkage engine's public surface; callers import from here. */
export {
  linkRecords,
  type LinkageInput,
  type LinkageResult,
  type LinkedPairs,
  type LinkagePhaseTimings,
} from './link-records';
export type { FieldComparisonSpec } from './field-comparison';
export { levelNames } from './field-comparison';
export type { BlockingRule, BlockingKeyPart } from './blocking';
export type { RecordTable } from './record-features';
export type { LinkageModel, ComparisonModel, PairExplanation, FieldExplanation } from './scoring';
export { probabilityFromWeight } from './scoring';
export type { EmRunSummary } from './estimate-parameters';
export { connectedComponents, oneToOneAssignment } from './clustering';
export { decide, checkThresholds, type DecisionThresholds, type LinkageDecision } from './decision';
export {
  suggestComparison,
  suggestBlockingRules,
  defaultBlockingBudget,
  type BlockingBudget,
  type ColumnSample,
} from './suggest-configuration';
export { seededRandom, type RandomSource } from '../random';
export { jaroWinkler, jaro } from './jaro-winkler';
export { levenshtein, levenshteinWithin } from './levenshtein';
export { nysiis } from './nysiis';
export { compareDates, parseDateParts, type DateAgreement } from './date-comparison';
export { canonicalGivenName } from './nicknames';
