import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Problem } from '../problem';
import {
  checkUniqueId,
  formatUniqueId,
  isValidUniqueId,
  issueUniqueId,
  issueUniqueIdWithRetry,
  normalizeUniqueId,
  uniqueIdAlphabet,
  uniqueIdCapacity,
} from './unique-id';

const compact = (id: string) => id.replaceAll('-', '');
const display = (chars: string) => `${chars.slice(0, 3)}-${chars.slice(3, 6)}-${chars.slice(6)}`;
const withCharacter = (id: string, index: number, character: string) => {
  const chars = compact(id).split('');
  chars[index] = character;
  return display(chars.join(''));
};
const swapped = (id: string, left: number, right: number) => {
  const chars = compact(id).split('');
  const a = chars[left] ?? '';
  chars[left] = chars[right] ?? '';
  chars[right] = a;
  return display(chars.join(''));
};
const anyValue = fc.integer({ min: 0, max: uniqueIdCapacity - 1 });

describe('the alphabet', () => {
  it('has 31 characters, a prime, and none of the look-alikes 0 O 1 I L', () => {
    expect(uniqueIdAlphabet).toHaveLength(31);
    expect(new Set(uniqueIdAlphabet).size).toBe(31);
    for (const lookAlike of '0O1IL') expect(uniqueIdAlphabet).not.toContain(lookAlike);
    expect(uniqueIdCapacity).toBe(887_503_681);
  });
});

describe('formatUniqueId', () => {
  it('formats known values with the check character worked out by hand', () => {
    // 0: every value is 0, Σ i·vᵢ = 0, so the check value is 0 → '2'.
    expect(formatUniqueId(0)).toBe('222-222-2');
    // 1: payload values 0,0,0,0,0,1 give Σ = 6·1 = 6; 6 + 7·c ≡ 0 (mod 31) → c = 8 → 'A' (62 = 2·31).
    expect(formatUniqueId(1)).toBe('222-223-A');
    // 31⁶ − 1: all six values are 30, Σ = 30·21 = 630 ≡ 10; 10 + 7·c ≡ 0 → c = 3 → '5' (651 = 21·31).
    expect(formatUniqueId(uniqueIdCapacity - 1)).toBe('ZZZ-ZZZ-5');
    // 31: payload 0,0,0,0,1,0 gives Σ = 5·1 = 5; 5 + 7·c ≡ 0 → c = 17 → 'K' (5 + 119 = 124 = 4·31).
    expect(formatUniqueId(31)).toBe('222-232-K');
  });

  it('rejects values outside [0, 31⁶) and non-integers', () => {
    expect(() => formatUniqueId(-1)).toThrow(Problem);
    expect(() => formatUniqueId(uniqueIdCapacity)).toThrow(/0 to 887503680/);
    expect(() => formatUniqueId(1.5)).toThrow(Problem);
  });

  it('gives distinct values distinct IDs that are all valid', () => {
    fc.assert(
      fc.property(anyValue, anyValue, (a, b) => {
        expect(isValidUniqueId(formatUniqueId(a))).toBe(true);
        if (a !== b) expect(formatUniqueId(a)).not.toBe(formatUniqueId(b));
      }),
    );
  });
});

describe('the check character', () => {
  it('catches every single-character substitution (property)', () => {
    fc.assert(
      fc.property(
        anyValue,
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 30 }),
        (value, index, shift) => {
          const id = formatUniqueId(value);
          const original = compact(id).charAt(index);
          const replacement = uniqueIdAlphabet.charAt(
            (uniqueIdAlphabet.indexOf(original) + shift) % 31,
          );
          expect(checkUniqueId(withCharacter(id, index, replacement)).valid).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('catches every adjacent transposition of two different characters (property)', () => {
    fc.assert(
      fc.property(anyValue, fc.integer({ min: 0, max: 5 }), (value, index) => {
        const id = formatUniqueId(value);
        const chars = compact(id);
        fc.pre(chars.charAt(index) !== chars.charAt(index + 1));
        expect(checkUniqueId(swapped(id, index, index + 1)).valid).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('catches every substitution and every transposition, exhaustively, for a few IDs', () => {
    for (const value of [0, 1, 31, 123_456_789, 500_000_000, uniqueIdCapacity - 1]) {
      const id = formatUniqueId(value);
      let substitutions = 0;
      for (let index = 0; index < 7; index++) {
        for (const replacement of uniqueIdAlphabet) {
          if (replacement === compact(id).charAt(index)) continue;
          expect(checkUniqueId(withCharacter(id, index, replacement)).valid).toBe(false);
          substitutions++;
        }
      }
      expect(substitutions).toBe(7 * 30);
      for (let left = 0; left < 7; left++) {
        for (let right = left + 1; right < 7; right++) {
          if (compact(id).charAt(left) === compact(id).charAt(right)) continue;
          expect(checkUniqueId(swapped(id, left, right)).valid).toBe(false);
        }
      }
    }
  });
});

describe('checkUniqueId and normalizeUniqueId', () => {
  it('accepts lower case, spaces and dashes anywhere', () => {
    expect(normalizeUniqueId('222-223-a')).toBe('222-223-A');
    expect(normalizeUniqueId(' 222 223 a ')).toBe('222-223-A');
    expect(normalizeUniqueId('222223A')).toBe('222-223-A');
    expect(normalizeUniqueId('2-2-2-2-2-3-A')).toBe('222-223-A');
    expect(normalizeUniqueId('zzz–zzz–5')).toBe('ZZZ-ZZZ-5');
  });

  it('rejects look-alikes with a reason and the position of the character', () => {
    expect(checkUniqueId('2O2-223-A')).toEqual({
      valid: false,
      reason:
        "'O' is never used in unique IDs (they leave out 0, O, 1, I and L so they cannot be confused); please check that character",
      position: 1,
    });
    expect(checkUniqueId('222-22l-A')).toMatchObject({ valid: false, position: 6 });
    expect(checkUniqueId('#22-223-A')).toMatchObject({
      valid: false,
      reason: "'#' is not a character used in unique IDs",
      position: 0,
    });
  });

  it('rejects the wrong length and a wrong check character', () => {
    expect(checkUniqueId('222-223')).toEqual({
      valid: false,
      reason: 'A unique ID has 7 characters, like K7M-4QX-R; this has 6',
    });
    expect(checkUniqueId('222-223-B')).toEqual({
      valid: false,
      reason: 'The check character does not match: a character is mistyped or two are swapped',
    });
  });

  it('throws request.invalid from normalizeUniqueId with the position', () => {
    try {
      normalizeUniqueId('222-1');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Problem);
      expect((error as Problem).code).toBe('request.invalid');
      expect((error as Problem).details).toEqual({ position: 4, found: '222-1' });
    }
  });

  it('isValidUniqueId accepts only the canonical form', () => {
    expect(isValidUniqueId('222-223-A')).toBe(true);
    expect(isValidUniqueId('222-223-a')).toBe(false);
    expect(isValidUniqueId('222223A')).toBe(false);
    expect(isValidUniqueId('222-223-B')).toBe(false);
  });
});

describe('issuing', () => {
  it('maps the random draw onto the whole range', () => {
    expect(issueUniqueId(() => 0)).toBe('222-222-2');
    expect(issueUniqueId(() => 0.999_999_999_999)).toBe('ZZZ-ZZZ-5');
    // 0.5 · 887,503,681 = 443,751,840.5 → 443,751,840.
    expect(issueUniqueId(() => 0.5)).toBe(formatUniqueId(443_751_840));
    expect(() => issueUniqueId(() => 1)).toThrow(Problem);
    expect(() => issueUniqueId(() => Number.NaN)).toThrow(Problem);
  });

  it('retries while the drawn ID exists, then gives up with request.conflict', async () => {
    const draws = [0, 0, 0.5];
    const random = () => draws.shift() ?? 0;
    const taken = new Set(['222-222-2']);
    await expect(issueUniqueIdWithRetry(random, (id) => taken.has(id))).resolves.toBe(
      formatUniqueId(443_751_840),
    );
    await expect(
      issueUniqueIdWithRetry(
        () => 0,
        () => Promise.resolve(true),
        3,
      ),
    ).rejects.toMatchObject({
      code: 'request.conflict',
      details: { attempts: 3 },
    });
  });
});
