/**
 * Streams a delimited text file as raw rows: bytes → iconv-lite decoder → csv-parse. All three
 * line endings are record delimiters (CR-only files from old Mac Excel, and files mixing CRLF
 * with bare LF); ragged records are passed through for the caller to pad or flag.
 */
import { createReadStream } from 'node:fs';
import { parse, CsvError } from 'csv-parse';
import iconv from 'iconv-lite';
import type { ImportLimits } from './file-shape';
import { tooLarge, unreadable } from './import-problem';
import { checkRowLimits, normaliseLineBreaks, type RawRow } from './raw-row';

export interface CsvReading {
  encoding: string;
  delimiter: string;
  /** Bytes to skip at the start (a BOM). */
  skipBytes: number;
}

/** Streams the records of a CSV/TSV file with their physical row numbers. */
export async function* csvRows(
  file: string,
  reading: CsvReading,
  limits: ImportLimits,
): AsyncGenerator<RawRow> {
  const parser = parse({
    delimiter: reading.delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: Math.max(1024 * 1024, limits.maxCellLength * 16),
  });
  const source = createReadStream(file, { start: reading.skipBytes });
  const decoder = iconv.decodeStream(reading.encoding, { stripBOM: true });
  source.on('error', (error) => parser.destroy(error));
  decoder.on('error', (error: Error) => parser.destroy(error));
  source.pipe(decoder).pipe(parser);

  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber++;
      const row = { rowNumber, cells: record.map(normaliseLineBreaks) };
      checkRowLimits(file, row, limits);
      yield row;
    }
  } catch (error) {
    if (error instanceof CsvError) {
      if (error.code === 'CSV_MAX_RECORD_SIZE') {
        throw tooLarge(
          file,
          `row ${rowNumber + 1} is longer than ${Math.max(1024 * 1024, limits.maxCellLength * 16)} characters (an unclosed quote?)`,
          {
            row: rowNumber + 1,
          },
        );
      }
      throw unreadable(file, `row ${rowNumber + 1} cannot be read as CSV: ${error.message}`, {
        row: rowNumber + 1,
        reason: error.code,
      });
    }
    throw error;
  } finally {
    source.destroy();
  }
}
