/**
 * Mean and median of an indicator's values, each with a 95% interval. The mean's is Student's t
 * interval; the median's is the distribution-free order-statistic interval [x(k), x(n−k+1)] with
 * k the largest rank whose binomial(n, ½) tail keeps coverage ≥ 95% (Hollander & Wolfe, ch. 3;
 * Conover, "Practical Nonparametric Statistics", §3.2). Its real coverage is reported because it
 * is discrete and always at least 95%.
 */
import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { assertFinite, invalidInput } from './invalid-input';
import { confidenceLevel, type Interval } from './interval';
import { ascending, mean, sampleSd } from './summary';

export type MeanEstimate = {
  readonly n: number;
  readonly mean: number;
  /** Sample SD (n − 1); null when n < 2. */
  readonly sd: number | null;
  /** Student t interval; null when n < 2. */
  readonly ci: Interval | null;
};

export type MedianEstimate = {
  readonly n: number;
  readonly median: number;
  /** Order-statistic interval; null when n < 6 (no such interval reaches 95%). */
  readonly ci: Interval | null;
  /** The interval's exact coverage under any continuous distribution, e.g. 0.9785 at n = 10. */
  readonly coverage: number | null;
};

const tailProbability = (1 - confidenceLevel) / 2;

/** Student t 95% interval half-width for a mean with this SD and n (n ≥ 2). */
export const tHalfWidth = (sd: number, n: number): number =>
  tQuantile(1 - tailProbability, n - 1) * (sd / Math.sqrt(n));

/** Mean with its Student t 95% interval. */
export const meanWithCi = (values: readonly number[]): MeanEstimate => {
  if (values.length === 0) invalidInput('a mean needs at least one value');
  assertFinite(values, 'values');
  const centre = mean(values);
  const sd = sampleSd(values);
  if (sd === null) return { n: values.length, mean: centre, sd: null, ci: null };
  const halfWidth = tHalfWidth(sd, values.length);
  return {
    n: values.length,
    mean: centre,
    sd,
    ci: { lower: centre - halfWidth, upper: centre + halfWidth },
  };
};

/** Median with its distribution-free 95% interval. */
export const medianWithCi = (values: readonly number[]): MedianEstimate => {
  if (values.length === 0) invalidInput('a median needs at least one value');
  assertFinite(values, 'values');
  const sorted = ascending(values);
  const n = sorted.length;
  const middle = Math.floor(n / 2);
  const median =
    n % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  let rank = 0;
  while (rank + 1 <= n / 2 && binomialCdf(rank, n, 0.5) <= tailProbability) rank += 1;
  if (rank === 0) return { n, median, ci: null, coverage: null };
  return {
    n,
    median,
    ci: { lower: sorted[rank - 1] as number, upper: sorted[n - rank] as number },
    coverage: 1 - 2 * binomialCdf(rank - 1, n, 0.5),
  };
};
