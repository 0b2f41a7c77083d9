import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ttest from '@stdlib/stats-ttest';
import { pairedChange, pairedDifferences } from './paired-change';

// Student's sleep data (Cushny & Peebles 1905; R's datasets::sleep): extra hours of sleep of the
// same 10 patients under drug 1 ("before") and drug 2 ("after"). R's
// t.test(extra ~ group, data = sleep, paired = TRUE) prints t = -4.0621, df = 9,
// p-value = 0.002833, 95% CI -2.4598858 -0.7001142, mean difference -1.58 (drug 1 − drug 2).
const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
const sleep = drug1.map((before, index) => ({ before, after: drug2[index] as number }));

// Hollander & Wolfe (1973, p. 29), Hamilton depression scale before (y) and after (x) a
// tranquilizer, the example of R's ?wilcox.test; R gives V = 40, and scipy.stats.wilcoxon(x, y)
// gives statistic 5.0, p = 0.0390625 (exact: 2 · 10/512).
const hamiltonAfter = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
const hamiltonBefore = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
const hamilton = hamiltonBefore.map((before, index) => ({
  before,
  after: hamiltonAfter[index] as number,
}));

describe('pairedChange on the sleep data (ties and a zero)', () => {
  const result = pairedChange(sleep, 'higher-is-better');

  it('matches R for means, interval and the paired t-test', () => {
    // differences: 1.2 2.4 1.3 1.3 0 1.0 1.8 0.8 4.6 1.4; sum 15.8, mean 1.58
    expect(result.n).toBe(10);
    expect(result.meanBefore).toBeCloseTo(0.75, 12); // 7.5 / 10
    expect(result.meanAfter).toBeCloseTo(2.33, 12); // 23.3 / 10
    expect(result.meanChange).toBeCloseTo(1.58, 12);
    // Σ(d − 1.58)² = 13.616, SD = √(13.616 / 9) = 1.229995
    expect(result.sdChange).toBeCloseTo(1.2299955, 6);
    expect(result.ci?.lower).toBeCloseTo(0.7001142, 6);
    expect(result.ci?.upper).toBeCloseTo(2.4598858, 6);
    expect(result.tTest?.statistic).toBeCloseTo(4.0621, 4);
    expect(result.tTest?.df).toBe(9);
    // scipy.stats.ttest_rel(drug2, drug1).pvalue = 0.002832890197384273
    expect(result.tTest?.pValue).toBeCloseTo(0.002832890197384273, 12);
  });

  it('uses the normal approximation with continuity correction, dropping the zero', () => {
    // 9 non-zero differences, all positive: V = 45, R− = 0. Mean 9·10/4 = 22.5;
    // variance 9·10·19/24 − (2³ − 2)/48 = 71.25 − 0.125 = 71.125 (one tie at 1.3);
    // z = (45 − 22.5 − 0.5) / √71.125 = 22 / 8.43356 = 2.60862, p = 2(1 − Φ(2.60862)) = 0.009091,
    // which is R's wilcox.test(…, paired = TRUE) and scipy's wilcoxon(…, method='approx').
    expect(result.wilcoxon).toMatchObject({
      variant: 'normal-approximation',
      zeroMethod: 'wilcox',
      nRanked: 9,
      zerosDropped: 1,
      hasTies: true,
      rankSumPositive: 45,
      rankSumNegative: 0,
      statistic: 0,
    });
    expect(result.wilcoxon?.pValue).toBeCloseTo(0.009090698015925044, 12);
  });

  it("counts improvement by the indicator's direction", () => {
    // nine rose, one stayed the same (patient 5: −0.1 → −0.1)
    expect(result).toMatchObject({ improved: 9, worsened: 0, unchanged: 1, shareImproved: 0.9 });
    expect(pairedChange(sleep, 'lower-is-better')).toMatchObject({
      improved: 0,
      worsened: 9,
      unchanged: 1,
    });
  });

  it("gives Cohen's d_z = mean change / SD of change", () => {
    expect(result.cohensDz).toBeCloseTo(1.58 / 1.2299955, 6);
  });
});

describe('pairedChange on Hollander & Wolfe (exact Wilcoxon)', () => {
  const result = pairedChange(hamilton, 'higher-is-better');

  it('uses the exact signed-rank distribution and matches the published V and p', () => {
    // differences x − y: 0.952 −0.147 1.022 0.430 0.620 0.590 0.490 −0.080 0.010
    // ranks of |d|: 0.010→1, 0.080→2, 0.147→3, 0.430→4, 0.490→5, 0.590→6, 0.620→7, 0.952→8, 1.022→9
    // R− = 2 + 3 = 5, R+ = 45 − 5 = 40; subsets of 1..9 summing to ≤ 5: 10 of 512, p = 20/512
    expect(result.wilcoxon).toMatchObject({
      variant: 'exact',
      nRanked: 9,
      zerosDropped: 0,
      hasTies: false,
      rankSumPositive: 40,
      rankSumNegative: 5,
      statistic: 5,
    });
    expect(result.wilcoxon?.pValue).toBeCloseTo(20 / 512, 12);
  });

  it('matches scipy.stats.ttest_rel(x, y): t = 3.0353754156485917, p = 0.016176627434908088', () => {
    expect(result.tTest?.statistic).toBeCloseTo(3.0353754156485917, 10);
    expect(result.tTest?.pValue).toBeCloseTo(0.016176627434908088, 12);
  });
});

describe('pairedChange edge cases', () => {
  it('matches the exact Wilcoxon on Darwin’s maize data (scipy docs: statistic 24, p = 0.041259765625)', () => {
    const darwin = [6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75];
    const result = pairedChange(
      darwin.map((after) => ({ before: 0, after })),
      'higher-is-better',
    );
    expect(result.wilcoxon?.variant).toBe('exact');
    expect(result.wilcoxon?.statistic).toBe(24);
    expect(result.wilcoxon?.pValue).toBeCloseTo(0.041259765625, 12);
  });

  it('uses the normal approximation above 50 non-zero differences even without ties', () => {
    // d = 1..60, negative when divisible by 3: R+ = 1830 − 630 = 1200. Mean 60·61/4 = 915,
    // variance 60·61·121/24 = 18452.5, z = (1200 − 915 − 0.5)/135.840 = 2.09438,
    // p = 2(1 − Φ(2.09438)) = 0.036226; scipy.stats.wilcoxon(d, method='approx') = 0.03622649417878663
    const differences = Array.from(
      { length: 60 },
      (_, index) => (index + 1) * ((index + 1) % 3 === 0 ? -1 : 1),
    );
    const result = pairedChange(
      differences.map((after) => ({ before: 0, after })),
      'higher-is-better',
    );
    expect(result.wilcoxon).toMatchObject({
      variant: 'normal-approximation',
      hasTies: false,
      rankSumPositive: 1200,
      statistic: 630,
    });
    expect(result.wilcoxon?.pValue).toBeCloseTo(0.03622649417878663, 10);
  });

  it('caps the exact p at 1 at the centre of the distribution', () => {
    // differences 1, 2, −3: R+ = 3 = n(n+1)/4; doubling P(T ≤ 3) = 5/8 would give 1.25
    const result = pairedChange(
      [1, 2, -3].map((after) => ({ before: 0, after })),
      'higher-is-better',
    );
    expect(result.wilcoxon?.pValue).toBe(1);
  });

  it('snaps floating-point noise so equal-looking changes tie and zero-looking changes are zero', () => {
    // 3.3 − 3.1 = 0.19999999999999973 and 10.2 − 10 = 0.1999999999999993 in binary
    expect(
      pairedDifferences([
        { before: 3.1, after: 3.3 },
        { before: 10, after: 10.2 },
        { before: 0.1 + 0.2, after: 0.3 },
      ]),
    ).toEqual([0.2, 0.2, 0]);
  });

  it('reports no spread-based statistic for one pair or identical changes', () => {
    const single = pairedChange([{ before: 1, after: 3 }], 'higher-is-better');
    expect(single).toMatchObject({
      n: 1,
      meanChange: 2,
      sdChange: null,
      ci: null,
      tTest: null,
      cohensDz: null,
    });
    const constant = pairedChange(
      [1, 2, 3].map((before) => ({ before, after: before + 1 })),
      'higher-is-better',
    );
    expect(constant).toMatchObject({ sdChange: 0, tTest: null, cohensDz: null });
    expect(constant.ci).toEqual({ lower: 1, upper: 1 });
    expect(
      pairedChange(
        [
          { before: 1, after: 1 },
          { before: 2, after: 2 },
        ],
        'higher-is-better',
      ).wilcoxon,
    ).toBeNull();
  });

  it('refuses no pairs and non-finite values', () => {
    expect(() => pairedChange([], 'higher-is-better')).toThrow(/at least one/);
    expect(() => pairedChange([{ before: Number.NaN, after: 1 }], 'higher-is-better')).toThrow(
      /finite/,
    );
  });

  it('gives the same numbers whatever the order of the pairs', () => {
    const pair = fc.record({
      before: fc.integer({ min: -50, max: 50 }),
      after: fc.double({ min: -50, max: 50, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(pair, { minLength: 2, maxLength: 40 }), (pairs) => {
        const reversed = [...pairs].reverse();
        expect(pairedChange(reversed, 'higher-is-better')).toEqual(
          pairedChange(pairs, 'higher-is-better'),
        );
      }),
      { numRuns: 50 },
    );
  });

  it("agrees with stdlib's own t interval and holds the mean change inside it", () => {
    const pair = fc.record({
      before: fc.integer({ min: 0, max: 20 }),
      after: fc.integer({ min: 0, max: 20 }),
    });
    fc.assert(
      fc.property(fc.array(pair, { minLength: 2, maxLength: 40 }), (pairs) => {
        const result = pairedChange(pairs, 'higher-is-better');
        if (result.tTest === null || result.ci === null) return;
        const reference = ttest(pairedDifferences(pairs));
        expect(result.ci.lower).toBeCloseTo(reference.ci[0] as number, 9);
        expect(result.ci.upper).toBeCloseTo(reference.ci[1] as number, 9);
        expect(result.ci.lower).toBeLessThanOrEqual(result.meanChange);
        expect(result.ci.upper).toBeGreaterThanOrEqual(result.meanChange);
      }),
      { numRuns: 50 },
    );
  });
});
