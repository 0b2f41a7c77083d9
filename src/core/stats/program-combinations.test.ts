import { describe, expect, it } from 'vitest';
import { combinationRates } from './program-combinations';

describe('combinationRates', () => {
  it('gives Wilson rates, largest n first, then by label, each descriptive', () => {
    const rates = combinationRates([
      { combination: 'training only', n: 40, successes: 12 },
      { combination: 'training + coaching', n: 80, successes: 40 },
      { combination: 'coaching only', n: 40, successes: 20 },
    ]);
    expect(rates.map((rate) => rate.combination)).toEqual([
      'training + coaching',
      'coaching only',
      'training only',
    ]);
    // 40/80 = 0.5; Wilson: centre (0.5 + 3.841459/160)/(1 + 3.841459/80) = 0.5 (symmetric at ½);
    // half = (1.959964/1.048018) · √(0.25/80 + 3.841459/25600) = 1.870162 · √0.003275 = 1.870162 · 0.057228 = 0.107026
    expect(rates[0]).toMatchObject({ n: 80, successes: 40, rate: 0.5, descriptive: true });
    expect(rates[0]?.ci.lower).toBeCloseTo(0.5 - 0.107026, 5);
    expect(rates[0]?.ci.upper).toBeCloseTo(0.5 + 0.107026, 5);
    expect(rates.every((rate) => rate.descriptive)).toBe(true);
  });

  it('orders labels by code units, not locale', () => {
    const rates = combinationRates([
      { combination: 'b', n: 10, successes: 1 },
      { combination: 'B', n: 10, successes: 1 },
      { combination: 'a', n: 10, successes: 1 },
    ]);
    expect(rates.map((rate) => rate.combination)).toEqual(['B', 'a', 'b']);
  });

  it('refuses a combination listed twice', () => {
    const row = { combination: 'x', n: 1, successes: 0 };
    expect(() => combinationRates([row, row])).toThrow(/once/);
  });
});
