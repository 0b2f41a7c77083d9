import { describe, expect, it } from 'vitest';
import { detectDecimalSeparator, parseNumber } from './parse-number';
import { detectNumericSentinels, isMissingMarker } from './missing-values';

describe('numbers', () => {
  it('reads thousands separators and decimal commas', () => {
    expect(parseNumber('19,582')).toBe(19582);
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('.34')).toBe(0.34);
    expect(parseNumber('1,54', ',')).toBe(1.54);
    expect(parseNumber('1.234,5', ',')).toBe(1234.5);
    expect(parseNumber('17 895', ',')).toBe(17895);
    expect(parseNumber('12,50 €', ',')).toBeNull();
    expect(parseNumber('1,54')).toBeNull();
    expect(parseNumber('-')).toBeNull();
  });

  it('decides the decimal separator per column', () => {
    expect(detectDecimalSeparator(['1,54', '52,3'], ',')).toBe(',');
    expect(detectDecimalSeparator(['19,582', '2,705'], ',')).toBe('.');
    expect(detectDecimalSeparator(['19,582', '2,705'], ';')).toBe(',');
    expect(detectDecimalSeparator(['22.1', '27.3'], ';')).toBe('.');
  });

  it('treats the usual markers as missing', () => {
    expect(['NA', 'n/a', '-', '..', '', ' N/A '].map(isMissingMarker)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['0', 'None of it', 'NAME'].map(isMissingMarker)).toEqual([false, false, false]);
  });

  it('flags 999 in ages 19–61 (all below 999 / 5) but not in counts that reach 800', () => {
    expect(detectNumericSentinels([34, 999, 27, 45, 61, 19])).toEqual([999]);
    expect(detectNumericSentinels([340, 999, 270, 450, 610, 800])).toEqual([]);
    expect(detectNumericSentinels([3, -9, 2, 5, 1, 4])).toEqual([-9]);
  });
});
