/**
 * Google Forms responses downloaded from the linked Sheet as CSV: a "Timestamp" column
 * (M/D/YYYY H:MM:SS), the question texts as headers, checkbox answers joined with ", " (options
 * may contain commas themselves), CRLF.
 */
import { csvText, type CsvStyle } from '../csv-text';
import { googleTimestamp, usDate } from '../date-text';
import { fieldCell, utf8, type ExportFile, type WriterInput } from '../export-file';

const style: CsvStyle = { delimiter: ',', lineEnding: '\r\n' };

/** A typed wage as staff type it: mostly a plain number, sometimes with a dollar sign. */
const typedWage = (row: number) => (value: number) =>
  row % 5 === 0 && value > 0 ? `$${value.toFixed(2)}` : String(value);

/** Writes one form's responses as a Google Forms sheet downloads them. */
export const writeGoogleForms = ({ spec, records }: WriterInput): ExportFile => {
  const rows = records.map((record) => [
    googleTimestamp(record.submittedAt),
    ...spec.columns.map((column) => {
      return fieldCell(record, column.field, {
        date: usDate,
        join: ', ',
        number: typedWage(record.row),
      });
    }),
  ]);
  return {
    bytes: utf8(
      csvText([['Timestamp', ...spec.columns.map((column) => column.header)], ...rows], style),
      false,
    ),
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ',',
    lineEnding: 'crlf',
    titleRows: 0,
    headerRows: 1,
    dataRows: records.length,
    footerRows: 0,
    columns: [
      { index: 0, header: 'Timestamp', field: '@tool' },
      ...spec.columns.map((column, offset) => ({
        index: offset + 1,
        header: column.header,
        field: column.field,
      })),
    ],
  };
};
