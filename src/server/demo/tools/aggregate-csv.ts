/**
 * The aggregate partner's quarterly counts, kept in Excel and saved as "CSV UTF-8" (which adds
 * a byte order mark). One row per quarter and gender, CRLF.
 */
import type { AggregateRow } from '../../../core/demo/types';
import { csvText, type CsvStyle } from '../csv-text';
import { utf8, type ExportFile, type WriterInput } from '../export-file';

const style: CsvStyle = { delimiter: ',', lineEnding: '\r\n' };

/** Writes an aggregate partner's counts. */
export const writeAggregateCsv = (
  { partner, spec }: WriterInput,
  rows: readonly AggregateRow[],
): ExportFile => {
  const label = (gender: string): string => partner.vocabulary.gender?.[gender]?.[0] ?? gender;
  const cells = rows.map((row) => [
    row.period.replace('-', ' '),
    label(row.gender),
    String(row.peopleServed),
    String(row.peoplePlaced),
  ]);
  return {
    bytes: utf8(csvText([spec.columns.map((column) => column.header), ...cells], style), true),
    format: 'csv',
    encoding: 'utf-8-bom',
    delimiter: ',',
    lineEnding: 'crlf',
    titleRows: 0,
    headerRows: 1,
    dataRows: rows.length,
    footerRows: 0,
    columns: spec.columns.map((column, index) => ({
      index,
      header: column.header,
      field: column.field,
    })),
  };
};
