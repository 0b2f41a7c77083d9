import { describe, expect, it } from 'vitest';
import {
  normalizeDateOfBirth,
  normalizeEmail,
  normalizeNameForMatching,
  normalizePhone,
} from './identifiers';

describe('normalizeEmail', () => {
  it('trims and lower-cases, and keeps provider-specific parts as typed', () => {
    expect(normalizeEmail('  Jane.Doe@Example.COM ')).toBe('jane.doe@example.com');
    expect(normalizeEmail('J.Doe+Intake@GMAIL.com')).toBe('j.doe+intake@gmail.com');
    expect(normalizeEmail('\tmaria.lopez@sub.school.k12.ca.us\n')).toBe(
      'maria.lopez@sub.school.k12.ca.us',
    );
  });

  it('returns null for things that are not an address', () => {
    for (const junk of [
      '',
      'n/a',
      'none',
      'jane@',
      '@example.com',
      'jane doe@example.com',
      'jane@example',
      'jane@example.',
    ]) {
      expect(normalizeEmail(junk)).toBeNull();
    }
  });
});

describe('normalizePhone', () => {
  // +1 415 555 2671 is the example number in Wikipedia's E.164 article.
  it('reads the ways US numbers are written into E.164', () => {
    for (const written of [
      '(415) 555-2671',
      '415.555.2671',
      '415-555-2671',
      '4155552671',
      '1-415-555-2671',
      '1 (415) 555 2671',
      '+1 415 555 2671',
      '+14155552671',
      '011 1 415 555 2671',
      '415-555-2671 ext. 204',
      '415-555-2671 x204',
      '(415) 555-2671 #12',
      ' 415/555-2671 ',
    ]) {
      expect(normalizePhone(written), written).toBe('+14155552671');
    }
  });

  it('reads international numbers whatever the default', () => {
    // The UK's Ofcom drama number 020 7946 0958, written the usual ways.
    expect(normalizePhone('+44 20 7946 0958')).toBe('+442079460958');
    expect(normalizePhone('+44 (0)20 7946 0958')).toBe('+442079460958');
    expect(normalizePhone('0044 20 7946 0958')).toBe('+442079460958');
    expect(normalizePhone('011 44 20 7946 0958')).toBe('+442079460958');
    expect(normalizePhone('020 7946 0958', '44')).toBe('+442079460958');
  });

  it('returns null for junk, short numbers, letters and impossible NANP numbers', () => {
    for (const junk of [
      '',
      'n/a',
      'none',
      '123',
      '555-2671',
      '1-800-FLOWERS',
      '4.15555E+09',
      '4155552671.0',
      '(015) 555-2671', // area codes never start with 0 or 1
      '(415) 155-2671', // nor do exchanges
      '415-555-2671, 415-555-2672',
      '+0 123 456 789',
      '+1234567890123456',
    ]) {
      expect(normalizePhone(junk), junk).toBeNull();
    }
  });
});

describe('normalizeNameForMatching', () => {
  it('strips accents, case, apostrophes and extra spaces', () => {
    expect(normalizeNameForMatching('  José   MARÍA ')).toBe('jose maria');
    expect(normalizeNameForMatching('O’Brien-Núñez')).toBe('obrien nunez');
    expect(normalizeNameForMatching("D'Angelo")).toBe('dangelo');
    expect(normalizeNameForMatching('Nguyễn Văn Thành')).toBe('nguyen van thanh');
    expect(normalizeNameForMatching('Łukasz Żółć')).toBe('lukasz zolc');
    expect(normalizeNameForMatching('Strauß, Søren')).toBe('strauss soren');
    expect(normalizeNameForMatching('Müller')).toBe('muller');
    expect(normalizeNameForMatching('Smith Jr.')).toBe('smith jr');
    expect(normalizeNameForMatching('   ')).toBe('');
  });
});

describe('normalizeDateOfBirth', () => {
  it('reads ISO-like dates, with or without a trailing time', () => {
    expect(normalizeDateOfBirth('1984-03-07')).toBe('1984-03-07');
    expect(normalizeDateOfBirth('1984/3/7')).toBe('1984-03-07');
    expect(normalizeDateOfBirth('1984-03-07 00:00:00')).toBe('1984-03-07');
    expect(normalizeDateOfBirth('1984-03-07T00:00:00.000Z')).toBe('1984-03-07');
    expect(normalizeDateOfBirth('19840307')).toBe('1984-03-07');
  });

  it('reads numeric dates month-first by default and day-first on request', () => {
    expect(normalizeDateOfBirth('03/07/1984')).toBe('1984-03-07');
    expect(normalizeDateOfBirth('3/7/1984 12:00 AM')).toBe('1984-03-07');
    expect(normalizeDateOfBirth('03/07/1984', { order: 'day-first' })).toBe('1984-07-03');
    expect(normalizeDateOfBirth('07.03.1984', { order: 'day-first' })).toBe('1984-03-07');
  });

  it('takes the only possible reading when one has a month above 12', () => {
    expect(normalizeDateOfBirth('25/12/1990')).toBe('1990-12-25');
    expect(normalizeDateOfBirth('12/25/1990', { order: 'day-first' })).toBe('1990-12-25');
    expect(normalizeDateOfBirth('13/13/1990')).toBeNull();
  });

  it('reads month names in English', () => {
    expect(normalizeDateOfBirth('7 Mar 1984')).toBe('1984-03-07');
    expect(normalizeDateOfBirth('07-Mar-1984')).toBe('1984-03-07');
    expect(normalizeDateOfBirth('March 7th, 1984')).toBe('1984-03-07');
    expect(normalizeDateOfBirth('Sept. 21, 2001')).toBe('2001-09-21');
    expect(normalizeDateOfBirth('21 September 2001')).toBe('2001-09-21');
    expect(normalizeDateOfBirth('7 Ma 1984')).toBeNull();
    expect(normalizeDateOfBirth('7 Smarch 1984')).toBeNull();
  });

  it('reads two-digit years as the most recent year not after currentYear', () => {
    expect(normalizeDateOfBirth('3/7/84', { currentYear: 2026 })).toBe('1984-03-07');
    expect(normalizeDateOfBirth('3/7/05', { currentYear: 2026 })).toBe('2005-03-07');
    expect(normalizeDateOfBirth('3/7/26', { currentYear: 2026 })).toBe('2026-03-07');
    expect(normalizeDateOfBirth('3/7/27', { currentYear: 2026 })).toBe('1927-03-07');
    expect(normalizeDateOfBirth('3/7/84')).toBeNull();
  });

  it('returns null for impossible dates and junk', () => {
    expect(normalizeDateOfBirth('1990-02-29')).toBeNull(); // 1990 is not a leap year
    expect(normalizeDateOfBirth('2000-02-29')).toBe('2000-02-29'); // 2000 is (divisible by 400)
    expect(normalizeDateOfBirth('1984-13-01')).toBeNull();
    expect(normalizeDateOfBirth('1850-01-01')).toBeNull();
    expect(normalizeDateOfBirth('2030-01-01', { currentYear: 2026 })).toBeNull();
    for (const junk of ['', 'unknown', 'n/a', '0', '31', '12/1984', '1984']) {
      expect(normalizeDateOfBirth(junk), junk).toBeNull();
    }
  });
});
