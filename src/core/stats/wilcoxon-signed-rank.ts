/**
 * Wilcoxon signed-rank test on paired differences, through @stdlib/stats-wilcoxon (which follows
 * R's wilcox.test). The variant is decided exactly as stdlib decides it, and reported:
 * - zeros are dropped before ranking (Wilcoxon's original method, stdlib's and scipy's 'wilcox');
 * - 'exact' (the signed-rank distribution) when at most 50 non-zero differences remain, none was
 *   zero and no two absolute differences tie;
 * - otherwise 'normal-approximation': z with the tie-corrected variance and a continuity
 *   correction of ½ towards the mean (R's default). scipy ≥ 1.9's method='auto' still uses the
 *   exact distribution with ties or zeros at small n, so its p differs there; scipy's
 *   method='approx' agrees with us.
 * The test is two-sided; p is capped at 1 (doubling the tail at the distribution's centre exceeds it).
 */
import wilcoxon from '@stdlib/stats-wilcoxon';

export type WilcoxonVariant = 'exact' | 'normal-approximation';

export type WilcoxonResult = {
  readonly variant: WilcoxonVariant;
  readonly zeroMethod: 'wilcox';
  /** Non-zero differences that were ranked. */
  readonly nRanked: number;
  readonly zerosDropped: number;
  /** Whether two or more absolute non-zero differences are equal (ranks averaged). */
  readonly hasTies: boolean;
  /** Sum of the ranks of the positive differences (R's V, stdlib's statistic). */
  readonly rankSumPositive: number;
  readonly rankSumNegative: number;
  /** min(rankSumPositive, rankSumNegative): scipy's two-sided statistic. */
  readonly statistic: number;
  readonly pValue: number;
};

const exactLimit = 50;

/** Two-sided Wilcoxon signed-rank test of differences against 0; null when every difference is 0 or n < 2. */
export const wilcoxonSignedRank = (differences: readonly number[]): WilcoxonResult | null => {
  const nonZero = differences.filter((difference) => difference !== 0);
  if (differences.length < 2 || nonZero.length === 0) return null;
  const absolute = nonZero.map(Math.abs);
  const hasTies = new Set(absolute).size !== absolute.length;
  const zerosDropped = differences.length - nonZero.length;
  const result = wilcoxon([...differences], { zeroMethod: 'wilcox', correction: true });
  const rankSumPositive = result.statistic;
  const rankSumNegative = (nonZero.length * (nonZero.length + 1)) / 2 - rankSumPositive;
  const exact = nonZero.length <= exactLimit && zerosDropped === 0 && !hasTies;
  return {
    variant: exact ? 'exact' : 'normal-approximation',
    zeroMethod: 'wilcox',
    nRanked: nonZero.length,
    zerosDropped,
    hasTies,
    rankSumPositive,
    rankSumNegative,
    statistic: Math.min(rankSumPositive, rankSumNegative),
    // stdlib doubles the smaller tail without capping; at the centre of the exact distribution that exceeds 1.
    pValue: Math.min(1, result.pValue),
  };
};
