import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addSeconds, ageOn, dayNumber, isoDate, isRealDate } from './calendar';

describe('calendar arithmetic', () => {
  it('numbers days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    // 2000 is a leap year: 30 years of 365 days plus 7 leap days (72, 76, …, 96) = 10957.
    expect(dayNumber('2000-01-01')).toBe(10_957);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
    expect(dayNumber('2023-03-01') - dayNumber('2023-02-28')).toBe(1);
    expect(dayNumber('1900-01-01')).toBe(-25_567);
  });

  it('agrees with Date for any day between 1800 and 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_000, max: 84_000 }), (day) => {
        const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(isoDate(day)).toBe(expected);
        expect(dayNumber(expected)).toBe(day);
      }),
    );
  });

  it('adds days and seconds across month and year ends', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addSeconds('2023-12-31T23:59:30', 45)).toBe('2024-01-01T00:00:15');
    expect(addSeconds('2024-01-01T00:00:10', -20)).toBe('2023-12-31T23:59:50');
  });

  it('computes whole years of age and recognises impossible dates', () => {
    expect(ageOn('2000-06-15', '2024-06-14')).toBe(23);
    expect(ageOn('2000-06-15', '2024-06-15')).toBe(24);
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2024-02-30')).toBe(false);
  });
});
