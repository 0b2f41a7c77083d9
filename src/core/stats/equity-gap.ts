/**
 * Equity gaps: each group's rate against a reference group or against the overall rate, with a
 * 95% interval for the difference. A gap is flagged only when its interval excludes zero, and a
 * group (or its comparison side) with fewer than minN people gets a small-n warning and no
 * verdict at all (flagged: null), whatever the interval says.
 *
 * Against the overall rate the two rates share people, so an independent-samples interval would
 * be wrong. Instead we use the identity p_group − p_overall = (1 − w)(p_group − p_rest), with
 * w = n_group / n_overall and "rest" everyone outside the group: the Newcombe interval of
 * group vs rest (independent) scaled by (1 − w). Groups must therefore be disjoint parts of the
 * overall population (by default the overall is the sum of the groups).
 */
import { assertCount, invalidInput } from './invalid-input';
import type { Interval } from './interval';
import { newcombeDifference, wilsonInterval, type ProportionEstimate } from './proportion';

export type GroupCount = { readonly group: string; readonly n: number; readonly successes: number };

export type EquityReference =
  { readonly kind: 'group'; readonly group: string } | { readonly kind: 'overall' };

export type EquityGapOptions = {
  readonly reference: EquityReference;
  /** Groups (or comparison sides) with n below this get smallN and no verdict. */
  readonly minN: number;
  /** The population the groups partition; defaults to the sum of the groups. */
  readonly overall?: { readonly n: number; readonly successes: number };
};

export type EquityGap = {
  readonly group: string;
  readonly n: number;
  readonly successes: number;
  /** The group's rate with its Wilson interval; null when n = 0. */
  readonly rate: ProportionEstimate | null;
  readonly isReference: boolean;
  /** Reference group's rate, or the overall rate. */
  readonly referenceRate: number;
  /** rate − referenceRate; null for the reference group itself or when either side is empty. */
  readonly difference: number | null;
  readonly ci: Interval | null;
  /** True when the group or its comparison side has n < minN. */
  readonly smallN: boolean;
  /** True when the interval excludes zero; null (no verdict) when smallN or no difference. */
  readonly flagged: boolean | null;
};

const estimateOrNull = (successes: number, n: number): ProportionEstimate | null =>
  n === 0 ? null : wilsonInterval(successes, n);

const validateGroups = (groups: readonly GroupCount[]): void => {
  const seen = new Set<string>();
  for (const { group, n, successes } of groups) {
    assertCount(n, 'n');
    assertCount(successes, 'successes');
    if (successes > n) invalidInput('successes cannot exceed n', { group, n, successes });
    if (seen.has(group)) invalidInput('each group must appear once', { group });
    seen.add(group);
  }
};

const verdict = (ci: Interval | null, smallN: boolean): boolean | null =>
  ci === null || smallN ? null : ci.lower > 0 || ci.upper < 0;

/** Each group's gap against the reference, in the order given. */
export const equityGap = (
  groups: readonly GroupCount[],
  options: EquityGapOptions,
): EquityGap[] => {
  validateGroups(groups);
  const { reference, minN } = options;
  if (reference.kind === 'group') {
    const base = groups.find((candidate) => candidate.group === reference.group);
    if (!base)
      return invalidInput('the reference group is not among the groups', {
        group: reference.group,
      });
    const baseRate = estimateOrNull(base.successes, base.n);
    if (!baseRate)
      return invalidInput('the reference group has no one in it', { group: base.group });
    return groups.map((row) => {
      const rate = estimateOrNull(row.successes, row.n);
      const isReference = row.group === base.group;
      const gap = isReference || rate === null ? null : newcombeDifference(rate, baseRate);
      const smallN = row.n < minN || base.n < minN;
      const ci = gap?.ci ?? null;
      return {
        ...row,
        rate,
        isReference,
        referenceRate: baseRate.rate,
        difference: gap?.difference ?? null,
        ci,
        smallN,
        flagged: isReference ? null : verdict(ci, smallN),
      };
    });
  }
  const overall = options.overall ?? {
    n: groups.reduce((sum, row) => sum + row.n, 0),
    successes: groups.reduce((sum, row) => sum + row.successes, 0),
  };
  if (overall.n === 0) return invalidInput('the overall population has no one in it');
  return groups.map((row) => {
    const rest = { n: overall.n - row.n, successes: overall.successes - row.successes };
    if (rest.n < 0 || rest.successes < 0 || rest.successes > rest.n) {
      return invalidInput('a group is not part of the overall population', { group: row.group });
    }
    const rate = estimateOrNull(row.successes, row.n);
    const restRate = estimateOrNull(rest.successes, rest.n);
    const smallN = row.n < minN || rest.n < minN;
    let difference: number | null = null;
    let ci: Interval | null = null;
    if (rate !== null && restRate !== null) {
      const share = 1 - row.n / overall.n;
      const gap = newcombeDifference(rate, restRate);
      difference = share * gap.difference;
      ci = { lower: share * gap.ci.lower, upper: share * gap.ci.upper };
    }
    return {
      ...row,
      rate,
      isReference: false,
      referenceRate: overall.successes / overall.n,
      difference,
      ci,
      smallN,
      flagged: verdict(ci, smallN),
    };
  });
};
