/**
 * Opens an export for reading: checks it is what its name says and within the limits, decides how
 * to decode it (encoding and delimiter for text, sheet list for workbooks) and hands out a fresh
 * stream of raw rows on demand. Both inspectFile and readRecords start here.
 */
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import iconv from 'iconv-lite';
import { bomLength, checkEncodingOverride, detectEncoding } from './encoding';
import { detectDelimiter } from './delimiter';
import { csvRows } from './csv-rows';
import { xlsxRows } from './xlsx-rows';
import { defaultLimits, type ImportLimits, type InspectOptions } from './file-shape';
import { tooLarge, unreadable } from './import-problem';
import type { RawRow } from './raw-row';
import { listWorkbookSheets, type WorkbookSheet } from './workbook-sheets';
import { sheetXmlRows, usesNamespacePrefix } from './sheet-xml-rows';
import { checkZipLimits, readZipDirectory, type ZipEntry } from './zip-directory';

export interface ExportSource {
  format: 'csv' | 'xlsx';
  encoding: string;
  encodingEvidence: 'bom' | 'valid_utf8' | 'guess' | 'override' | 'xlsx';
  delimiter: string | null;
  sheets: WorkbookSheet[];
  limits: ImportLimits;
  /** A fresh stream of raw rows (of the given sheet, for a workbook). */
  rows(sheet?: WorkbookSheet): AsyncGenerator<RawRow>;
  /**
   * The first rows of a sheet, read without exceljs so that stopping early leaves nothing behind
   * (exceljs parks sheets stored before the shared strings in temporary files, deleted only when
   * the whole workbook is read). Dates stay serials here; use it to look, not to import.
   */
  peekRows(sheet: WorkbookSheet): AsyncGenerator<RawRow>;
}

const headBytes = 1024 * 1024;
const standardSheetPart = /^xl\/worksheets\/sheet\d+\.xml$/;

/** exceljs streams standard sheets; parts it would skip (odd names, `x:` prefixes) go to the fallback. */
async function* workbookRows(
  file: string,
  entries: readonly ZipEntry[],
  sheet: WorkbookSheet,
  limits: ImportLimits,
): AsyncGenerator<RawRow> {
  const entry = entries.find((candidate) => candidate.name === sheet.part);
  const standard =
    standardSheetPart.test(sheet.part) &&
    entry !== undefined &&
    !(await usesNamespacePrefix(file, entry));
  yield* standard ? xlsxRows(file, sheet, limits) : sheetXmlRows(file, entries, sheet, limits);
}
const textExtensions = new Set(['.csv', '.tsv', '.txt', '.tab']);
const workbookExtensions = new Set(['.xlsx', '.xlsm']);

async function readHead(file: string, size: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(Math.min(size, headBytes));
    await handle.read(head, 0, head.length, 0);
    return head;
  } finally {
    await handle.close();
  }
}

/** Checks the file and prepares to stream its rows. */
export async function openExport(
  file: string,
  options: InspectOptions = {},
): Promise<ExportSource> {
  const limits: ImportLimits = { ...defaultLimits, ...options.limits };
  const info = await stat(file).catch(() => {
    throw unreadable(file, 'the file does not exist or cannot be opened');
  });
  if (!info.isFile()) throw unreadable(file, 'this is not a file');
  if (info.size === 0) throw unreadable(file, 'the file is empty');
  if (info.size > limits.maxFileBytes) {
    throw tooLarge(
      file,
      `the file is ${info.size} bytes, over the limit of ${limits.maxFileBytes} bytes`,
      {
        bytes: info.size,
        limit: limits.maxFileBytes,
      },
    );
  }
  const head = await readHead(file, info.size);
  const extension = extname(file).toLowerCase();
  const isZip = head.length >= 4 && head.readUInt32LE(0) === 0x04034b50;
  const isOldExcel = head.length >= 4 && head.readUInt32BE(0) === 0xd0cf11e0;

  if (isOldExcel)
    throw unreadable(
      file,
      'this is an old binary Excel (.xls) workbook; save it as .xlsx or CSV and try again',
    );
  if (workbookExtensions.has(extension) && !isZip) {
    throw unreadable(
      file,
      `the file is named ${extension} but is not an Excel workbook (it is not a zip file)`,
    );
  }
  if (isZip && textExtensions.has(extension)) {
    throw unreadable(
      file,
      `the file is named ${extension} but is a zip file (an Excel workbook?); rename it to .xlsx`,
    );
  }

  if (isZip) {
    const entries = await readZipDirectory(file);
    checkZipLimits(file, entries, limits);
    const sheets = await listWorkbookSheets(file, entries);
    if (sheets.length === 0) throw unreadable(file, 'the workbook has no sheets');
    return {
      format: 'xlsx',
      encoding: 'utf-8',
      encodingEvidence: 'xlsx',
      delimiter: null,
      sheets,
      limits,
      rows: (sheet) => workbookRows(file, entries, sheet ?? sheets[0]!, limits),
      peekRows: (sheet) => sheetXmlRows(file, entries, sheet, limits),
    };
  }

  let encoding: string;
  let encodingEvidence: ExportSource['encodingEvidence'];
  if (options.encoding) {
    checkEncodingOverride(file, head, options.encoding);
    encoding = options.encoding.toLowerCase();
    encodingEvidence = 'override';
  } else {
    const guess = detectEncoding(head);
    encoding = guess.encoding;
    encodingEvidence = guess.evidence;
  }
  if (!/^utf-?16/i.test(encoding) && head.includes(0)) {
    throw unreadable(
      file,
      `the file is named ${extension || 'without an extension'} but holds binary data, not text`,
    );
  }
  const skipBytes = bomLength(head, encoding);
  const sample = iconv.decode(head.subarray(skipBytes), encoding);
  if (sample.trim() === '') throw unreadable(file, 'the file is empty (only blank lines)');
  const delimiter = options.delimiter ?? detectDelimiter(sample);
  return {
    format: 'csv',
    encoding,
    encodingEvidence,
    delimiter,
    sheets: [],
    limits,
    rows: () => csvRows(file, { encoding, delimiter, skipBytes }, limits),
    peekRows: () => csvRows(file, { encoding, delimiter, skipBytes }, limits),
  };
}
