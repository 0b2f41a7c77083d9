/** Small arithmetic on the generator's 'YYYY-MM-DDTHH:MM:SS' local times. */

/** Whole seconds from one local time to a later one. */
export const secondsBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}Z`) - Date.parse(`${from}Z`)) / 1000);

/** Days since 1970-01-01 of a local date or time. */
export const dayNumberOf = (dateTime: string): number =>
  Math.floor(Date.parse(`${dateTime.slice(0, 10)}T00:00:00Z`) / 86_400_000);
