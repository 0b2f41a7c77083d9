import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDateOrder, excelSerialToIso, expandTwoDigitYear, parseDate } from './parse-date';

describe('dates', () => {
  it('decides day-first from a first part above 12, month-first from a second part above 12', () => {
    expect(detectDateOrder(['03/04/2020', '15/04/2020'])).toEqual({
      order: 'dmy',
      ambiguous: false,
    });
    expect(detectDateOrder(['03/04/2020', '04/15/2020'])).toEqual({
      order: 'mdy',
      ambiguous: false,
    });
    expect(detectDateOrder(['03/04/2020', '05/06/2020'])).toEqual({
      order: 'mdy',
      ambiguous: true,
    });
    expect(detectDateOrder(['13/04/2020', '04/15/2020'])).toBeNull();
    expect(detectDateOrder(['2020-04-03', '2021-12-31T10:00:00Z'])).toEqual({
      order: 'ymd',
      ambiguous: false,
    });
    expect(detectDateOrder(['2020-04-03', 'soon'])).toBeNull();
  });

  it('reads each order, dotted German dates, named months and times', () => {
    expect(parseDate('15/04/2020', 'dmy')).toBe('2020-04-15');
    expect(parseDate('4/15/2020', 'mdy')).toBe('2020-04-15');
    expect(parseDate('01.01.2021', 'dmy')).toBe('2021-01-01');
    expect(parseDate('20-May-96', 'mdy')).toBe('1996-05-20');
    expect(parseDate('12/13/2019 9:50:30', 'mdy')).toBe('2019-12-13T09:50:30');
    expect(parseDate('06/15/2024 1:05 PM', 'mdy')).toBe('2024-06-15T13:05:00');
    expect(parseDate('2024-02-30', 'ymd')).toBeNull();
    expect(parseDate('2024-02-29', 'ymd')).toBe('2024-02-29');
  });

  it('expands two-digit years like Excel: 00–29 are 2000s, 30–99 are 1900s', () => {
    expect([
      expandTwoDigitYear(0),
      expandTwoDigitYear(29),
      expandTwoDigitYear(30),
      expandTwoDigitYear(96),
    ]).toEqual([2000, 2029, 1930, 1996]);
    expect(parseDate('9/8/18 15:29', 'mdy')).toBe('2018-09-08T15:29:00');
    expect(parseDate('17-Jan-59', 'dmy')).toBe('1959-01-17');
  });

  it('converts Excel serials (Excel: DATE(2021,1,1) = 44197, DATE(1900,1,1) = 1, DATE(1900,3,1) = 61)', () => {
    expect(excelSerialToIso(44197)).toBe('2021-01-01');
    // 44389 − 44197 = 192 days after 1 January 2021: 181 days reach 1 July, 11 more reach 12 July.
    expect(excelSerialToIso(44389)).toBe('2021-07-12');
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(44197.75)).toBe('2021-01-01T18:00:00');
  });

  it('round-trips any valid day written day-first', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1930, 0, 1)),
          max: new Date(Date.UTC(2029, 11, 31)),
          noInvalidDate: true,
        }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [year, month, day] = iso.split('-');
          expect(parseDate(`${day}/${month}/${year}`, 'dmy')).toBe(iso);
          expect(parseDate(`${day}/${month}/${year?.slice(2)}`, 'dmy')).toBe(iso);
        },
      ),
    );
  });
});
