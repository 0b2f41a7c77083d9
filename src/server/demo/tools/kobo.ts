/**
 * KoboToolbox's CSV export with XML values and group paths as headers: `group/question`
 * columns, a select_multiple as its space-separated column followed by one `group/q/choice`
 * column per choice holding 1 or 0, Kobo's meta columns (`_uuid`, `_submission_time`, …, `_index`),
 * and the semicolon separator.
 */
import { csvText, type CsvStyle } from '../csv-text';
import {
  choiceTokens,
  fieldCell,
  columnLayout,
  fieldTypeOf,
  utf8,
  type ExportFile,
  type WriterInput,
} from '../export-file';

const style: CsvStyle = { delimiter: ';', lineEnding: '\n' };
const formVersion = 'vWf3kPqz8Xh2Lm9RtYc4Ud';

const withOffset = (localTime: string): string => `${localTime}.000-05:00`;
const utcFromEastern = (localTime: string): string =>
  new Date(Date.parse(`${localTime}Z`) + 5 * 3_600_000).toISOString().slice(0, 19);

/** Writes one form's submissions as KoboToolbox exports them. */
export const writeKobo = ({ partner, spec, records }: WriterInput): ExportFile => {
  const { columns, add, table } = columnLayout();
  add('start', '@tool', (record) => withOffset(record.startedAt));
  add('end', '@tool', (record) => withOffset(record.submittedAt));
  for (const column of spec.columns) {
    add(column.header, column.field, (record) =>
      fieldCell(record, column.field, { date: (text) => text, join: ' ' }),
    );
    if (fieldTypeOf(column.field) !== 'multiple_choice') continue;
    for (const [token, code] of choiceTokens(partner, column.field)) {
      add(
        `${column.header}/${token}`,
        column.field,
        (record) => {
          const chosen = record.values[column.field];
          return Array.isArray(chosen) ? (chosen.includes(token) ? '1' : '0') : '';
        },
        code,
      );
    }
  }
  add('_id', '@tool', (record) => String(118_400_000 + record.row * 7));
  add('_uuid', '@local_id', (record) => record.localId ?? '');
  add('_submission_time', '@tool', (record) => utcFromEastern(record.submittedAt));
  add('_validation_status', '@tool', () => '');
  add('_notes', '@tool', () => '');
  add('_status', '@tool', () => 'submitted_via_web');
  add('_submitted_by', '@tool', () => 'riverside_field');
  add('__version__', '@tool', () => formVersion);
  add('_tags', '@tool', () => '');
  add('_index', '@tool', (record) => String(record.row));
  return {
    bytes: utf8(csvText(table(records), style), false),
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ';',
    lineEnding: 'lf',
    titleRows: 0,
    headerRows: 1,
    dataRows: records.length,
    footerRows: 0,
    columns,
  };
};
