/**
 * Inspects an export: one streaming pass keeps the first rows (for the header, samples and types)
 * and the last rows (for the footer) and counts everything, so a large file is never held in
 * memory. The result says which tool made it, how to decode it, where its data rows are and what
 * each column holds; readRecords uses it to stream the data rows.
 */
import { inferColumnType } from '../../core/mapping/infer-column-type';
import { isMissingMarker } from '../../core/mapping/missing-values';
import { columnNames } from './column-names';
import { countFooterRows, locateHeader, tableWidth } from './detect-layout';
import { detectTool, isSalesforceFooter } from './detect-tool';
import type { ColumnShape, ExportTool, FileShape, InspectOptions } from './file-shape';
import { unreadable } from './import-problem';
import { openExport, type ExportSource } from './open-export';
import { isBlankRow } from './row-text';
import { isSectionCaption, rowHash } from './body-captions';
import { detectSelectMultiple } from './select-multiple';
import type { WorkbookSheet } from './workbook-sheets';

const headLimit = 260;
const tailLimit = 60;
const typeSampleRows = 200;

async function hasTable(source: ExportSource, sheet: WorkbookSheet): Promise<boolean> {
  let wideRows = 0;
  let seen = 0;
  for await (const row of source.peekRows(sheet)) {
    if (row.cells.filter((cell) => cell.trim() !== '').length >= 2) wideRows++;
    if (wideRows >= 2) return true;
    if (++seen >= 60) break;
  }
  return false;
}

async function chooseSheet(
  file: string,
  source: ExportSource,
  wanted: string | undefined,
): Promise<WorkbookSheet> {
  const names = source.sheets.map((sheet) => sheet.name);
  if (wanted !== undefined) {
    const sheet = source.sheets.find((candidate) => candidate.name === wanted);
    if (!sheet)
      throw unreadable(
        file,
        `there is no sheet "${wanted}"; the sheets are ${names.map((name) => `"${name}"`).join(', ')}`,
      );
    return sheet;
  }
  const survey = source.sheets.find((sheet) => sheet.name.toLowerCase() === 'survey');
  if (survey && names.some((name) => name.toLowerCase() === 'choices')) return survey;
  for (const sheet of source.sheets) if (await hasTable(source, sheet)) return sheet;
  return source.sheets[0]!;
}

interface Scan {
  head: string[][];
  tail: { rowNumber: number; cells: string[] }[];
  total: number;
  /** Per physical row (index = rowNumber - 1): cells in the record, and 1 + index of its last filled cell (0 = blank). */
  cellCounts: number[];
  filledEnds: number[];
  /** Per physical row: rowHash of its cells, and whether it could be a section caption. */
  hashes: number[];
  captionLike: boolean[];
}

async function scan(rows: AsyncGenerator<{ rowNumber: number; cells: string[] }>): Promise<Scan> {
  const result: Scan = {
    head: [],
    tail: [],
    total: 0,
    cellCounts: [],
    filledEnds: [],
    hashes: [],
    captionLike: [],
  };
  for await (const row of rows) {
    result.total = row.rowNumber;
    if (result.head.length < headLimit) result.head.push(row.cells);
    result.tail.push(row);
    if (result.tail.length > tailLimit) result.tail.shift();
    let end = row.cells.length;
    while (end > 0 && (row.cells[end - 1] ?? '').trim() === '') end--;
    result.cellCounts.push(row.cells.length);
    result.filledEnds.push(end);
    result.hashes.push(rowHash(row.cells));
    result.captionLike.push(isSectionCaption(row.cells, Number.POSITIVE_INFINITY));
  }
  return result;
}

/** Reads an export once and describes it: tool, encoding, layout and columns. */
export async function inspectFile(path: string, options: InspectOptions = {}): Promise<FileShape> {
  const source = await openExport(path, options);
  const sheet =
    source.format === 'xlsx' ? await chooseSheet(path, source, options.sheet) : undefined;
  const scanned = await scan(source.rows(sheet));
  if (scanned.filledEnds.every((end) => end === 0))
    throw unreadable(path, 'the file has no data (every row is blank)');

  const width = tableWidth(scanned.head.slice(0, 60));
  const sheetNames = source.sheets.map((candidate) => candidate.name);
  let guess = detectTool(scanned.head, sheetNames);
  let titleRows = guess.titleRows ?? 0;
  let headerRows = guess.headerRows ?? 1;
  if (guess.headerRows === undefined) {
    const located = locateHeader(scanned.head, width);
    titleRows = located.titleRows;
    headerRows = located.headerRows;
    const below = detectTool(scanned.head.slice(titleRows), sheetNames);
    if (below.headerRows !== undefined) {
      guess = below;
      headerRows = below.headerRows;
    }
  }
  const bodyStart = titleRows + headerRows;

  const notesAllowed = guess.tool === 'generic';
  const tailBody = scanned.tail.filter((row) => row.rowNumber > bodyStart).map((row) => row.cells);
  const footerRows = countFooterRows(tailBody, width, notesAllowed);
  const footer = tailBody.slice(tailBody.length - footerRows);

  let tool: ExportTool = guess.tool;
  if (tool === 'generic' && isSalesforceFooter(footer)) tool = 'salesforce';
  else if (tool === 'generic' && (source.format === 'xlsx' || titleRows > 0 || footerRows > 0))
    tool = 'excel';

  const header = scanned.head.slice(titleRows, bodyStart);
  const columnCount = Math.max(1, ...scanned.filledEnds.slice(titleRows, bodyStart));
  const headerCells = scanned.cellCounts[bodyStart - 1] ?? columnCount;
  const firstBodyRow = bodyStart + 1;
  const lastBodyRow = scanned.total - footerRows;

  const headerHashes = new Set(scanned.hashes.slice(titleRows, bodyStart));
  const isCaption = (rowNumber: number) =>
    tool === 'excel' &&
    ((columnCount >= 3 && scanned.captionLike[rowNumber - 1] === true) ||
      headerHashes.has(scanned.hashes[rowNumber - 1] ?? -1));
  let dataRows = 0;
  let captionRows = 0;
  let raggedRows = 0;
  let firstDataRow = 0;
  let lastDataRow = 0;
  for (let rowNumber = firstBodyRow; rowNumber <= lastBodyRow; rowNumber++) {
    const end = scanned.filledEnds[rowNumber - 1] ?? 0;
    if (end === 0) continue;
    if (isCaption(rowNumber)) {
      captionRows++;
      continue;
    }
    dataRows++;
    if (firstDataRow === 0) firstDataRow = rowNumber;
    lastDataRow = rowNumber;
    const cells = scanned.cellCounts[rowNumber - 1] ?? 0;
    if (
      end > columnCount ||
      (source.format === 'csv' && cells !== headerCells && cells < columnCount)
    )
      raggedRows++;
  }

  const names = columnNames(tool, header, columnCount);
  const sampleRows = scanned.head
    .slice(bodyStart, Math.min(lastBodyRow, bodyStart + typeSampleRows))
    .filter((row) => !isBlankRow(row));
  const columnValues = names.map((name, index) => ({
    name,
    values: sampleRows.map((row) => (row[index] ?? '').trim()).filter((value) => value !== ''),
  }));
  const roles = detectSelectMultiple(
    tool,
    columnValues.map((column) => ({ name: column.name, distinct: [...new Set(column.values)] })),
  );
  const columns: ColumnShape[] = columnValues.map((column, index) => {
    const inference = inferColumnType(column.name.name, column.values, {
      delimiter: source.delimiter,
      declaredMissing: options.missingCodes ?? [],
    });
    const missing = new Set(inference.missingCodes);
    const samples = [
      ...new Set(column.values.filter((value) => !missing.has(value) && !isMissingMarker(value))),
    ].slice(0, 5);
    const role = roles.get(index);
    return {
      index,
      name: column.name.name,
      label: column.name.label,
      ...inference,
      samples,
      ...(role ? { selectMultiple: role } : {}),
    };
  });

  return {
    file: path,
    format: source.format,
    tool,
    encoding: source.encoding,
    encodingEvidence: source.encodingEvidence,
    delimiter: source.delimiter,
    sheet: sheet?.name ?? null,
    sheets: sheetNames,
    titleRows,
    headerRows,
    dataRows,
    footerRows,
    captionRows,
    firstDataRow,
    lastDataRow,
    raggedRows,
    columns,
  };
}
