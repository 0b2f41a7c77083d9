/**
 * A partner's own Excel log (XLSX): a title and an "exported" note above the header, a blank
 * row, the header, dates as serial numbers formatted m/d/yyyy (a date typed impossibly stays as
 * text), hand-typed labels, then a blank row and a totals line below the data.
 */
import ExcelJS from 'exceljs';
import { isCalendarDate, excelSerial, usDate } from '../date-text';
import { fieldCell, type ExportFile, type WriterInput } from '../export-file';
import { fixZipTimestamps } from '../zip-timestamps';
import { workforceTemplate } from '../../../core/templates/workforce';

const dateFields = new Set([
  ...workforceTemplate.fields.filter((field) => field.type === 'date').map((field) => field.key),
  '@submitted_on',
]);

/** Writes one form's records as the partner's spreadsheet. */
export const writeExcel = async ({
  partner,
  spec,
  records,
  exportedAt,
}: WriterInput): Promise<ExportFile> => {
  const moment = new Date(`${exportedAt}Z`);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = partner.name;
  workbook.lastModifiedBy = partner.name;
  workbook.created = moment;
  workbook.modified = moment;
  const sheet = workbook.addWorksheet('Intake Log');
  sheet.addRow([`${partner.name} — Participant Intake Log`]);
  sheet.addRow([`Exported ${usDate(exportedAt)} by the data team`]);
  sheet.addRow([]);
  sheet.mergeCells(1, 1, 1, spec.columns.length);
  sheet.getRow(1).font = { bold: true, size: 14 };
  const header = sheet.addRow(spec.columns.map((column) => column.header));
  header.font = { bold: true };
  for (const record of records) {
    const row = sheet.addRow(
      spec.columns.map((column) => {
        const text = fieldCell(record, column.field, { date: (value) => value, join: '/' });
        if (!dateFields.has(column.field) || text === '') return text;
        return isCalendarDate(text) ? excelSerial(text) : usDate(text);
      }),
    );
    spec.columns.forEach((column, index) => {
      const cell = row.getCell(index + 1);
      if (dateFields.has(column.field) && typeof cell.value === 'number') cell.numFmt = 'm/d/yyyy';
    });
  }
  sheet.addRow([]);
  sheet.addRow([`Total clients: ${records.length}`]);
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    bytes: fixZipTimestamps(new Uint8Array(buffer), exportedAt),
    format: 'xlsx',
    encoding: null,
    delimiter: null,
    lineEnding: null,
    titleRows: 3,
    headerRows: 1,
    dataRows: records.length,
    footerRows: 2,
    columns: spec.columns.map((column, index) => ({
      index,
      header: column.header,
      field: column.field,
    })),
  };
};
