import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levenshtein, levenshteinWithin } from './levenshtein';

const referenceLevenshtein = (a: string, b: string): number => {
  const table = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      table[i]![j] = Math.min(
        table[i - 1]![j]! + 1,
        table[i]![j - 1]! + 1,
        table[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
  }
  return table[a.length]![b.length]!;
};

describe('levenshtein', () => {
  it('counts edits by hand', () => {
    // kitten → sitten (k→s) → sittin (e→i) → sitting (+g): 3.
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    // flaw → law (−f) → lawn (+n): 2.
    expect(levenshtein('flaw', 'lawn')).toBe(2);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('4223', '4232')).toBe(2);
  });

  it('stops at the bound and reports bound + 1', () => {
    expect(levenshteinWithin('kitten', 'sitting', 2)).toBe(3);
    expect(levenshteinWithin('kitten', 'sitting', 3)).toBe(3);
    expect(levenshteinWithin('1234567', '7654321', 1)).toBe(2);
    expect(levenshteinWithin('a', 'abcd', 2)).toBe(3);
  });

  it('equals the full dynamic programme, bounded or not, on short and long (> 31) strings', () => {
    const text = fc.string({ unit: fc.constantFrom('0', '1', '2'), maxLength: 40 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 6 }), (a, b, bound) => {
        const distance = referenceLevenshtein(a, b);
        expect(levenshtein(a, b)).toBe(distance);
        expect(levenshteinWithin(a, b, bound)).toBe(Math.min(distance, bound + 1));
      }),
    );
  });
});
