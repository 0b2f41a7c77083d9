/** CSV text written the way export tools write it: a cell is quoted only when it needs to be. */

export interface CsvStyle {
  readonly delimiter: ',' | ';';
  readonly lineEnding: '\r\n' | '\n';
}

const quote = (cell: string): string => `"${cell.replaceAll('"', '""')}"`;

/** One CSV record, with its line ending. */
export const csvLine = (cells: readonly string[], style: CsvStyle): string =>
  cells
    .map((cell) => (cell.includes(style.delimiter) || /["\r\n]/.test(cell) ? quote(cell) : cell))
    .join(style.delimiter) + style.lineEnding;

/** A whole CSV text from its rows. */
export const csvText = (rows: readonly (readonly string[])[], style: CsvStyle): string =>
  rows.map((row) => csvLine(row, style)).join('');
