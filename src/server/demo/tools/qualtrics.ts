/**
 * Qualtrics' CSV export (the 2017+ layout): three header rows — export tags, question texts,
 * then {"ImportId":…} JSON — the fixed response metadata first, numeric choice values, UTF-8 with
 * a byte order mark, CRLF.
 */
import { csvText, type CsvStyle } from '../csv-text';
import { spacedDateTime } from '../date-text';
import {
  fieldCell,
  fieldTypeOf,
  utf8,
  type ExportFile,
  type ManifestColumn,
  type WriterInput,
} from '../export-file';
import { dayNumberOf, secondsBetween } from './time-between';

const metadata: readonly (readonly [string, string, string])[] = [
  ['StartDate', 'Start Date', 'startDate'],
  ['EndDate', 'End Date', 'endDate'],
  ['Status', 'Response Type', 'status'],
  ['IPAddress', 'IP Address', 'ipAddress'],
  ['Progress', 'Progress', 'progress'],
  ['Duration (in seconds)', 'Duration (in seconds)', 'duration'],
  ['Finished', 'Finished', 'finished'],
  ['RecordedDate', 'Recorded Date', 'recordedDate'],
  ['ResponseId', 'Response ID', '_recordId'],
  ['RecipientLastName', 'Recipient Last Name', 'recipientLastName'],
  ['RecipientFirstName', 'Recipient First Name', 'recipientFirstName'],
  ['RecipientEmail', 'Recipient Email', 'recipientEmail'],
  ['ExternalReference', 'External Data Reference', 'externalDataReference'],
  ['LocationLatitude', 'Location Latitude', 'locationLatitude'],
  ['LocationLongitude', 'Location Longitude', 'locationLongitude'],
  ['DistributionChannel', 'Distribution Channel', 'distributionChannel'],
  ['UserLanguage', 'User Language', 'userLanguage'],
];

const style: CsvStyle = { delimiter: ',', lineEnding: '\r\n' };

const importId = (name: string, isText: boolean): string =>
  JSON.stringify({ ImportId: `QID${name.slice(1)}${isText ? '_TEXT' : ''}` });

/** Writes one form's responses as Qualtrics exports them (numeric values). */
export const writeQualtrics = ({ spec, records }: WriterInput): ExportFile => {
  const byName = new Map(spec.columns.map((column) => [column.header, column]));
  const questions = spec.columns.filter(
    (column) => !metadata.some(([name]) => name === column.header),
  );
  const columns: ManifestColumn[] = [
    ...metadata.map(([name, label], index) => ({
      index,
      header: name,
      label,
      field: byName.get(name)?.field ?? '@tool',
    })),
    ...questions.map((column, offset) => ({
      index: metadata.length + offset,
      header: column.header,
      label: column.label ?? column.header,
      field: column.field,
    })),
  ];
  const headers = [
    [...metadata.map(([name]) => name), ...questions.map((column) => column.header)],
    [
      ...metadata.map(([, label]) => label),
      ...questions.map((column) => column.label ?? column.header),
    ],
    [
      ...metadata.map(([, , id]) => JSON.stringify({ ImportId: id })),
      ...questions.map((column) =>
        importId(column.header, fieldTypeOf(column.field) === 'long_text'),
      ),
    ],
  ];
  const format = { date: (text: string) => text };
  const rows = records.map((record) => {
    const meta: Record<string, string> = {
      StartDate: spacedDateTime(record.startedAt),
      EndDate: spacedDateTime(record.submittedAt),
      Status: '0',
      IPAddress: `203.0.113.${((record.row * 53) % 254) + 1}`,
      Progress: '100',
      'Duration (in seconds)': String(secondsBetween(record.startedAt, record.submittedAt)),
      Finished: '1',
      RecordedDate: spacedDateTime(record.submittedAt),
      ResponseId: record.localId ?? '',
      LocationLatitude: (39.7 + (dayNumberOf(record.submittedAt) % 50) / 1000).toFixed(4),
      LocationLongitude: (-86.1 - (record.row % 70) / 1000).toFixed(4),
      DistributionChannel: 'email',
      UserLanguage: 'EN',
    };
    return [
      ...metadata.map(([name]) => {
        const column = byName.get(name);
        return column ? fieldCell(record, column.field, format) : (meta[name] ?? '');
      }),
      ...questions.map((column) => fieldCell(record, column.field, format)),
    ];
  });
  return {
    bytes: utf8(csvText([...headers, ...rows], style), true),
    format: 'csv',
    encoding: 'utf-8-bom',
    delimiter: ',',
    lineEnding: 'crlf',
    titleRows: 0,
    headerRows: 3,
    dataRows: records.length,
    footerRows: 0,
    columns,
  };
};
