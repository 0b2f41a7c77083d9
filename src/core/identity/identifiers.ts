/**
 * Normalisers for identifiers that arrive from other systems, so that exact linking compares like
 * with like. Each returns the canonical form, or null when the input cannot be one (junk such as
 * "n/a", "none", "123"); none of them guesses beyond what is stated here.
 *
 * - Email: trimmed and lower-cased, nothing more. The local part is case-sensitive in theory but no
 *   real provider treats it so. Provider rules such as Gmail ignoring dots or "+tags" are not
 *   applied: they hold for some domains only, and applying them elsewhere could merge two people.
 * - Phone: E.164 (`+14155552671`). National numbers get the default calling code; for NANP (+1)
 *   numbers the area code and exchange are checked; extensions are dropped; letters make it junk.
 * - Names for matching: accents stripped, lower case, apostrophes removed, other punctuation to
 *   spaces, spaces collapsed ("O’Brien-Núñez" → "obrien nunez"). Not for display.
 * - Dates of birth: several written forms to ISO `YYYY-MM-DD`; see normalizeDateOfBirth.
 */

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

/** Trims and lower-cases an email address; null when it is not shaped like one. */
export function normalizeEmail(text: string): string | null {
  const email = text.trim().toLowerCase();
  return emailShape.test(email) ? email : null;
}

const extension = /\s*(?:,|;|ext\.?|extn\.?|extension|x|#)\s*\d{1,6}\s*$/i;
const phoneCharacters = /^\+?[\d\s().\-/]+$/;
const nanpNumber = /^[2-9]\d{2}[2-9]\d{6}$/;

/**
 * A phone number in E.164, with `defaultCallingCode` (digits, e.g. '1' or '44') for numbers
 * written without one; null for junk. Accepts `+`, `00` and (for +1) `011` international prefixes.
 */
export function normalizePhone(text: string, defaultCallingCode = '1'): string | null {
  const written = text.trim().replace(extension, '').replace('(0)', '');
  if (!phoneCharacters.test(written)) return null;
  let digits = written.replace(/\D/g, '');
  const international =
    written.startsWith('+') ||
    digits.startsWith('00') ||
    (defaultCallingCode === '1' && digits.startsWith('011'));
  if (international) {
    digits = written.startsWith('+') ? digits : digits.replace(/^(?:00|011)/, '');
    if (digits.startsWith('1')) return nanp(digits.slice(1));
    return plausibleE164(digits);
  }
  if (defaultCallingCode === '1') {
    return nanp(digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits);
  }
  return plausibleE164(defaultCallingCode + digits.replace(/^0/, ''));
}

function nanp(nationalDigits: string): string | null {
  return nanpNumber.test(nationalDigits) ? `+1${nationalDigits}` : null;
}

function plausibleE164(digits: string): string | null {
  return /^[2-9]\d{7,14}$/.test(digits) ? `+${digits}` : null;
}

const unsplittableLetters: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** A name reduced for matching: no accents, lower case, single spaces ("  José  MARÍA" → "jose maria"). */
export function normalizeNameForMatching(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => unsplittableLetters[letter] ?? letter)
    .replace(/['’ʼ‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

export interface DateOfBirthOptions {
  /** How to read `03/04/1990` when both readings are possible; default month-first (US). */
  order?: 'month-first' | 'day-first';
  /** Needed to read two-digit years (the most recent year not after it) and to reject the future. */
  currentYear?: number;
}

/**
 * A written date of birth as ISO `YYYY-MM-DD`, or null. Reads `1984-03-07` (optionally followed by
 * a time), `1984/03/07`, `19840307`, `03/07/1984`, `3-7-84`, `7 Mar 1984`, `07-Mar-1984`,
 * `March 7th, 1984`. Numeric dates follow `order`, except that a reading with a month above 12 is
 * impossible and the other one is taken. Two-digit years need `currentYear`; without it they are
 * null. Years before 1880 are null.
 */
export function normalizeDateOfBirth(
  text: string,
  options: DateOfBirthOptions = {},
): string | null {
  const written = text.trim().toLowerCase();
  const parts = readIsoLike(written) ?? readNumeric(written, options) ?? readNamed(written);
  if (!parts) return null;
  const year = fullYear(parts.year, options.currentYear);
  if (year === null) return null;
  return isoDate(year, parts.month, parts.day, options.currentYear);
}

interface DateParts {
  year: string;
  month: number;
  day: number;
}

function readIsoLike(written: string): DateParts | null {
  const match =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t\s].*)?$/.exec(written) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(written);
  if (!match) return null;
  const [, year = '', month = '', day = ''] = match;
  return { year, month: Number(month), day: Number(day) };
}

function readNumeric(written: string, options: DateOfBirthOptions): DateParts | null {
  const match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:\s.*)?$/.exec(written);
  if (!match) return null;
  const [, first = '', second = '', year = ''] = match;
  const [a, b] = [Number(first), Number(second)];
  const dayFirst = options.order === 'day-first' ? b <= 12 || a > 12 : a > 12 && b <= 12;
  return dayFirst ? { year, month: b, day: a } : { year, month: a, day: b };
}

function readNamed(written: string): DateParts | null {
  const cleaned = written.replace(/(\d)(?:st|nd|rd|th)\b/g, '$1').replace(/[,.]/g, ' ');
  const dayMonthYear = /^(\d{1,2})[\s-]+([a-z]+)[\s-]+(\d{2}|\d{4})$/.exec(cleaned.trim());
  const monthDayYear = /^([a-z]+)[\s-]+(\d{1,2})[\s-]+(\d{2}|\d{4})$/.exec(cleaned.trim());
  if (dayMonthYear) {
    const [, day = '', name = '', year = ''] = dayMonthYear;
    return named(year, name, day);
  }
  if (monthDayYear) {
    const [, name = '', day = '', year = ''] = monthDayYear;
    return named(year, name, day);
  }
  return null;
}

/** Month from an English name or an abbreviation of at least three letters ('sept' too). */
function named(year: string, name: string, day: string): DateParts | null {
  const spelled = name === 'sept' ? 'sep' : name;
  const month = monthNames.findIndex((full) => spelled.length >= 3 && full.startsWith(spelled)) + 1;
  return month === 0 ? null : { year, month, day: Number(day) };
}

function fullYear(year: string, currentYear: number | undefined): number | null {
  if (year.length === 4) return Number(year);
  if (currentYear === undefined) return null;
  const century = Math.floor(currentYear / 100) * 100;
  const candidate = century + Number(year);
  return candidate <= currentYear ? candidate : candidate - 100;
}

function isoDate(
  year: number,
  month: number,
  day: number,
  currentYear: number | undefined,
): string | null {
  if (year < 1880 || (currentYear !== undefined && year > currentYear)) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
