import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inspectFile } from './inspect-file';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../test/fixtures/import/${name}`, import.meta.url));

describe('encoding detection', () => {
  it('reads a UTF-8 BOM as certain and drops it from the first header', async () => {
    const shape = await inspectFile(fixture('utf8-bom.csv'));
    expect([shape.encoding, shape.encodingEvidence]).toEqual(['utf-8', 'bom']);
    expect(shape.columns.map((column) => column.name)).toEqual(['id', 'name']);
    expect(shape.columns[1]?.samples).toEqual(['Zoë', 'José']);
  });

  it('reads UTF-16 LE (no final newline) and BE by their BOMs', async () => {
    for (const [file, encoding] of [
      ['utf16le.csv', 'utf-16le'],
      ['utf16be.csv', 'utf-16be'],
    ] as const) {
      const shape = await inspectFile(fixture(file));
      expect(shape.encoding).toBe(encoding);
      expect(shape.dataRows).toBe(2);
      expect(shape.columns[1]?.samples).toEqual(['Zoë', '\u02a4']);
    }
  });

  it('guesses Windows-1252 for ü, é and € (0xFC, 0xE9, 0x80), with a semicolon and decimal commas', async () => {
    const shape = await inspectFile(fixture('cp1252-semicolon.csv'));
    expect([shape.encoding, shape.encodingEvidence, shape.delimiter]).toEqual([
      'windows-1252',
      'guess',
      ';',
    ]);
    expect(shape.columns[1]?.samples).toEqual(['Müller', 'Renée', 'Jürgen']);
    expect(shape.columns[2]?.samples).toEqual(['12,50 €', '3,75 €', '1.234,00 €']);
  });

  it('tells Mac Roman from Windows-1252: 0x99 is ô and 0x8F is è in "Hôpital", "Collège"', async () => {
    const shape = await inspectFile(fixture('mac-roman.csv'));
    expect(shape.encoding).toBe('macintosh');
    expect(shape.columns[1]?.samples).toEqual(['Hôpital', 'Collège']);
  });

  it('lets the caller override the guess (every byte is defined in Mac Roman, so 0xFC reads as "¸")', async () => {
    const shape = await inspectFile(fixture('cp1252-semicolon.csv'), { encoding: 'macintosh' });
    expect([shape.encoding, shape.encodingEvidence]).toEqual(['macintosh', 'override']);
    expect(shape.columns[1]?.samples[0]).toBe('M¸ller');
  });
});

describe('delimiters and line endings', () => {
  it.each([
    ['semicolon-decimal-comma.csv', ';', 3],
    ['pipe-delimited.txt', '|', 2],
    ['cr-only.csv', ',', 3],
    ['mixed-line-endings.csv', ',', 3],
    ['quoted-newline.csv', ',', 3],
  ])('%s: delimiter %j, %i data rows', async (file, delimiter, dataRows) => {
    const shape = await inspectFile(fixture(file));
    expect([shape.delimiter, shape.dataRows]).toEqual([delimiter, dataRows]);
  });

  it('reads decimal commas as decimals with "," as the separator', async () => {
    const shape = await inspectFile(fixture('semicolon-decimal-comma.csv'));
    expect(shape.columns.map((column) => [column.type, column.decimalSeparator])).toEqual([
      ['text', undefined],
      ['decimal', ','],
      ['decimal', ','],
    ]);
  });

  it('counts rows that are shorter or longer than the header as ragged', async () => {
    // ragged.csv: w1 has 3 cells, w2 has 5, w3 has 4 against a 4-cell header.
    const shape = await inspectFile(fixture('ragged.csv'));
    expect([shape.dataRows, shape.raggedRows, shape.columns.length]).toEqual([3, 2, 4]);
  });
});

describe('tool and layout', () => {
  it('SurveyMonkey: two header rows, sub-items named under their question, a multi-select per column', async () => {
    const shape = await inspectFile(fixture('surveymonkey-two-row-header.csv'));
    expect([shape.tool, shape.headerRows, shape.dataRows, shape.firstDataRow]).toEqual([
      'surveymonkey',
      2,
      3,
      3,
    ]);
    expect(shape.columns.map((column) => column.name)).toEqual([
      'Respondent ID',
      'Collector ID',
      'Start Date',
      'What is your gender?',
      'Which services did you use? / Food bank',
      'Which services did you use? / Job training',
      'Which services did you use? / Other (please specify)',
      'Comments',
    ]);
    expect(shape.columns[4]?.selectMultiple).toEqual({
      encoding: 'column_per_choice',
      group: 'Which services did you use?',
      choice: 'Food bank',
    });
    expect(shape.columns[6]?.selectMultiple).toBeUndefined();
    // 06/15/2024: a second part of 15 proves month-first.
    expect(shape.columns[2]).toMatchObject({ type: 'datetime', dateOrder: 'mdy' });
    expect(shape.columns[2]?.dateOrderAmbiguous).toBeUndefined();
  });

  it('Qualtrics: three header rows (tag, label, ImportId), names from the tags and labels from row 2', async () => {
    const shape = await inspectFile(fixture('qualtrics-three-row-header.csv'));
    expect([shape.tool, shape.headerRows, shape.dataRows, shape.firstDataRow]).toEqual([
      'qualtrics',
      3,
      2,
      4,
    ]);
    expect(shape.columns[4]).toMatchObject({
      name: 'Q1',
      label: 'How old are you?',
      type: 'integer',
    });
  });

  it('Qualtrics legacy: V1… over the real names, two header rows', async () => {
    const shape = await inspectFile(fixture('qualtrics-legacy.csv'));
    expect([shape.tool, shape.headerRows, shape.dataRows]).toEqual(['qualtrics', 2, 1]);
    expect(shape.columns.map((column) => column.name)).toEqual([
      'ResponseID',
      'ResponseSet',
      'StartDate',
      'Q1',
    ]);
  });

  it('REDCap: checkbox columns grouped by field, 999 flagged as a code among ages 19–61', async () => {
    const shape = await inspectFile(fixture('redcap-checkboxes.csv'));
    expect([shape.tool, shape.dataRows]).toEqual(['redcap', 7]);
    expect(shape.columns[3]?.selectMultiple).toEqual({
      encoding: 'column_per_choice',
      group: 'race',
      choice: '1',
    });
    expect(shape.columns[2]).toMatchObject({ name: 'age', type: 'integer', missingCodes: ['999'] });
  });

  it('takes declared missing codes from the caller', async () => {
    // ragged.csv day1 holds 10, 8 and 1; declaring "10" sets it aside.
    const shape = await inspectFile(fixture('ragged.csv'), { missingCodes: ['10'] });
    expect(shape.columns[1]).toMatchObject({
      name: 'day1',
      missingCodes: ['10'],
      samples: ['8', '1'],
    });
  });

  it('Kobo: group paths grouped at the longest shared prefix, so "cash/voucher" stays one choice', async () => {
    const shape = await inspectFile(fixture('kobo-group-paths.csv'));
    expect(shape.tool).toBe('kobo');
    expect(shape.columns.slice(3, 6).map((column) => column.selectMultiple)).toEqual([
      { encoding: 'column_per_choice', group: 'household/services', choice: 'food' },
      { encoding: 'column_per_choice', group: 'household/services', choice: 'housing' },
      { encoding: 'column_per_choice', group: 'household/services', choice: 'cash/voucher' },
    ]);
  });

  it('Google Forms: the Timestamp column, checkbox answers flagged as joined by ", "', async () => {
    const shape = await inspectFile(fixture('google-forms-checkboxes.csv'));
    expect(shape.tool).toBe('google_forms');
    expect(shape.columns[0]).toMatchObject({ type: 'datetime', dateOrder: 'mdy' });
    expect(shape.columns[1]?.selectMultiple).toEqual({ encoding: 'joined', separator: ', ' });
  });

  it('Salesforce: two blank rows and five report-footer rows are not data', async () => {
    const shape = await inspectFile(fixture('salesforce-footer.csv'));
    expect([shape.tool, shape.dataRows, shape.footerRows, shape.lastDataRow]).toEqual([
      'salesforce',
      3,
      7,
      4,
    ]);
  });

  it('Excel layout: title and blank row above, totals row and two notes below', async () => {
    const shape = await inspectFile(fixture('title-and-notes.csv'));
    expect([
      shape.tool,
      shape.titleRows,
      shape.headerRows,
      shape.dataRows,
      shape.footerRows,
    ]).toEqual(['excel', 2, 1, 3, 3]);
    expect(shape.columns[1]).toMatchObject({ type: 'date', dateOrder: 'dmy' });
    expect(shape.columns[3]).toMatchObject({
      type: 'integer',
      thousandsSeparator: true,
      missingCodes: ['n/a'],
    });
  });

  it('Excel serial numbers in a date column, day-first dates proven by 15/03 and 28/11', async () => {
    const shape = await inspectFile(fixture('excel-serial-dates.csv'));
    expect(shape.columns.map((column) => [column.type, column.dateOrder])).toEqual([
      ['integer', undefined],
      ['excel_serial_date', undefined],
      ['date', 'dmy'],
    ]);
  });

  it('month-first with two-digit years, proven by 12/24/18', async () => {
    const shape = await inspectFile(fixture('us-dates-two-digit-years.csv'));
    expect(shape.columns[0]).toMatchObject({ type: 'datetime', dateOrder: 'mdy' });
    expect(shape.columns[0]?.dateOrderAmbiguous).toBeUndefined();
  });

  it('Excel layout: section captions and a repeated header inside the table are not data', async () => {
    // section-captions.csv: title, blank, header (row 3); "2023" (4), two months, the header again (7),
    // "2024" (8), one month, a source note.
    const shape = await inspectFile(fixture('section-captions.csv'));
    expect([
      shape.tool,
      shape.titleRows,
      shape.headerRows,
      shape.dataRows,
      shape.captionRows,
      shape.footerRows,
    ]).toEqual(['excel', 2, 1, 3, 3, 1]);
  });
});
