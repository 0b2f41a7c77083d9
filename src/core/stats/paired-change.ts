/**
 * Pre/post change over pairs already matched by stakeholder ID (the caller pairs waves; we never
 * match). Change is always after − before; the indicator's direction only decides what counts as
 * improved. Differences are snapped to 12 significant digits of the largest value in the data, so
 * floating-point noise (3.3 − 3.1 = 0.19999999999999973) neither creates nor hides zeros and ties,
 * which decide the Wilcoxon variant. All sums run over sorted values (see summary.ts).
 */
import ttest from '@stdlib/stats-ttest';
import type { Direction } from './direction';
import { assertFinite, invalidInput } from './invalid-input';
import type { Interval } from './interval';
import { tHalfWidth } from './location';
import { ascending, mean, sampleSd } from './summary';
import { wilcoxonSignedRank, type WilcoxonResult } from './wilcoxon-signed-rank';

export type PairedValue = { readonly before: number; readonly after: number };

export type PairedTTest = {
  readonly statistic: number;
  readonly df: number;
  /** Two-sided. */
  readonly pValue: number;
};

export type PairedChange = {
  readonly n: number;
  readonly meanBefore: number;
  readonly meanAfter: number;
  /** Mean of after − before. */
  readonly meanChange: number;
  /** SD of after − before (n − 1); null when n < 2. */
  readonly sdChange: number | null;
  /** Student t 95% interval of the mean change; null when n < 2. */
  readonly ci: Interval | null;
  /** Paired t-test; null when n < 2 or every change is equal (SD 0). */
  readonly tTest: PairedTTest | null;
  /** Wilcoxon signed-rank; null when n < 2 or every change is 0. */
  readonly wilcoxon: WilcoxonResult | null;
  /** Cohen's d_z = meanChange / sdChange; null when SD is 0 or undefined. */
  readonly cohensDz: number | null;
  readonly improved: number;
  readonly worsened: number;
  readonly unchanged: number;
  readonly shareImproved: number;
};

const significantDigits = 12;

/** after − before per pair, with float noise below 12 significant digits of the data removed. */
export const pairedDifferences = (pairs: readonly PairedValue[]): number[] => {
  let largest = 0;
  for (const pair of pairs)
    largest = Math.max(largest, Math.abs(pair.before), Math.abs(pair.after));
  const magnitude = largest === 0 ? 0 : Math.ceil(Math.log10(largest));
  const decimals = Math.min(15, Math.max(0, significantDigits - magnitude));
  const scale = 10 ** decimals;
  return pairs.map((pair) => Math.round((pair.after - pair.before) * scale) / scale + 0);
};

/** Pre/post summary, interval, tests and effect size for matched pairs (n ≥ 1). */
export const pairedChange = (pairs: readonly PairedValue[], direction: Direction): PairedChange => {
  if (pairs.length === 0) invalidInput('pre/post needs at least one matched pair');
  assertFinite(
    pairs.flatMap((pair) => [pair.before, pair.after]),
    'before and after values',
  );
  const differences = ascending(pairedDifferences(pairs));
  const n = differences.length;
  const meanChange = mean(differences);
  const sdChange = sampleSd(differences);
  const spread = sdChange !== null && sdChange > 0 ? sdChange : null;
  const halfWidth = sdChange === null ? null : tHalfWidth(sdChange, n);
  const tResult = spread === null ? null : ttest(differences);
  const improved = differences.filter((d) =>
    direction === 'higher-is-better' ? d > 0 : d < 0,
  ).length;
  const unchanged = differences.filter((d) => d === 0).length;
  return {
    n,
    meanBefore: mean(pairs.map((pair) => pair.before)),
    meanAfter: mean(pairs.map((pair) => pair.after)),
    meanChange,
    sdChange,
    ci:
      halfWidth === null ? null : { lower: meanChange - halfWidth, upper: meanChange + halfWidth },
    tTest:
      tResult === null
        ? null
        : { statistic: tResult.statistic, df: tResult.df, pValue: tResult.pValue },
    wilcoxon: wilcoxonSignedRank(differences),
    cohensDz: spread === null ? null : meanChange / spread,
    improved,
    worsened: n - improved - unchanged,
    unchanged,
    shareImproved: improved / n,
  };
};
