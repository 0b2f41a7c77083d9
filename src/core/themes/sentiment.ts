/**
 * Sentiment is a hint for reviewers, never a code: wink's lexicon score is shown with a label,
 * and a reviewer's judgement, once given, replaces it and says who gave it.
 */
export type SentimentLabel = 'negative' | 'neutral' | 'positive';

export interface SentimentHint {
  label: SentimentLabel;
  /** wink's score from -1 to 1; kept when a reviewer overrides the label. */
  score: number;
  source: 'auto' | 'reviewer';
  reviewerId?: string;
}

/** Scores within ±0.2 read as neutral: wink gives "transportation was fine" 0.4, "I got evicted" 0. */
const neutralBand = 0.2;

/** The automatic hint for a wink sentiment score. */
export function sentimentFromScore(score: number): SentimentHint {
  const label: SentimentLabel =
    score >= neutralBand ? 'positive' : score <= -neutralBand ? 'negative' : 'neutral';
  return { label, score, source: 'auto' };
}

/** A reviewer's label replacing the automatic one. */
export function overrideSentiment(
  hint: SentimentHint,
  label: SentimentLabel,
  reviewerId: string,
): SentimentHint {
  return { label, score: hint.score, source: 'reviewer', reviewerId };
}
