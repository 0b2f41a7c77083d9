import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inspectFile } from './inspect-file';
import { readRecords, type SourceRecord } from './read-records';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../test/fixtures/import/${name}`, import.meta.url));

async function recordsOf(name: string): Promise<SourceRecord[]> {
  const path = fixture(name);
  const shape = await inspectFile(path);
  const records: SourceRecord[] = [];
  for await (const record of readRecords(path, shape)) records.push(record);
  return records;
}

describe('readRecords', () => {
  it('keeps a quoted line break and doubled quotes inside one record, numbered as one row', async () => {
    expect(await recordsOf('quoted-newline.csv')).toEqual([
      { rowNumber: 2, values: { id: '1', comment: 'line one\nline two' } },
      { rowNumber: 3, values: { id: '2', comment: 'says "hi", twice' } },
      { rowNumber: 4, values: { id: '3', comment: 'plain' } },
    ]);
  });

  it('numbers rows the same whatever the line endings (CR only, and CRLF/LF/CR mixed)', async () => {
    expect(
      (await recordsOf('cr-only.csv')).map((record) => [record.rowNumber, record.values.name]),
    ).toEqual([
      [2, 'Ana'],
      [3, 'Ben'],
      [4, 'Cal'],
    ]);
    expect(
      (await recordsOf('mixed-line-endings.csv')).map((record) => [
        record.rowNumber,
        record.values.note,
      ]),
    ).toEqual([
      [2, 'first'],
      [3, 'second'],
      [4, 'third'],
    ]);
  });

  it('pads short rows with nulls and flags extra cells instead of dropping them', async () => {
    expect(await recordsOf('ragged.csv')).toEqual([
      {
        rowNumber: 2,
        values: { slug: 'w1', day1: '10', day2: '9', day3: null },
        ragged: { cells: 3, expected: 4, extraValues: [] },
      },
      {
        rowNumber: 3,
        values: { slug: 'w2', day1: '8', day2: '7', day3: '6' },
        ragged: { cells: 5, expected: 4, extraValues: ['5'] },
      },
      { rowNumber: 4, values: { slug: 'w3', day1: '1', day2: '2', day3: '3' } },
    ]);
  });

  it('gives source row numbers past title rows, and stops before the totals row and notes', async () => {
    const records = await recordsOf('title-and-notes.csv');
    expect(records.map((record) => [record.rowNumber, record.values.Participant])).toEqual([
      [4, 'Ana'],
      [5, 'Ben'],
      [6, 'Cal'],
    ]);
  });

  it('starts after the two SurveyMonkey header rows (row 3) and keys values by combined names', async () => {
    const [first] = await recordsOf('surveymonkey-two-row-header.csv');
    expect(first?.rowNumber).toBe(3);
    expect(first?.values['Which services did you use? / Food bank']).toBe('Food bank');
    expect(first?.values.Comments).toBe('Good staff,\nquick');
  });

  it('skips the Salesforce footer and the blank rows before it', async () => {
    expect(
      (await recordsOf('salesforce-footer.csv')).map((record) => record.values['Contact ID']),
    ).toEqual(['003A1', '003B2', '003C3']);
  });

  it('decodes Windows-1252 and UTF-16 while streaming', async () => {
    expect((await recordsOf('cp1252-semicolon.csv')).map((record) => record.values.amount)).toEqual(
      ['12,50 €', '3,75 €', '1.234,00 €'],
    );
    expect((await recordsOf('utf16le.csv')).map((record) => record.values.name)).toEqual([
      'Zoë',
      '\u02a4',
    ]);
  });

  it('skips section captions and a repeated header in an Excel layout, keeping row numbers', async () => {
    expect(
      (await recordsOf('section-captions.csv')).map((record) => [
        record.rowNumber,
        record.values.Month,
      ]),
    ).toEqual([
      [5, 'November'],
      [6, 'December'],
      [9, 'January'],
    ]);
  });
});
