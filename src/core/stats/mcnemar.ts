/**
 * McNemar's test for a yes/no outcome measured before and after on the same people. Only the
 * discordant pairs (yes→no, no→yes) carry information. With fewer than 25 of them we use the
 * exact binomial test (two-sided, p = 2·P(X ≤ min) under Binomial(b + c, ½), capped at 1), the
 * usual rule of thumb; from 25 up, chi-square with 1 df and Edwards' continuity correction,
 * (|b − c| − 1)² / (b + c), with |b − c| − 1 floored at 0 so equal counts give p = 1 (R's
 * mcnemar.test does not floor). The uncorrected statistic is reported too.
 */
import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';
import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import { assertCount, invalidInput } from './invalid-input';
import type { Direction } from './direction';

/** Counts of pairs by (before, after) answer. */
export type PairedYesNoCounts = {
  readonly yesYes: number;
  readonly yesNo: number;
  readonly noYes: number;
  readonly noNo: number;
};

export type McNemarVariant = 'exact-binomial' | 'chi-square-continuity-corrected';

export type McNemarResult = {
  readonly n: number;
  readonly discordant: number;
  readonly variant: McNemarVariant;
  /** (b − c)² / (b + c); null when there are no discordant pairs. */
  readonly chiSquare: number | null;
  /** max(0, |b − c| − 1)² / (b + c); null when there are no discordant pairs. */
  readonly chiSquareCorrected: number | null;
  /** Two-sided p of the variant used; 1 when there are no discordant pairs. */
  readonly pValue: number;
  readonly shareYesBefore: number;
  readonly shareYesAfter: number;
  /** Pairs that moved in the good direction (no→yes when higher is better). */
  readonly improved: number;
  readonly worsened: number;
  readonly shareImproved: number;
};

/** Discordant pairs below this use the exact binomial test. */
export const mcnemarExactBelow = 25;

/** Tallies matched yes/no pairs into the 2×2 McNemar table. */
export const countPairedYesNo = (
  pairs: readonly { readonly before: boolean; readonly after: boolean }[],
): PairedYesNoCounts => {
  let yesYes = 0;
  let yesNo = 0;
  let noYes = 0;
  let noNo = 0;
  for (const pair of pairs) {
    if (pair.before && pair.after) yesYes += 1;
    else if (pair.before) yesNo += 1;
    else if (pair.after) noYes += 1;
    else noNo += 1;
  }
  return { yesYes, yesNo, noYes, noNo };
};

/** McNemar's test on matched yes/no pairs; "yes" is good when direction is higher-is-better. */
export const mcnemar = (counts: PairedYesNoCounts, direction: Direction): McNemarResult => {
  const { yesYes, yesNo, noYes, noNo } = counts;
  for (const [name, value] of Object.entries(counts)) assertCount(value, name);
  const n = yesYes + yesNo + noYes + noNo;
  if (n === 0) invalidInput('McNemar needs at least one matched pair');
  const discordant = yesNo + noYes;
  const variant: McNemarVariant =
    discordant < mcnemarExactBelow ? 'exact-binomial' : 'chi-square-continuity-corrected';
  const gap = Math.abs(yesNo - noYes);
  const chiSquare = discordant === 0 ? null : gap ** 2 / discordant;
  const chiSquareCorrected = discordant === 0 ? null : Math.max(0, gap - 1) ** 2 / discordant;
  let pValue = 1;
  if (discordant > 0 && variant === 'exact-binomial') {
    pValue = Math.min(1, 2 * binomialCdf(Math.min(yesNo, noYes), discordant, 0.5));
  } else if (chiSquareCorrected !== null) {
    pValue = 1 - chisquareCdf(chiSquareCorrected, 1);
  }
  const improved = direction === 'higher-is-better' ? noYes : yesNo;
  return {
    n,
    discordant,
    variant,
    chiSquare,
    chiSquareCorrected,
    pValue,
    shareYesBefore: (yesYes + yesNo) / n,
    shareYesAfter: (yesYes + noYes) / n,
    improved,
    worsened: discordant - improved,
    shareImproved: improved / n,
  };
};
