/**
 * Infers what a column holds from sample values: the type a mapping should expect, plus the
 * reading decisions that belong to the whole column (date order, decimal separator, missing codes).
 * Missing markers are set aside first so "NA" does not turn a number column into text.
 */
import { detectDecimalSeparator, parseNumber, type DecimalSeparator } from './parse-number';
import { dateParts, detectDateOrder, type DateOrder } from './parse-date';
import { detectNumericSentinels, isMissingMarker } from './missing-values';

export type ColumnType =
  'empty' | 'boolean' | 'integer' | 'decimal' | 'date' | 'datetime' | 'excel_serial_date' | 'text';

export interface ColumnTypeInference {
  type: ColumnType;
  /** Markers and codes in this column that mean "no answer" (as written in the file). */
  missingCodes: string[];
  decimalSeparator?: DecimalSeparator;
  dateOrder?: DateOrder;
  /** True when no value proved day-first or month-first (month-first was assumed). */
  dateOrderAmbiguous?: boolean;
  /** True when the value "1,234" style thousands separators appear. */
  thousandsSeparator?: boolean;
}

const booleanWords = new Set(['true', 'false', 'yes', 'no', 'y', 'n']);
const dateLikeName = /date|time|day|_dt$|dob|birth|fecha|datum/i;

/** Infers a column's type from its values; `declaredMissing` are extra codes the caller says mean missing. */
export function inferColumnType(
  name: string,
  values: readonly string[],
  options: { delimiter?: string | null; declaredMissing?: readonly string[] } = {},
): ColumnTypeInference {
  const declared = new Set(
    (options.declaredMissing ?? []).map((code) => code.trim().toLowerCase()),
  );
  const missing = new Set<string>();
  const present: string[] = [];
  for (const raw of values) {
    const value = raw.trim();
    if (value === '') continue;
    if (isMissingMarker(value) || declared.has(value.toLowerCase())) missing.add(value);
    else present.push(value);
  }
  const missingCodes = () => [...missing].sort();
  if (present.length === 0) return { type: 'empty', missingCodes: missingCodes() };

  if (present.every((value) => booleanWords.has(value.toLowerCase()))) {
    return { type: 'boolean', missingCodes: missingCodes() };
  }

  const decimalSeparator = detectDecimalSeparator(present, options.delimiter ?? null);
  const numbers = present.map((value) => parseNumber(value, decimalSeparator));
  if (numbers.every((n): n is number => n !== null)) {
    const sentinels = detectNumericSentinels(numbers);
    for (const value of present) {
      if (sentinels.includes(parseNumber(value, decimalSeparator) ?? NaN)) missing.add(value);
    }
    const real = numbers.filter((n) => !sentinels.includes(n));
    const thousandsSeparator = present.some((v) =>
      (decimalSeparator === '.' ? /\d,\d{3}/ : /\d\.\d{3}/).test(v),
    );
    const integers =
      real.every((n) => Number.isInteger(n)) && !present.some((v) => v.includes(decimalSeparator));
    if (integers && dateLikeName.test(name) && real.every((n) => n >= 20_000 && n <= 80_000)) {
      return { type: 'excel_serial_date', missingCodes: missingCodes() };
    }
    if (integers && real.every((n) => n === 0 || n === 1) && /(?:^|_)(is|has)_|___/.test(name)) {
      return { type: 'boolean', missingCodes: missingCodes() };
    }
    return {
      type: integers ? 'integer' : 'decimal',
      missingCodes: missingCodes(),
      decimalSeparator,
      ...(thousandsSeparator ? { thousandsSeparator } : {}),
    };
  }

  const order = detectDateOrder(present);
  if (order) {
    const withTime = present.some((value) => dateParts(value)?.time);
    return {
      type: withTime ? 'datetime' : 'date',
      missingCodes: missingCodes(),
      dateOrder: order.order,
      ...(order.ambiguous ? { dateOrderAmbiguous: true } : {}),
    };
  }
  return { type: 'text', missingCodes: missingCodes() };
}
