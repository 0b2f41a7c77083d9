import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jaro, jaroWinkler } from './jaro-winkler';

/** Textbook Jaro, written plainly with arrays, to check the optimised one against. */
const referenceJaro = (a: string, b: string): number => {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const usedB = new Array<boolean>(b.length).fill(false);
  const matchedA: string[] = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j <= Math.min(b.length - 1, i + window); j++) {
      if (!usedB[j] && a[i] === b[j]) {
        usedB[j] = true;
        matchedA.push(a[i]!);
        break;
      }
    }
  }
  const matchedB = [...b].filter((_, j) => usedB[j]);
  const m = matchedA.length;
  if (m === 0) return 0;
  const t = matchedA.filter((character, index) => character !== matchedB[index]).length / 2;
  return (m / a.length + m / b.length + (m - t) / m) / 3;
};

describe('jaroWinkler', () => {
  it('gives the values published by Winkler (1990) and used by the jellyfish test data', () => {
    // MARTHA/MARHTA: m = 6, t = 1 → jaro = (1 + 1 + 5/6) / 3 = 0.9444; prefix "mar" → 0.9444 + 3 × 0.1 × 0.0556 = 0.9611.
    expect(jaro('martha', 'marhta')).toBeCloseTo(0.9444, 4);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    // DIXON/DICKSONX: m = 4 (d, i, o, n), t = 0 → jaro = (4/5 + 4/8 + 1) / 3 = 0.7667; prefix "di" → 0.8133.
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
    // DWAYNE/DUANE: m = 4, t = 0 → jaro = (4/6 + 4/5 + 1) / 3 = 0.8222; prefix "d" → 0.84.
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 4);
  });

  it('scores identical strings 1, disjoint strings 0, and one empty string 0', () => {
    expect(jaroWinkler('abc', 'abc')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'foo')).toBe(0);
  });

  it('does not boost a Jaro score of 0.7 or less', () => {
    // "abcd"/"abxy": m = 2, t = 0 → jaro = (2/4 + 2/4 + 1) / 3 = 0.6667, returned as is.
    expect(jaroWinkler('abcd', 'abxy')).toBeCloseTo(0.6667, 4);
  });

  it('agrees with a plain textbook Jaro on short and long (≥ 32 characters) strings', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 45 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(jaro(a, b)).toBeCloseTo(referenceJaro(a, b), 12);
      }),
    );
  });
});
