import type { ImportLimits } from './file-shape';
import { tooLarge } from './import-problem';

/** One physical record of a file: its 1-based row number and its cells as text. */
export interface RawRow {
  rowNumber: number;
  cells: string[];
}

/** Line breaks inside cells become "\n" whatever the file used (CRLF, Excel's \r\r\n, CR-only). */
export function normaliseLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r*\n|\r+/g, '\n') : text;
}

/** Throws when a row has too many columns or a cell is too long. */
export function checkRowLimits(file: string, row: RawRow, limits: ImportLimits): void {
  if (row.cells.length > limits.maxColumns) {
    throw tooLarge(
      file,
      `row ${row.rowNumber} has ${row.cells.length} columns, over the limit of ${limits.maxColumns}`,
      {
        row: row.rowNumber,
        columns: row.cells.length,
        limit: limits.maxColumns,
      },
    );
  }
  row.cells.forEach((cell, index) => {
    if (cell.length > limits.maxCellLength) {
      throw tooLarge(
        file,
        `row ${row.rowNumber}, column ${index + 1}: a cell of ${cell.length} characters is over the limit of ${limits.maxCellLength}`,
        { row: row.rowNumber, column: index + 1, length: cell.length, limit: limits.maxCellLength },
      );
    }
  });
}
