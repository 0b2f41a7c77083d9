import { describe, expect, it } from 'vitest';
import { compareDates, packDate, parseDateParts } from './date-comparison';

describe('parseDateParts', () => {
  it('reads compact, ISO and day-first dates, keeping invalid days as numbers', () => {
    expect(parseDateParts('19151111')).toEqual({ year: 1915, month: 11, day: 11 });
    expect(parseDateParts('1980-5-12')).toEqual({ year: 1980, month: 5, day: 12 });
    expect(parseDateParts('12/05/1980')).toEqual({ year: 1980, month: 5, day: 12 });
    expect(parseDateParts('19761345')).toEqual({ year: 1976, month: 13, day: 45 });
    expect(parseDateParts('soon')).toBeNull();
    expect(packDate({ year: 1980, month: 5, day: 12 })).toBe(19800512);
  });
});

describe('compareDates', () => {
  it('finds each kind of partial agreement', () => {
    expect(compareDates(19800512, 19800512)).toBe('exact');
    expect(compareDates(19800512, 19801205)).toBe('swapped-day-month');
    expect(compareDates(19800512, 19800513)).toBe('one-digit');
    expect(compareDates(19800512, 19900512)).toBe('one-digit');
    expect(compareDates(19800512, 19800527)).toBe('same-year-month');
    // 1980-05 and 1981-04 are 11 months apart.
    expect(compareDates(19800512, 19810428)).toBe('within-one-year');
    // 1980-05 and 1981-06 are 13 months apart.
    expect(compareDates(19800512, 19810628)).toBe('different');
  });
});
