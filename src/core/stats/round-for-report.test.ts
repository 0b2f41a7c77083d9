import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { roundForReport } from './round-for-report';

describe('roundForReport', () => {
  it('rounds the printed decimal half away from zero', () => {
    // 1.005 and 2.675 are stored just below the half (1.00499999999999989…), so
    // Math.round(x · 100) / 100 gives 1 and 2.67; a reader of "1.005" expects 1.01.
    expect(roundForReport(1.005, 2)).toBe(1.01);
    expect(roundForReport(2.675, 2)).toBe(2.68);
    expect(roundForReport(0.125, 2)).toBe(0.13);
    expect(roundForReport(-0.125, 2)).toBe(-0.13);
    expect(roundForReport(2.5, 0)).toBe(3);
    expect(roundForReport(-2.5, 0)).toBe(-3);
    expect(roundForReport(9.995, 2)).toBe(10);
    expect(roundForReport(0.0028328901973842715, 4)).toBe(0.0028);
  });

  it('leaves short numbers alone and never returns -0', () => {
    expect(roundForReport(0.5, 2)).toBe(0.5);
    expect(roundForReport(1e21, 2)).toBe(1e21);
    expect(Object.is(roundForReport(-0.0001, 2), 0)).toBe(true);
    expect(Object.is(roundForReport(-0, 2), 0)).toBe(true);
    expect(roundForReport(1.23456789e-7, 9)).toBe(1.23e-7);
    expect(roundForReport(0.00049, 3)).toBe(0);
    expect(roundForReport(0.0005, 3)).toBe(0.001);
  });

  it('refuses non-finite values and bad digit counts', () => {
    expect(() => roundForReport(Number.NaN, 2)).toThrow(/finite/);
    expect(() => roundForReport(1, 1.5)).toThrow(/digits/);
    expect(() => roundForReport(1, 16)).toThrow(/digits/);
  });

  it('lands within half a unit of the last digit, symmetric in sign, and is idempotent', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: 0, max: 6 }),
        (value, digits) => {
          const rounded = roundForReport(value, digits);
          expect(Math.abs(rounded - value)).toBeLessThanOrEqual(0.5 * 10 ** -digits * (1 + 1e-9));
          expect(roundForReport(-value, digits)).toBe(rounded === 0 ? 0 : -rounded);
          expect(roundForReport(rounded, digits)).toBe(rounded);
        },
      ),
    );
  });
});
