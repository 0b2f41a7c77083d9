/**
 * SurveyMonkey's CSV export: two header rows (the question, then "Response", "Open-Ended
 * Response" or a matrix row's text; a matrix question's text only above its first column), the
 * fixed respondent columns first, US 12-hour dates, CRLF.
 */
import { csvText, type CsvStyle } from '../csv-text';
import { surveyMonkeyDateTime, usDatePadded } from '../date-text';
import {
  fieldCell,
  utf8,
  type ExportFile,
  type ManifestColumn,
  type WriterInput,
} from '../export-file';

const metadata = [
  'Respondent ID',
  'Collector ID',
  'Start Date',
  'End Date',
  'IP Address',
  'Email Address',
  'First Name',
  'Last Name',
  'Custom Data 1',
] as const;

const style: CsvStyle = { delimiter: ',', lineEnding: '\r\n' };

/** Writes one form's responses as SurveyMonkey exports them. */
export const writeSurveyMonkey = ({ spec, records }: WriterInput): ExportFile => {
  const byHeader = new Map(spec.columns.map((column) => [column.header, column]));
  const questions = spec.columns.filter(
    (column) => !(metadata as readonly string[]).includes(column.header),
  );
  const collectorId = spec.form === 'training_pre' ? '431877210' : '431877345';
  const columns: ManifestColumn[] = [
    ...metadata.map((header, index) => ({
      index,
      header,
      field: byHeader.get(header)?.field ?? '@tool',
    })),
    ...questions.map((column, offset) => ({
      index: metadata.length + offset,
      header: column.header,
      label: column.label ?? 'Response',
      field: column.field,
    })),
  ];
  const firstRow = [
    ...metadata,
    ...questions.map((column, offset) =>
      questions[offset - 1]?.header === column.header ? '' : column.header,
    ),
  ];
  const secondRow = [
    ...metadata.map(() => ''),
    ...questions.map((column) => column.label ?? 'Response'),
  ];
  const format = { date: usDatePadded };
  const dataRows = records.map((record) => [
    record.localId ?? '',
    collectorId,
    surveyMonkeyDateTime(record.startedAt),
    surveyMonkeyDateTime(record.submittedAt),
    `198.51.100.${((record.row * 37) % 254) + 1}`,
    ...metadata.slice(5).map((header) => {
      const column = byHeader.get(header);
      return column ? fieldCell(record, column.field, format) : '';
    }),
    ...questions.map((column) => fieldCell(record, column.field, format)),
  ]);
  return {
    bytes: utf8(csvText([firstRow, secondRow, ...dataRows], style), false),
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ',',
    lineEnding: 'crlf',
    titleRows: 0,
    headerRows: 2,
    dataRows: records.length,
    footerRows: 0,
    columns,
  };
};
