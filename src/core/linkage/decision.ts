/**
 * Two thresholds turn a probability into a decision: at or above `link`, link automatically;
 * at or above `review` (and below `link`), send to the review queue; below `review`, distinct.
 */
import { Problem } from '../problem';

export type LinkageDecision = 'link' | 'review' | 'distinct';

export type DecisionThresholds = { readonly link: number; readonly review: number };

/** Checks 0 ≤ review ≤ link ≤ 1, throwing a Problem otherwise. */
export const checkThresholds = (thresholds: DecisionThresholds): DecisionThresholds => {
  const { link, review } = thresholds;
  if (!(review >= 0 && review <= link && link <= 1)) {
    throw new Problem('request.invalid', 'Thresholds must satisfy 0 ≤ review ≤ link ≤ 1.', {
      link,
      review,
    });
  }
  return thresholds;
};

/** The decision for one pair's probability. */
export const decide = (probability: number, thresholds: DecisionThresholds): LinkageDecision =>
  probability >= thresholds.link
    ? 'link'
    : probability >= thresholds.review
      ? 'review'
      : 'distinct';
