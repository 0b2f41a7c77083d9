import { describe, expect, it } from 'vitest';
import { countPairedYesNo, mcnemar } from './mcnemar';

describe('mcnemar', () => {
  it("matches Agresti's presidential approval ratings (Categorical Data Analysis, 1990, p. 350)", () => {
    // The example of R's ?mcnemar.test, whose output is McNemar's chi-squared = 16.818, p = 4.115e-05.
    // 1600 people asked twice: approve→approve 794, approve→disapprove 150, disapprove→approve 86,
    // disapprove→disapprove 570. Agresti: z² = (86 − 150)² / (86 + 150) = 4096 / 236 = 17.36;
    // with continuity correction (|64| − 1)² / 236 = 3969 / 236 = 16.82.
    const result = mcnemar({ yesYes: 794, yesNo: 150, noYes: 86, noNo: 570 }, 'higher-is-better');
    expect(result.variant).toBe('chi-square-continuity-corrected');
    expect(result.discordant).toBe(236);
    expect(result.chiSquare).toBeCloseTo(4096 / 236, 12);
    expect(result.chiSquare).toBeCloseTo(17.36, 2);
    expect(result.chiSquareCorrected).toBeCloseTo(16.82, 2);
    // scipy.stats.chi2.sf(3969 / 236, 1) = 4.114562281345944e-05
    expect(result.pValue).toBeCloseTo(4.114562281345944e-5, 12);
    // approval 944/1600 = 0.59 before, 880/1600 = 0.55 after
    expect(result.shareYesBefore).toBe(0.59);
    expect(result.shareYesAfter).toBe(0.55);
    expect(result).toMatchObject({ improved: 86, worsened: 150 });
  });

  it('uses the exact binomial test below 25 discordant pairs', () => {
    // b = 1, c = 7: p = 2 · P(X ≤ 1 | 8, ½) = 2 · (1 + 8) / 256 = 0.0703125
    // (scipy.stats.binomtest(1, 8).pvalue = 0.0703125)
    const result = mcnemar({ yesYes: 5, yesNo: 1, noYes: 7, noNo: 3 }, 'higher-is-better');
    expect(result.variant).toBe('exact-binomial');
    expect(result.pValue).toBe(0.0703125);
    expect(result.chiSquare).toBe(4.5); // 36 / 8
    expect(result.chiSquareCorrected).toBe(3.125); // 25 / 8
  });

  it('switches to chi-square at exactly 25 discordant pairs', () => {
    // b = 20, c = 5: (15 − 1)² / 25 = 7.84
    const result = mcnemar({ yesYes: 0, yesNo: 20, noYes: 5, noNo: 0 }, 'lower-is-better');
    expect(result.variant).toBe('chi-square-continuity-corrected');
    expect(result.chiSquareCorrected).toBeCloseTo(7.84, 12);
    // yes is the bad outcome: yes→no is improvement
    expect(result).toMatchObject({ improved: 20, worsened: 5, shareImproved: 0.8 });
  });

  it('gives p = 1 for equal discordant counts and for none', () => {
    // b = c = 15: max(0, 0 − 1)² / 30 = 0
    expect(mcnemar({ yesYes: 1, yesNo: 15, noYes: 15, noNo: 1 }, 'higher-is-better')).toMatchObject(
      {
        chiSquareCorrected: 0,
        pValue: 1,
      },
    );
    expect(mcnemar({ yesYes: 3, yesNo: 0, noYes: 0, noNo: 4 }, 'higher-is-better')).toMatchObject({
      chiSquare: null,
      pValue: 1,
    });
  });

  it('tallies matched yes/no pairs', () => {
    const pairs = [
      { before: true, after: true },
      { before: true, after: false },
      { before: false, after: true },
      { before: false, after: true },
      { before: false, after: false },
    ];
    expect(countPairedYesNo(pairs)).toEqual({ yesYes: 1, yesNo: 1, noYes: 2, noNo: 1 });
  });

  it('refuses an empty or non-count table', () => {
    expect(() => mcnemar({ yesYes: 0, yesNo: 0, noYes: 0, noNo: 0 }, 'higher-is-better')).toThrow(
      /at least one/,
    );
    expect(() => mcnemar({ yesYes: 1.5, yesNo: 0, noYes: 0, noNo: 0 }, 'higher-is-better')).toThrow(
      /integer/,
    );
  });
});
