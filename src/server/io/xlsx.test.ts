import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectFile } from './inspect-file';
import { readRecords, type SourceRecord } from './read-records';
import { cellText } from './xlsx-rows';
import { writeZip } from '../../../test/fixtures/import/write-zip';

const folder = mkdtempSync(join(tmpdir(), 'mosaic-xlsx-'));
const workbookPath = join(folder, 'participants.xlsx');

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Read me').getCell('A1').value = 'Export of the spring cohort';
  const sheet = workbook.addWorksheet('Participants');
  sheet.addRow(['Spring cohort 2024']);
  sheet.addRow([]);
  sheet.addRow(['Name', 'Enrolled', 'Sessions', 'Sessions x2', 'Notes']);
  sheet.addRow([
    'Ana',
    new Date(Date.UTC(2024, 2, 5)),
    12,
    { formula: 'C4*2', result: 24 },
    'line one\r\nline two',
  ]);
  sheet.addRow([
    'Ben',
    new Date(Date.UTC(2024, 2, 19, 14, 30)),
    7,
    { formula: 'C5*2', result: 14 },
    null,
  ]);
  sheet.addRow([
    'Cal',
    new Date(Date.UTC(2024, 3, 2)),
    0.1 + 0.2,
    { formula: 'C6*2', result: 0.6 },
    'ok',
  ]);
  sheet.getColumn(2).numFmt = 'yyyy-mm-dd';
  await workbook.xlsx.writeFile(workbookPath);
});

describe('XLSX reading', () => {
  it('skips a sheet without a table, finds the title rows, and reads cells as text', async () => {
    const shape = await inspectFile(workbookPath);
    expect([shape.format, shape.delimiter, shape.sheet, shape.sheets]).toEqual([
      'xlsx',
      null,
      'Participants',
      ['Read me', 'Participants'],
    ]);
    expect([
      shape.tool,
      shape.titleRows,
      shape.headerRows,
      shape.dataRows,
      shape.firstDataRow,
    ]).toEqual(['excel', 2, 1, 3, 4]);
    const records: SourceRecord[] = [];
    for await (const record of readRecords(workbookPath, shape)) records.push(record);
    expect(records).toEqual([
      {
        rowNumber: 4,
        values: {
          Name: 'Ana',
          Enrolled: '2024-03-05',
          Sessions: '12',
          'Sessions x2': '24',
          Notes: 'line one\nline two',
        },
      },
      {
        rowNumber: 5,
        values: {
          Name: 'Ben',
          Enrolled: '2024-03-19T14:30:00',
          Sessions: '7',
          'Sessions x2': '14',
          Notes: null,
        },
      },
      // 0.1 + 0.2 is 0.30000000000000004 in binary; 15 significant digits show what Excel shows.
      {
        rowNumber: 6,
        values: {
          Name: 'Cal',
          Enrolled: '2024-04-02',
          Sessions: '0.3',
          'Sessions x2': '0.6',
          Notes: 'ok',
        },
      },
    ]);
  });

  it('reads the sheet the caller names', async () => {
    const shape = await inspectFile(workbookPath, { sheet: 'Read me' });
    expect([shape.sheet, shape.dataRows]).toEqual(['Read me', 0]);
  });

  it('decodes OOXML escapes: _x000D_ is a carriage return and _x005F_ an underscore', () => {
    expect(cellText('first line_x000D_\nsecond line')).toBe('first line\nsecond line');
    expect(cellText('Will show "_x005F_x000D_"')).toBe('Will show "_x000D_"');
  });

  it('flattens rich text and takes a formula’s cached result', () => {
    expect(cellText({ richText: [{ text: 'All doctorate ' }, { text: 'recipients' }] })).toBe(
      'All doctorate recipients',
    );
    expect(cellText({ formula: 'DATEDIF(E6,F6,"y")', result: 88 })).toBe('88');
    expect(cellText({ formula: 'DotStatQuery(B1)' })).toBe('');
    expect(cellText(true)).toBe('TRUE');
  });
});

describe('XLSX parts exceljs does not stream', () => {
  const prefixedSheet = Buffer.from(
    '\ufeff<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="main"><x:sheetData>' +
      '<x:row r="2"><x:c r="A2" t="str"><x:v>Registry list</x:v></x:c></x:row>' +
      '<x:row r="3"><x:c r="A3" t="str"><x:v>Name</x:v></x:c><x:c r="C3" t="s"><x:v>0</x:v></x:c></x:row>' +
      '<x:row r="4"><x:c r="A4" t="inlineStr"><x:is><x:t>Ana &amp; Co</x:t></x:is></x:c><x:c r="B4"><x:v>44197</x:v></x:c><x:c r="C4" t="s"><x:v>1</x:v></x:c></x:row>' +
      '<x:row r="5" />' +
      '<x:row r="6"><x:c r="A6" t="str"><x:v>Ben</x:v></x:c><x:c r="B6" t="b"><x:v>1</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>',
  );
  const workbook = Buffer.from(
    '<x:workbook xmlns:x="main" xmlns:r="rel"><x:sheets><x:sheet name="Список" sheetId="1" r:id="R1"/></x:sheets></x:workbook>',
  );
  const rels = Buffer.from(
    '<Relationships><Relationship Target="/xl/worksheets/sheet.xml" Id="R1"/></Relationships>',
  );
  const strings = Buffer.from(
    '<x:sst xmlns:x="main"><x:si><x:t>Region</x:t></x:si><x:si><x:r><x:t>Sverd</x:t></x:r><x:r><x:t>lovsk</x:t></x:r></x:si></x:sst>',
  );

  it('reads a sheet named sheet.xml with x: prefixes, shared and inline strings, and gaps', async () => {
    const path = join(folder, 'prefixed.xlsx');
    writeZip(path, {
      'xl/workbook.xml': workbook,
      'xl/_rels/workbook.xml.rels': rels,
      'xl/sharedStrings.xml': strings,
      'xl/worksheets/sheet.xml': prefixedSheet,
    });
    const shape = await inspectFile(path);
    expect([shape.sheet, shape.titleRows, shape.headerRows, shape.dataRows]).toEqual([
      'Список',
      2,
      1,
      2,
    ]);
    const records: SourceRecord[] = [];
    for await (const record of readRecords(path, shape)) records.push(record);
    // Without styles a date stays a serial; column B has no header, so it is column_2.
    expect(records).toEqual([
      { rowNumber: 4, values: { Name: 'Ana & Co', column_2: '44197', Region: 'Sverdlovsk' } },
      { rowNumber: 6, values: { Name: 'Ben', column_2: 'TRUE', Region: null } },
    ]);
  });

  it('stops a part that inflates past the size it declares', async () => {
    const path = join(folder, 'lying.xlsx');
    writeZip(
      path,
      {
        'xl/workbook.xml': workbook,
        'xl/_rels/workbook.xml.rels': rels,
        'xl/worksheets/sheet.xml': prefixedSheet,
      },
      { 'xl/worksheets/sheet.xml': 100 },
    );
    await expect(inspectFile(path)).rejects.toThrow(
      'lying.xlsx: the workbook part xl/worksheets/sheet.xml inflates past the 100 bytes it declares',
    );
  });
});
