/**
 * Streams the data rows of an inspected export as records keyed by column name, each with the
 * physical row number the partner sees in their spreadsheet, so that every later error can say
 * "file, row, column". Title, header, footer and blank rows (and, in Excel layouts, section
 * captions and repeated headers) are skipped; short rows are padded
 * with nulls and rows with cells beyond the header are flagged, never dropped.
 */
import type { FileShape, ImportLimits } from './file-shape';
import { openExport } from './open-export';
import { isSectionCaption, rowHash } from './body-captions';
import { isBlankRow } from './row-text';

export interface SourceRecord {
  /** 1-based physical row number in the file (a record with a quoted line break counts once). */
  rowNumber: number;
  /** Trimmed cell text by column name; null for an empty cell. */
  values: Record<string, string | null>;
  /** Set when the row's cell count does not match the header (padded, or with extra cells). */
  ragged?: { cells: number; expected: number; extraValues: string[] };
}

/** Streams the data rows described by `shape`. */
export async function* readRecords(
  path: string,
  shape: FileShape,
  limits: Partial<ImportLimits> = {},
): AsyncGenerator<SourceRecord> {
  if (shape.dataRows === 0) return;
  const source = await openExport(path, {
    ...(shape.format === 'csv'
      ? { encoding: shape.encoding, delimiter: shape.delimiter ?? ',' }
      : {}),
    limits,
  });
  const sheet = source.sheets.find((candidate) => candidate.name === shape.sheet);
  const expected = shape.columns.length;
  const headerFirst = shape.titleRows + 1;
  const headerHashes = new Set<number>();
  for await (const row of source.rows(sheet)) {
    if (row.rowNumber >= headerFirst && row.rowNumber < headerFirst + shape.headerRows)
      headerHashes.add(rowHash(row.cells));
    if (row.rowNumber < shape.firstDataRow) continue;
    // A workbook is read to its end so exceljs can delete the temporary files it may have made.
    if (row.rowNumber > shape.lastDataRow) {
      if (shape.format === 'csv') break;
      continue;
    }
    if (isBlankRow(row.cells)) continue;
    if (
      shape.tool === 'excel' &&
      (isSectionCaption(row.cells, expected) || headerHashes.has(rowHash(row.cells)))
    )
      continue;
    const values: Record<string, string | null> = {};
    for (const column of shape.columns) {
      const text = (row.cells[column.index] ?? '').trim();
      values[column.name] = text === '' ? null : text;
    }
    const extraValues = row.cells.slice(expected).filter((cell) => cell.trim() !== '');
    const short = shape.format === 'csv' && row.cells.length < expected;
    yield {
      rowNumber: row.rowNumber,
      values,
      ...(extraValues.length > 0 || short
        ? { ragged: { cells: row.cells.length, expected, extraValues } }
        : {}),
    };
  }
}
