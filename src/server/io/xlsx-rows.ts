/**
 * Streams one worksheet of an XLSX as raw rows with exceljs's streaming WorkbookReader (shared
 * strings are cached, cells arrive row by row). Rows Excel leaves out of the XML (blank rows) are
 * given back as empty rows so row numbers and title-row counts match what the user sees. Cell
 * values become text: dates as ISO 8601, formulas as their cached result, rich text flattened, and
 * OOXML escapes such as `_x000D_` (a carriage return) decoded.
 */
import ExcelJS from 'exceljs';
import type { ImportLimits } from './file-shape';
import { unreadable } from './import-problem';
import { checkRowLimits, normaliseLineBreaks, type RawRow } from './raw-row';
import type { WorkbookSheet } from './workbook-sheets';

const partPattern = /^xl\/worksheets\/sheet(\d+)\.xml$/;

function decodeOoxmlEscapes(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

function isoOf(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** The text a cell shows (close to it: numbers are not formatted). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return normaliseLineBreaks(decodeOoxmlEscapes(value));
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoOf(value);
  if (typeof value === 'object') {
    const cell = value as Record<string, unknown>;
    if (Array.isArray(cell.richText))
      return cellText(
        (cell.richText as { text?: unknown }[]).map((part) => cellText(part.text)).join(''),
      );
    if ('result' in cell || 'formula' in cell || 'sharedFormula' in cell)
      return cellText(cell.result);
    if ('text' in cell) return cellText(cell.text);
    if ('error' in cell) return cellText(cell.error);
  }
  return '';
}

interface StreamedSheet {
  name?: string;
  id?: number | string;
  [Symbol.asyncIterator](): AsyncGenerator<{ number: number; values: unknown }>;
}

/** Streams the rows of one sheet of a workbook. */
export async function* xlsxRows(
  file: string,
  sheet: WorkbookSheet,
  limits: ImportLimits,
): AsyncGenerator<RawRow> {
  const fallbackName = `Sheet${partPattern.exec(sheet.part)?.[1] ?? ''}`;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let found = false;
  try {
    for await (const worksheet of reader as AsyncIterable<StreamedSheet>) {
      if (found || (worksheet.name !== sheet.name && worksheet.name !== fallbackName)) {
        // Every other sheet is consumed too: exceljs may have parked it in a temporary file, which
        // it deletes only once the sheet is read and the workbook reaches its end.
        for await (const _skipped of worksheet);
        continue;
      }
      found = true;
      let expected = 1;
      for await (const row of worksheet) {
        for (; expected < row.number; expected++) yield { rowNumber: expected, cells: [] };
        const values = Array.isArray(row.values) ? (row.values as unknown[]).slice(1) : [];
        const cells = Array.from(values, cellText);
        while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
        const raw = { rowNumber: row.number, cells };
        checkRowLimits(file, raw, limits);
        yield raw;
        expected = row.number + 1;
      }
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'Problem') throw error;
    throw unreadable(
      file,
      `the workbook cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!found)
    throw unreadable(file, `sheet "${sheet.name}" was not found in the workbook`, {
      sheet: sheet.name,
    });
}
