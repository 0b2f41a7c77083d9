/**
 * Proportions with intervals that behave at 0%, 100% and small n: the Wilson score interval
 * (Wilson 1927) for one proportion, and Newcombe's hybrid score interval (Newcombe 1998, method
 * 10) for the difference of two independent proportions. Both are the methods Newcombe's
 * comparisons recommend over the Wald interval, which collapses to zero width at 0 or n events.
 */
import { assertCount, invalidInput } from './invalid-input';
import { z95, type Interval } from './interval';

export type ProportionEstimate = {
  readonly n: number;
  readonly successes: number;
  readonly rate: number;
  readonly ci: Interval;
};

export type ProportionDifference = {
  /** rate of the first group minus rate of the second. */
  readonly difference: number;
  readonly ci: Interval;
};

/** Wilson score 95% interval for successes out of n (n ≥ 1). */
export const wilsonInterval = (successes: number, n: number): ProportionEstimate => {
  assertCount(successes, 'successes');
  assertCount(n, 'n');
  if (n === 0) invalidInput('a proportion needs n ≥ 1');
  if (successes > n) invalidInput('successes cannot exceed n', { successes, n });
  const rate = successes / n;
  const z2 = z95 * z95;
  const denominator = 1 + z2 / n;
  const centre = (rate + z2 / (2 * n)) / denominator;
  const halfWidth = (z95 / denominator) * Math.sqrt((rate * (1 - rate)) / n + z2 / (4 * n * n));
  return {
    n,
    successes,
    rate,
    ci: {
      lower: successes === 0 ? 0 : Math.max(0, centre - halfWidth),
      upper: successes === n ? 1 : Math.min(1, centre + halfWidth),
    },
  };
};

/** Newcombe hybrid score 95% interval for rate(first) − rate(second), independent samples. */
export const newcombeDifference = (
  first: ProportionEstimate,
  second: ProportionEstimate,
): ProportionDifference => {
  const difference = first.rate - second.rate;
  const below = Math.hypot(first.rate - first.ci.lower, second.ci.upper - second.rate);
  const above = Math.hypot(first.ci.upper - first.rate, second.rate - second.ci.lower);
  return { difference, ci: { lower: difference - below, upper: difference + above } };
};
