/**
 * Partial agreement between dates of birth. Typed dates go wrong in predictable ways: a digit
 * mistyped, day and month swapped (US vs European order), the day forgotten, the year off by one.
 * Dates are kept as numbers (year, month, day) even when invalid (a corrupted "19761345"), because
 * a wrong day still says something about the year.
 */
export type DateParts = { readonly year: number; readonly month: number; readonly day: number };

/** How two dates agree, strongest first. */
export type DateAgreement =
  'exact' | 'swapped-day-month' | 'one-digit' | 'same-year-month' | 'within-one-year' | 'different';

/**
 * Parses YYYYMMDD, YYYY-MM-DD or YYYY/MM/DD (also DD/MM/YYYY when the year is last) into parts,
 * without checking the calendar; null when the text has no such shape.
 */
export const parseDateParts = (text: string): DateParts | null => {
  const trimmed = text.trim();
  let match =
    /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed) ?? /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(trimmed);
  if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  if (match) return { year: Number(match[3]), month: Number(match[2]), day: Number(match[1]) };
  return null;
};

/** Packs parts into one integer YYYYMMDD so features can live in an Int32Array. */
export const packDate = (parts: DateParts): number =>
  parts.year * 10000 + parts.month * 100 + parts.day;

const differsByOneDigit = (a: number, b: number): boolean => {
  let differences = 0;
  for (let x = a, y = b; x > 0 || y > 0; x = Math.floor(x / 10), y = Math.floor(y / 10)) {
    if (x % 10 !== y % 10 && ++differences > 1) return false;
  }
  return differences === 1;
};

/** Compares two packed YYYYMMDD dates. Example: compareDates(19800512, 19801205) === 'swapped-day-month'. */
export const compareDates = (a: number, b: number): DateAgreement => {
  if (a === b) return 'exact';
  const yearA = Math.floor(a / 10000);
  const yearB = Math.floor(b / 10000);
  const monthA = Math.floor(a / 100) % 100;
  const monthB = Math.floor(b / 100) % 100;
  const dayA = a % 100;
  const dayB = b % 100;
  if (yearA === yearB && monthA === dayB && dayA === monthB) return 'swapped-day-month';
  if (differsByOneDigit(a, b)) return 'one-digit';
  if (yearA === yearB && monthA === monthB) return 'same-year-month';
  if (Math.abs(yearA * 12 + monthA - (yearB * 12 + monthB)) <= 12) return 'within-one-year';
  return 'different';
};
