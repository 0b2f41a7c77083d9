/** Qualitative coding: the coalition's codebook applied to open answers. */
export { validateCodebook, reviseCodebook, type Codebook, type Theme } from './codebook';
export {
  createThemeCoder,
  compareText,
  type CodedAnswer,
  type CoderOptions,
  type OpenAnswer,
  type SetAsideEvidence,
  type TermEvidence,
  type ThemeCode,
  type ThemeCoder,
} from './auto-coder';
export {
  overrideSentiment,
  sentimentFromScore,
  type SentimentHint,
  type SentimentLabel,
} from './sentiment';
export { suggestThemes, type SuggestionOptions, type ThemeCandidate } from './theme-suggestion';
export { agreementByTheme, kappaFromCounts, type Coding, type ThemeAgreement } from './agreement';
export { evaluateCoding, type EvaluationReport, type ThemeScore } from './evaluation';
export { scrubQuote, type ScrubKind, type ScrubOptions, type ScrubbedQuote } from './scrub';
export type { MatchKind } from './term-matching';
export type { MatchStance } from './negation';
