/**
 * Dates as exports write them. Numeric dates are ambiguous one by one ("3/4/2020"), so a column
 * decides its order once from all its values (detectDateOrder): a first part above 12 proves
 * day-first, a second part above 12 proves month-first. Two-digit years follow Excel's rule
 * (00–29 → 2000s, 30–99 → 1900s) because these files pass through Excel.
 */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

export interface DateParts {
  year: number;
  first: number;
  second: number;
  time: string | null;
  /** 'iso' parts are already year-month-day; 'named' has the month as a word. */
  kind: 'iso' | 'numeric' | 'named';
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const timePart = String.raw`(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const isoPattern = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${timePart}$`);
const numericPattern = new RegExp(
  String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})${timePart}$`,
);
const namedPattern = new RegExp(
  String.raw`^(\d{1,2})[- ]([A-Za-z]{3})[a-z]*[- ,]+(\d{4}|\d{2})${timePart}$`,
);

/** Expands a two-digit year the way Excel does: 00–29 → 2000s, 30–99 → 1900s. */
export function expandTwoDigitYear(year: number): number {
  return year < 30 ? 2000 + year : 1900 + year;
}

function timeOf(match: RegExpMatchArray, at: number): string | null {
  const hours = match[at];
  if (hours === undefined) return null;
  let hour = Number(hours);
  const meridiem = match[at + 3]?.toLowerCase();
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(hour)}:${match[at + 1] ?? '00'}:${match[at + 2] ?? '00'}`;
}

/** Splits a date-looking text into its parts without deciding day/month order; null when not a date. */
export function dateParts(text: string): DateParts | null {
  const value = text.trim();
  const iso = isoPattern.exec(value);
  if (iso)
    return {
      year: Number(iso[1]),
      first: Number(iso[2]),
      second: Number(iso[3]),
      time: timeOf(iso, 4),
      kind: 'iso',
    };
  const numeric = numericPattern.exec(value);
  if (numeric) {
    const rawYear = numeric[4] ?? '';
    const year = rawYear.length === 2 ? expandTwoDigitYear(Number(rawYear)) : Number(rawYear);
    return {
      year,
      first: Number(numeric[1]),
      second: Number(numeric[3]),
      time: timeOf(numeric, 5),
      kind: 'numeric',
    };
  }
  const named = namedPattern.exec(value);
  if (named) {
    const month = months.indexOf((named[2] ?? '').toLowerCase()) + 1;
    if (month === 0) return null;
    const rawYear = named[3] ?? '';
    const year = rawYear.length === 2 ? expandTwoDigitYear(Number(rawYear)) : Number(rawYear);
    return { year, first: Number(named[1]), second: month, time: timeOf(named, 4), kind: 'named' };
  }
  return null;
}

/**
 * The day/month order that fits every value, or null when the values are not dates or contradict
 * each other. When nothing proves either order, month-first is returned with `ambiguous` set.
 */
export function detectDateOrder(
  values: readonly string[],
): { order: DateOrder; ambiguous: boolean } | null {
  let dayFirstProven = false;
  let monthFirstProven = false;
  let sawNumeric = false;
  for (const value of values) {
    const parts = dateParts(value);
    if (!parts) return null;
    if (parts.kind !== 'numeric') continue;
    sawNumeric = true;
    if (parts.first > 12) dayFirstProven = true;
    if (parts.second > 12) monthFirstProven = true;
    if (parts.first > 31 || parts.second > 31) return null;
  }
  if (dayFirstProven && monthFirstProven) return null;
  if (!sawNumeric) return { order: 'ymd', ambiguous: false };
  if (dayFirstProven) return { order: 'dmy', ambiguous: false };
  return { order: 'mdy', ambiguous: !monthFirstProven };
}

function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** Reads a date in the column's order as ISO 8601 ("2019-12-13" or "2019-12-13T09:50:30"); null if invalid. */
export function parseDate(text: string, order: DateOrder): string | null {
  const parts = dateParts(text);
  if (!parts) return null;
  let month = parts.first;
  let day = parts.second;
  if (parts.kind === 'named' || (parts.kind === 'numeric' && order === 'dmy')) {
    day = parts.first;
    month = parts.second;
  }
  if (!isValidDay(parts.year, month, day)) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${String(parts.year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return parts.time ? `${date}T${parts.time}` : date;
}

/** Excel's 1900 date system: serial 1 is 1900-01-01 and the phantom 1900-02-29 (serial 60) is skipped. */
export function excelSerialToIso(serial: number): string {
  const days = Math.floor(serial);
  const base = days > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const millis = base + days * 86_400_000 + Math.round((serial - days) * 86_400) * 1000;
  const iso = new Date(millis).toISOString();
  return serial === days ? iso.slice(0, 10) : iso.slice(0, 19);
}
