/**
 * Plain calendar arithmetic on ISO strings, without time zones. Day numbers use the proleptic
 * Gregorian days-from-civil algorithm (H. Hinnant, "chrono-compatible low-level date
 * algorithms"), much cheaper than going through Date for millions of records.
 */

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Days since 1970-01-01 of an ISO date 'YYYY-MM-DD' (a time part, if any, is ignored). */
export const dayNumber = (isoDate: string): number => {
  const month = Number(isoDate.slice(5, 7));
  const year = Number(isoDate.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const day = Number(isoDate.slice(8, 10));
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
};

/** The ISO date of a day number. */
export const isoDate = (day: number): string => {
  const shifted = day + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month)}-${pad(dayOfMonth)}`;
};

export const addDays = (date: string, days: number): string => isoDate(dayNumber(date) + days);

/** 'YYYY-MM-DDTHH:MM:SS' from a day and a number of seconds into it. */
export const isoDateTime = (date: string, secondsOfDay: number): string => {
  const hours = Math.floor(secondsOfDay / 3600);
  const minutes = Math.floor((secondsOfDay % 3600) / 60);
  return `${date}T${pad(hours)}:${pad(minutes)}:${pad(secondsOfDay % 60)}`;
};

/** Seconds later (or earlier), carried across days. */
export const addSeconds = (dateTime: string, seconds: number): string => {
  const secondsOfDay =
    Number(dateTime.slice(11, 13)) * 3600 +
    Number(dateTime.slice(14, 16)) * 60 +
    Number(dateTime.slice(17, 19)) +
    seconds;
  const days = Math.floor(secondsOfDay / 86_400);
  return isoDateTime(addDays(dateTime.slice(0, 10), days), secondsOfDay - days * 86_400);
};

/** Whole years between a birth date and a later date. */
export const ageOn = (birthDate: string, on: string): number => {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5, 10) < birthDate.slice(5, 10) ? years - 1 : years;
};

/** True when the text is a real calendar date 'YYYY-MM-DD'. */
export const isRealDate = (text: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) && isoDate(dayNumber(text)) === text;
