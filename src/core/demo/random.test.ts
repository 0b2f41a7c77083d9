import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from './random';

const draw = (seed: number, count: number) => {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.next());
};

describe('the seeded random generator', () => {
  it('repeats its sequence for the same seed and changes it for another', () => {
    expect(draw(42, 20)).toEqual(draw(42, 20));
    expect(draw(42, 20)).not.toEqual(draw(43, 20));
  });

  it('keeps integers within their inclusive bounds', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 0, max: 50 }),
        (seed, min, span) => {
          const random = createRandom(seed);
          for (let i = 0; i < 50; i += 1) {
            const value = random.int(min, min + span);
            expect(Number.isInteger(value) && value >= min && value <= min + span).toBe(true);
          }
        },
      ),
    );
  });

  it('is roughly uniform and normal where it should be', () => {
    const random = createRandom(7);
    const uniforms = Array.from({ length: 20_000 }, () => random.next());
    // Mean of U(0,1) is 1/2 with standard error sqrt(1/12/20000) ≈ 0.002; allow 5 standard errors.
    expect(Math.abs(uniforms.reduce((a, b) => a + b, 0) / uniforms.length - 0.5)).toBeLessThan(
      0.01,
    );
    const normals = Array.from({ length: 20_000 }, () => random.normal(10, 2));
    const mean = normals.reduce((a, b) => a + b, 0) / normals.length;
    const sd = Math.sqrt(normals.reduce((a, b) => a + (b - mean) ** 2, 0) / normals.length);
    // Standard error of the mean is 2/sqrt(20000) ≈ 0.014.
    expect(Math.abs(mean - 10)).toBeLessThan(0.07);
    expect(Math.abs(sd - 2)).toBeLessThan(0.05);
  });

  it('never picks an item of weight zero, and follows the weights', () => {
    const random = createRandom(1);
    const picks = Array.from({ length: 10_000 }, () =>
      random.weighted([
        ['a', 1],
        ['b', 0],
        ['c', 3],
      ] as const),
    );
    expect(picks).not.toContain('b');
    // Expected share of 'c' is 3/4; standard error sqrt(0.75·0.25/10000) ≈ 0.0043.
    expect(
      Math.abs(picks.filter((pick) => pick === 'c').length / picks.length - 0.75),
    ).toBeLessThan(0.02);
  });
});
