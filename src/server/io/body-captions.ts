/**
 * Spreadsheet reports put rows inside the table that are not records: a year or section caption
 * alone in the first column ("2018" above its months), and the header repeated above a second
 * table or after a page break. In Excel-shaped files (never in a tool's export, where a record
 * with one answer is still a record) these rows are counted apart and not read as data.
 */
import { filledCount } from './row-text';

/** A 32-bit FNV-1a hash of a row's trimmed cells, so a repeated header can be recognised cheaply. */
export function rowHash(cells: readonly string[]): number {
  let end = cells.length;
  while (end > 0 && (cells[end - 1] ?? '').trim() === '') end--;
  let hash = 0x811c9dc5;
  for (let index = 0; index < end; index++) {
    const text = `${(cells[index] ?? '').trim()}\u0001`;
    for (let at = 0; at < text.length; at++) {
      hash ^= text.charCodeAt(at);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash;
}

/** True for a caption row: only the first cell filled, in a table at least three columns wide. */
export function isSectionCaption(cells: readonly string[], columns: number): boolean {
  return columns >= 3 && filledCount(cells) === 1 && (cells[0] ?? '').trim() !== '';
}
