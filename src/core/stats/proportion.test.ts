import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newcombeDifference, wilsonInterval } from './proportion';

describe('wilsonInterval', () => {
  it('computes 8/10 by hand', () => {
    // z = 1.959964, z² = 3.841459; p = 0.8, n = 10.
    // denominator = 1 + 3.841459/10 = 1.3841459
    // centre = (0.8 + 3.841459/20) / 1.3841459 = 0.99207295 / 1.3841459 = 0.716740
    // half = (1.959964 / 1.3841459) · √(0.8·0.2/10 + 3.841459/400)
    //      = 1.416013 · √(0.016 + 0.0096036) = 1.416013 · 0.160011 = 0.226578
    const estimate = wilsonInterval(8, 10);
    expect(estimate.rate).toBe(0.8);
    expect(estimate.ci.lower).toBeCloseTo(0.71674 - 0.226578, 5);
    expect(estimate.ci.upper).toBeCloseTo(0.71674 + 0.226578, 5);
  });

  it("matches Newcombe (1998a, Stat Med 17:857, Table II, method 3 'score') examples", () => {
    const published: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [successes, n, lower, upper] of published) {
      const { ci } = wilsonInterval(successes, n);
      expect(ci.lower).toBeCloseTo(lower, 4);
      expect(ci.upper).toBeCloseTo(upper, 4);
    }
  });

  it('is exactly [0, …] at zero events and […, 1] at n events', () => {
    expect(wilsonInterval(0, 5).ci.lower).toBe(0);
    expect(wilsonInterval(5, 5).ci.upper).toBe(1);
  });

  it('refuses n = 0 and successes above n', () => {
    expect(() => wilsonInterval(0, 0)).toThrow(/n ≥ 1/);
    expect(() => wilsonInterval(4, 3)).toThrow(/exceed/);
  });

  it('always contains the rate, inside [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, share) => {
          const { rate, ci } = wilsonInterval(Math.floor(share * n), n);
          expect(ci.lower).toBeGreaterThanOrEqual(0);
          expect(ci.upper).toBeLessThanOrEqual(1);
          expect(ci.lower).toBeLessThanOrEqual(rate);
          expect(ci.upper).toBeGreaterThanOrEqual(rate);
        },
      ),
    );
  });
});

describe('newcombeDifference', () => {
  it('matches Newcombe (1998b, Stat Med 17:873, Table II, method 10) examples', () => {
    const published: [number, number, number, number, number, number][] = [
      [56, 70, 48, 80, 0.0524, 0.3339],
      [9, 10, 3, 10, 0.1705, 0.809],
      [5, 56, 0, 29, -0.0381, 0.1926],
      [0, 10, 0, 20, -0.1611, 0.2775],
      [10, 10, 0, 20, 0.6791, 1],
    ];
    for (const [a, m, b, n, lower, upper] of published) {
      const gap = newcombeDifference(wilsonInterval(a, m), wilsonInterval(b, n));
      expect(gap.ci.lower).toBeCloseTo(lower, 4);
      expect(gap.ci.upper).toBeCloseTo(upper, 4);
    }
  });

  it('computes 56/70 − 48/80 by hand from the two Wilson intervals', () => {
    // p1 = 0.8, Wilson (0.6918, 0.8770); p2 = 0.6, Wilson (0.4905, 0.7004)
    // δ = √((0.8 − 0.6918)² + (0.7004 − 0.6)²) = √(0.011707 + 0.010080) = 0.147606
    // ε = √((0.8770 − 0.8)² + (0.6 − 0.4905)²) = √(0.005929 + 0.011990) = 0.133863
    // CI = (0.2 − 0.1476, 0.2 + 0.1339) = (0.0524, 0.3339), Newcombe's published figures
    const first = wilsonInterval(56, 70);
    const second = wilsonInterval(48, 80);
    expect(first.ci.lower).toBeCloseTo(0.6918, 4);
    expect(first.ci.upper).toBeCloseTo(0.877, 4);
    expect(second.ci.lower).toBeCloseTo(0.4905, 4);
    expect(second.ci.upper).toBeCloseTo(0.7004, 4);
    const gap = newcombeDifference(first, second);
    expect(gap.difference).toBeCloseTo(0.2, 12);
    expect(gap.ci.lower).toBeCloseTo(0.2 - 0.147606, 3);
    expect(gap.ci.upper).toBeCloseTo(0.2 + 0.133863, 3);
  });

  it('contains the difference and is antisymmetric', () => {
    const count = fc
      .integer({ min: 1, max: 400 })
      .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(count, count, ([a, m], [b, n]) => {
        const forward = newcombeDifference(wilsonInterval(a, m), wilsonInterval(b, n));
        const backward = newcombeDifference(wilsonInterval(b, n), wilsonInterval(a, m));
        expect(forward.ci.lower).toBeLessThanOrEqual(forward.difference);
        expect(forward.ci.upper).toBeGreaterThanOrEqual(forward.difference);
        expect(backward.ci.lower).toBeCloseTo(-forward.ci.upper, 12);
      }),
    );
  });
});
