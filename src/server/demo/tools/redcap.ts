/**
 * REDCap's raw CSV export: `record_id` first, `redcap_event_name`, variable names as headers,
 * numeric choice codes, a checkbox field as `field___code` columns of 0/1, and the instrument's
 * `<form>_complete` status (0 incomplete, 1 unverified, 2 complete). LF line endings.
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

const style: CsvStyle = { delimiter: ',', lineEnding: '\n' };

/** Writes one instrument's records as REDCap's raw export. */
export const writeRedcap = ({ partner, spec, records }: WriterInput): ExportFile => {
  const { columns, add, table } = columnLayout();
  add('record_id', '@local_id', (record) => record.localId ?? '');
  add('redcap_event_name', '@tool', () => `${spec.form}_arm_1`);
  for (const column of spec.columns) {
    if (fieldTypeOf(column.field) !== 'multiple_choice') {
      add(column.header, column.field, (record) =>
        fieldCell(record, column.field, { date: (text) => text }),
      );
      continue;
    }
    for (const [code, standard] of choiceTokens(partner, column.field)) {
      add(
        `${column.header}___${code}`,
        column.field,
        (record) => {
          const chosen = record.values[column.field];
          return Array.isArray(chosen) && chosen.includes(code) ? '1' : '0';
        },
        standard,
      );
    }
  }
  add(`${spec.form}_complete`, '@tool', (record) => (record.row % 9 === 0 ? '1' : '2'));
  return {
    bytes: utf8(csvText(table(records), style), false),
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ',',
    lineEnding: 'lf',
    titleRows: 0,
    headerRows: 1,
    dataRows: records.length,
    footerRows: 0,
    columns,
  };
};
