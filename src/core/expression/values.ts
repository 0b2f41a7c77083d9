/**
 * Values and their conversions, following XPath 1.0 as ODK uses it: everything a form holds is
 * text ('' when empty), numbers and booleans appear from literals and functions, and dates from
 * date() and today(). Dates are whole days since 1970-01-01; an unreadable date has NaN days,
 * so like NaN it equals nothing and is neither before nor after anything, and it prints as ''.
 */

export interface ExpressionDate {
  readonly kind: 'date';
  readonly days: number;
}

export type Value = string | number | boolean | ExpressionDate;

/** What a caller may hold for a field: multi-select answers as a list or space-separated text. */
export type FieldValue = string | number | boolean | null | undefined | readonly string[];

const millisecondsPerDay = 86_400_000;
const xpathNumber = /^\s*-?(?:\d+(?:\.\d*)?|\.\d+)\s*$/;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/;

/** Whether a value is a date (every other value is a primitive). */
export function isDate(value: Value): value is ExpressionDate {
  return typeof value === 'object';
}

/** Days of 0000-01-01 and 9999-12-31: dates outside the years 0–9999 are unreadable. */
const firstDay = -719_528;
const lastDay = 2_932_896;

/** The date `days` after 1970-01-01, unreadable (NaN) outside the years 0–9999. */
export function dateFromDays(days: number): ExpressionDate {
  return { kind: 'date', days: days >= firstDay && days <= lastDay ? days : Number.NaN };
}

/** A form's value as an expression value: null and undefined are '', lists join with spaces. */
export function fromFieldValue(value: FieldValue): Value {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value.join(' ');
  return value;
}

/** XPath number(): text must be plain decimal ('', '1e3' and '0x10' are NaN); dates give days. */
export function toNumber(value: Value): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (isDate(value)) return value.days;
  return xpathNumber.test(value) ? Number(value) : Number.NaN;
}

/** XPath boolean(): non-empty text, a number other than 0 and NaN, any date. */
export function toBoolean(value: Value): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  if (isDate(value)) return true;
  return value.length > 0;
}

/** XPath string(): numbers without exponents, dates as YYYY-MM-DD. */
export function toText(value: Value): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return numberToText(value);
  if (Number.isNaN(value.days)) return '';
  const date = new Date(value.days * millisecondsPerDay);
  const pad = (part: number, width: number) => String(part).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** date(): ISO text (a time part is ignored), or a number of days since 1970-01-01. */
export function toDate(value: Value): ExpressionDate {
  if (isDate(value)) return value;
  if (typeof value === 'number') return dateFromDays(Math.floor(value));
  if (typeof value === 'boolean') return dateFromDays(Number.NaN);
  return dateFromDays(daysFromIsoText(value));
}

function daysFromIsoText(text: string): number {
  const match = isoDate.exec(text.trim());
  if (!match) return Number.NaN;
  const [year, month, day] = match.slice(1, 4).map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return Number.NaN;
  return date.getTime() / millisecondsPerDay;
}

function looksLikeDate(value: Value): boolean {
  return typeof value === 'string' && isoDate.test(value.trim());
}

/**
 * = and != compare as booleans if either side is one, else as numbers (within 1e-12) if either is a
 * number, else
 * as dates if either is a date, else as text. <, <=, > and >= compare as dates if either side is a
 * date or both are ISO date text, else as numbers.
 */
export function compareValues(
  operator: '=' | '!=' | '<' | '<=' | '>' | '>=',
  a: Value,
  b: Value,
): boolean {
  if (operator === '=' || operator === '!=') {
    const equal = valuesEqual(a, b);
    return operator === '=' ? equal : !equal;
  }
  const asDates = isDate(a) || isDate(b) || (looksLikeDate(a) && looksLikeDate(b));
  const left = asDates ? toDate(a).days : toNumber(a);
  const right = asDates ? toDate(b).days : toNumber(b);
  if (operator === '<') return left < right;
  if (operator === '<=') return left <= right;
  if (operator === '>') return left > right;
  return left >= right;
}

function valuesEqual(a: Value, b: Value): boolean {
  if (typeof a === 'boolean' || typeof b === 'boolean') return toBoolean(a) === toBoolean(b);
  if (typeof a === 'number' || typeof b === 'number') return numbersEqual(toNumber(a), toNumber(b));
  if (isDate(a) || isDate(b)) return toDate(a).days === toDate(b).days;
  return a === b;
}

/** Equal within 1e-12, as ODK's JavaRosa has it, so that 0.1 + 0.2 = 0.3 holds. */
function numbersEqual(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) < 1e-12;
}

/** A number as plain decimal text: 1e21 → '1000000000000000000000', 1.5e-7 → '0.00000015'. */
export function numberToText(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (Object.is(value, -0)) return '0';
  const text = String(value);
  const exponentAt = text.indexOf('e');
  if (exponentAt < 0) return text;
  const negative = text.startsWith('-');
  const mantissa = text.slice(negative ? 1 : 0, exponentAt);
  const exponent = Number(text.slice(exponentAt + 1));
  const pointAt = mantissa.includes('.') ? mantissa.indexOf('.') : mantissa.length;
  const digits = mantissa.replace('.', '');
  const newPointAt = pointAt + exponent;
  let plain: string;
  if (newPointAt <= 0) plain = `0.${'0'.repeat(-newPointAt)}${digits}`;
  else if (newPointAt >= digits.length) plain = digits + '0'.repeat(newPointAt - digits.length);
  else plain = `${digits.slice(0, newPointAt)}.${digits.slice(newPointAt)}`;
  return negative ? `-${plain}` : plain;
}
