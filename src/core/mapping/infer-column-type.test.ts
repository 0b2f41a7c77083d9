import { describe, expect, it } from 'vitest';
import { inferColumnType } from './infer-column-type';

describe('inferColumnType', () => {
  it('sets NA aside before deciding a column is numeric', () => {
    expect(inferColumnType('age', ['34', 'NA', '27', ''])).toEqual({
      type: 'integer',
      missingCodes: ['NA'],
      decimalSeparator: '.',
    });
  });

  it('sees decimal commas in a comma-delimited REDCap export ("1,54" has two digits after the comma)', () => {
    expect(inferColumnType('height', ['1,54', '1,84'], { delimiter: ',' })).toEqual({
      type: 'decimal',
      missingCodes: [],
      decimalSeparator: ',',
    });
  });

  it('reads Excel serials in a date-named column as dates, and the same numbers elsewhere as integers', () => {
    expect(inferColumnType('date_assessment', ['44389', '44383']).type).toBe('excel_serial_date');
    expect(inferColumnType('household_size', ['44389', '44383']).type).toBe('integer');
  });

  it('finds booleans, REDCap checkbox 0/1 and dates', () => {
    expect(inferColumnType('consent', ['True', 'False']).type).toBe('boolean');
    expect(inferColumnType('race___1', ['0', '1']).type).toBe('boolean');
    expect(inferColumnType('visit', ['01.01.2000', '31.12.2001'])).toEqual({
      type: 'date',
      missingCodes: [],
      dateOrder: 'dmy',
    });
    expect(inferColumnType('note', ['hello', '12'])).toEqual({ type: 'text', missingCodes: [] });
    expect(inferColumnType('blank', ['', 'NA']).type).toBe('empty');
  });

  it('honours declared codes', () => {
    expect(
      inferColumnType('score', ['3', '7', '-1'], { declaredMissing: ['-1'] }).missingCodes,
    ).toEqual(['-1']);
  });
});
