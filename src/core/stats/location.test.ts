import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { meanWithCi, medianWithCi } from './location';

describe('meanWithCi', () => {
  it('computes 1..5 by hand', () => {
    // mean 3; Σ(x − 3)² = 4 + 1 + 0 + 1 + 4 = 10; SD = √(10/4) = 1.581139
    // t(0.975, 4) = 2.776445; half-width = 2.776445 · 1.581139 / √5 = 1.963243
    const estimate = meanWithCi([5, 3, 1, 4, 2]);
    expect(estimate.mean).toBe(3);
    expect(estimate.sd).toBeCloseTo(1.581139, 6);
    expect(estimate.ci?.lower).toBeCloseTo(3 - 1.963243, 6);
    expect(estimate.ci?.upper).toBeCloseTo(3 + 1.963243, 6);
  });

  it('has no SD or interval for a single value', () => {
    expect(meanWithCi([7])).toEqual({ n: 1, mean: 7, sd: null, ci: null });
  });

  it('refuses no values', () => {
    expect(() => meanWithCi([])).toThrow(/at least one/);
  });

  it('holds the mean inside its interval', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 50 }),
        (values) => {
          const { mean, ci } = meanWithCi(values);
          expect(ci?.lower).toBeLessThanOrEqual(mean);
          expect(ci?.upper).toBeGreaterThanOrEqual(mean);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('medianWithCi', () => {
  it('uses the 2nd and 9th order statistics at n = 10 (coverage 1 − 2·11/1024)', () => {
    // P(B ≤ 1 | 10, ½) = (1 + 10)/1024 = 0.0107 ≤ 0.025, P(B ≤ 2) = 56/1024 = 0.0547 > 0.025 → k = 2
    const estimate = medianWithCi([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(estimate.median).toBe(5.5);
    expect(estimate.ci).toEqual({ lower: 2, upper: 9 });
    expect(estimate.coverage).toBeCloseTo(1 - 22 / 1024, 12);
  });

  it('uses min and max at n = 6 and gives no interval at n = 5', () => {
    // n = 6: 2 · (1/64) = 0.03125 ≤ 0.05; n = 5: 2 · (1/32) = 0.0625 > 0.05
    expect(medianWithCi([4, 1, 6, 2, 5, 3])).toMatchObject({
      median: 3.5,
      ci: { lower: 1, upper: 6 },
      coverage: 1 - 2 / 64,
    });
    expect(medianWithCi([1, 2, 3, 4, 5])).toEqual({ n: 5, median: 3, ci: null, coverage: null });
  });

  it('holds the median inside an interval of at least 95% coverage', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 6, maxLength: 200 }),
        (values) => {
          const { median, ci, coverage } = medianWithCi(values);
          expect(ci?.lower).toBeLessThanOrEqual(median);
          expect(ci?.upper).toBeGreaterThanOrEqual(median);
          expect(coverage).toBeGreaterThanOrEqual(0.95);
        },
      ),
      { numRuns: 100 },
    );
  });
});
