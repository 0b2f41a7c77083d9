import { dateParts } from '../../core/mapping/parse-date';
import { isMissingMarker } from '../../core/mapping/missing-values';
import { parseNumber } from '../../core/mapping/parse-number';

/** Number of cells with something other than blanks in them. */
export function filledCount(cells: readonly string[]): number {
  let filled = 0;
  for (const cell of cells) if (cell.trim() !== '') filled++;
  return filled;
}

export function isBlankRow(cells: readonly string[]): boolean {
  return filledCount(cells) === 0;
}

/** The first cell with text in it, trimmed ('' when the row is blank). */
export function firstFilled(cells: readonly string[]): string {
  for (const cell of cells) if (cell.trim() !== '') return cell.trim();
  return '';
}

/** True for values a data row would hold but a header would not: numbers, dates, booleans. */
export function looksLikeData(text: string): boolean {
  const value = text.trim();
  if (value === '') return false;
  return (
    parseNumber(value, '.') !== null ||
    parseNumber(value, ',') !== null ||
    dateParts(value) !== null ||
    /^(true|false)$/i.test(value)
  );
}

/** True for a cell that is text a person would write as a header or a note (not a missing marker). */
export function isWordy(text: string): boolean {
  const value = text.trim();
  return value !== '' && !isMissingMarker(value) && !looksLikeData(value);
}
