/** Every way a file can be refused, with the message the partner will read. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inspectFile } from './inspect-file';
import { readRecords } from './read-records';
import { writeZip } from '../../../test/fixtures/import/write-zip';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../test/fixtures/import/${name}`, import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'mosaic-limits-'));

const workbookXml = Buffer.from(
  '<workbook xmlns:r="r"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>',
);
const relsXml = Buffer.from(
  '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
);

async function problemOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
  throw new Error('expected a Problem');
}

describe('files refused with a clear Problem', () => {
  it('an empty file', async () => {
    expect(await problemOf(inspectFile(fixture('empty.csv')))).toEqual({
      code: 'import.unreadable',
      message: 'empty.csv: the file is empty',
    });
  });

  it('a file of blank lines', async () => {
    expect(await problemOf(inspectFile(fixture('blank-lines.csv')))).toEqual({
      code: 'import.unreadable',
      message: 'blank-lines.csv: the file is empty (only blank lines)',
    });
  });

  it('a missing file', async () => {
    expect(await problemOf(inspectFile(join(folder, 'nowhere.csv')))).toEqual({
      code: 'import.unreadable',
      message: 'nowhere.csv: the file does not exist or cannot be opened',
    });
  });

  it('a file over the size limit (29 bytes against 20)', async () => {
    expect(
      await problemOf(inspectFile(fixture('utf8-bom.csv'), { limits: { maxFileBytes: 20 } })),
    ).toEqual({
      code: 'import.too_large',
      message: 'utf8-bom.csv: the file is 29 bytes, over the limit of 20 bytes',
    });
  });

  it('a .xlsx that is really text', async () => {
    expect(await problemOf(inspectFile(fixture('really-text.xlsx')))).toEqual({
      code: 'import.unreadable',
      message:
        'really-text.xlsx: the file is named .xlsx but is not an Excel workbook (it is not a zip file)',
    });
  });

  it('a .csv holding binary data', async () => {
    expect(await problemOf(inspectFile(fixture('binary-data.csv')))).toEqual({
      code: 'import.unreadable',
      message: 'binary-data.csv: the file is named .csv but holds binary data, not text',
    });
  });

  it('an old binary .xls workbook', async () => {
    expect(await problemOf(inspectFile(fixture('legacy-workbook.xls')))).toEqual({
      code: 'import.unreadable',
      message:
        'legacy-workbook.xls: this is an old binary Excel (.xls) workbook; save it as .xlsx or CSV and try again',
    });
  });

  it('a workbook named .csv', async () => {
    const path = join(folder, 'renamed.csv');
    writeZip(path, { 'xl/workbook.xml': workbookXml });
    expect(await problemOf(inspectFile(path))).toEqual({
      code: 'import.unreadable',
      message:
        'renamed.csv: the file is named .csv but is a zip file (an Excel workbook?); rename it to .xlsx',
    });
  });

  it('a zip that is not a workbook', async () => {
    const path = join(folder, 'photos.xlsx');
    writeZip(path, { 'photo.txt': Buffer.from('hello') });
    expect(await problemOf(inspectFile(path))).toEqual({
      code: 'import.unreadable',
      message: 'photos.xlsx: the zip file is not an Excel workbook (no xl/workbook.xml)',
    });
  });

  it('a decompression bomb: a 4 MiB sheet of one repeated byte inflates over 200× its deflated size', async () => {
    const path = join(folder, 'bomb.xlsx');
    const sheet = Buffer.alloc(4 * 1024 * 1024, 0x41);
    writeZip(path, {
      'xl/workbook.xml': workbookXml,
      'xl/_rels/workbook.xml.rels': relsXml,
      'xl/worksheets/sheet1.xml': sheet,
    });
    const problem = await problemOf(inspectFile(path));
    // 4,194,304 bytes of "A" deflate to about 4 KB: a ratio near 1,000.
    expect(problem.code).toBe('import.too_large');
    expect(problem.message).toMatch(
      /^bomb\.xlsx: the workbook part xl\/worksheets\/sheet1\.xml would inflate \d+× \(from \d+ to 4194304 bytes\), over the limit of 200×; it looks like a decompression bomb$/,
    );
  });

  it('a workbook whose parts add up to more than the uncompressed limit', async () => {
    const path = join(folder, 'big.xlsx');
    writeZip(path, { 'xl/workbook.xml': workbookXml, 'xl/_rels/workbook.xml.rels': relsXml });
    const total = workbookXml.length + relsXml.length;
    expect(await problemOf(inspectFile(path, { limits: { maxUncompressedBytes: 100 } }))).toEqual({
      code: 'import.too_large',
      message: `big.xlsx: the workbook would inflate to ${total} bytes, over the limit of 100 bytes`,
    });
  });

  it('too many columns', async () => {
    expect(
      await problemOf(inspectFile(fixture('pipe-delimited.txt'), { limits: { maxColumns: 2 } })),
    ).toEqual({
      code: 'import.too_large',
      message: 'pipe-delimited.txt: row 1 has 3 columns, over the limit of 2',
    });
  });

  it('a cell over the length limit, named by row and column', async () => {
    // quoted-newline.csv row 2 column 2 is "line one\nline two", 17 characters.
    expect(
      await problemOf(
        inspectFile(fixture('quoted-newline.csv'), { limits: { maxCellLength: 10 } }),
      ),
    ).toEqual({
      code: 'import.too_large',
      message:
        'quoted-newline.csv: row 2, column 2: a cell of 17 characters is over the limit of 10',
    });
  });

  it('the limits apply again while streaming records', async () => {
    const path = fixture('quoted-newline.csv');
    const shape = await inspectFile(path);
    const read = async () => {
      for await (const _record of readRecords(path, shape, { maxCellLength: 10 }));
    };
    expect((await problemOf(read())).message).toBe(
      'quoted-newline.csv: row 2, column 2: a cell of 17 characters is over the limit of 10',
    );
  });

  it('an unknown encoding override', async () => {
    expect(await problemOf(inspectFile(fixture('utf8-bom.csv'), { encoding: 'klingon' }))).toEqual({
      code: 'import.unreadable',
      message: 'utf8-bom.csv: "klingon" is not an encoding we know',
    });
  });

  it('UTF-8 forced on a Windows-1252 file', async () => {
    expect(
      await problemOf(inspectFile(fixture('cp1252-semicolon.csv'), { encoding: 'utf-8' })),
    ).toEqual({
      code: 'import.unreadable',
      message: 'cp1252-semicolon.csv: the file is not valid UTF-8; it looks like windows-1252',
    });
  });

  it('Windows-1252 forced on Mac Roman text with a byte Windows-1252 does not define (0x8F)', async () => {
    expect(
      await problemOf(inspectFile(fixture('mac-roman.csv'), { encoding: 'windows-1252' })),
    ).toEqual({
      code: 'import.unreadable',
      message:
        'mac-roman.csv: decoding it as windows-1252 gives garbled text; it looks like macintosh',
    });
  });

  it('UTF-16 forced on a UTF-8 file', async () => {
    expect(await problemOf(inspectFile(fixture('cr-only.csv'), { encoding: 'utf-16le' }))).toEqual({
      code: 'import.unreadable',
      message: 'cr-only.csv: decoding it as utf-16le gives garbled text; it looks like utf-8',
    });
  });

  it('a sheet that does not exist', async () => {
    const path = join(folder, 'one-sheet.xlsx');
    writeZip(path, { 'xl/workbook.xml': workbookXml, 'xl/_rels/workbook.xml.rels': relsXml });
    expect(await problemOf(inspectFile(path, { sheet: 'Results' }))).toEqual({
      code: 'import.unreadable',
      message: 'one-sheet.xlsx: there is no sheet "Results"; the sheets are "Data"',
    });
  });

  it('an unclosed quote that swallows the rest of the file', async () => {
    const path = join(folder, 'unclosed.csv');
    writeFileSync(path, `id,comment\n1,"never closed\n${'x'.repeat(200)}\n`);
    expect(await problemOf(inspectFile(path))).toMatchObject({
      code: 'import.unreadable',
      message: expect.stringMatching(/^unclosed\.csv: row 2 cannot be read as CSV: /) as unknown,
    });
  });

  it('a folder instead of a file', async () => {
    expect(await problemOf(inspectFile(folder))).toMatchObject({
      code: 'import.unreadable',
      message: expect.stringMatching(/: this is not a file$/) as unknown,
    });
  });

  it('a workbook without sheets', async () => {
    const path = join(folder, 'no-sheets.xlsx');
    writeZip(path, {
      'xl/workbook.xml': Buffer.from('<workbook><sheets/></workbook>'),
      'xl/_rels/workbook.xml.rels': relsXml,
    });
    expect(await problemOf(inspectFile(path))).toEqual({
      code: 'import.unreadable',
      message: 'no-sheets.xlsx: the workbook has no sheets',
    });
  });

  it('a workbook whose only sheet is blank', async () => {
    const path = join(folder, 'blank-sheet.xlsx');
    const rels = Buffer.from(
      '<Relationships><Relationship Id="rId1" Target="worksheets/data.xml"/></Relationships>',
    );
    writeZip(path, {
      'xl/workbook.xml': workbookXml,
      'xl/_rels/workbook.xml.rels': rels,
      'xl/worksheets/data.xml': Buffer.from('<worksheet><sheetData/></worksheet>'),
    });
    expect(await problemOf(inspectFile(path))).toEqual({
      code: 'import.unreadable',
      message: 'blank-sheet.xlsx: the file has no data (every row is blank)',
    });
  });

  it('a sheet that points to a part the zip does not hold', async () => {
    const path = join(folder, 'missing-part.xlsx');
    const rels = Buffer.from(
      '<Relationships><Relationship Id="rId1" Target="worksheets/gone.xml"/></Relationships>',
    );
    writeZip(path, { 'xl/workbook.xml': workbookXml, 'xl/_rels/workbook.xml.rels': rels });
    expect(await problemOf(inspectFile(path))).toEqual({
      code: 'import.unreadable',
      message:
        'missing-part.xlsx: sheet "Data" points to xl/worksheets/gone.xml, which is not in the workbook',
    });
  });

  it('a truncated workbook (the zip directory at its end is cut off)', async () => {
    const path = join(folder, 'truncated.xlsx');
    writeZip(path, { 'xl/workbook.xml': workbookXml, 'xl/_rels/workbook.xml.rels': relsXml });
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, whole.length - 40));
    expect(await problemOf(inspectFile(path))).toEqual({
      code: 'import.unreadable',
      message:
        'truncated.xlsx: the workbook is not a complete zip file (no central directory); it may be truncated',
    });
  });

  it('a zip directory that points past the end of the file', async () => {
    const path = join(folder, 'bad-offset.xlsx');
    writeZip(path, { 'xl/workbook.xml': workbookXml });
    const bytes = readFileSync(path);
    bytes.writeUInt32LE(0x7fffffff, bytes.length - 6);
    writeFileSync(path, bytes);
    expect(await problemOf(inspectFile(path))).toEqual({
      code: 'import.unreadable',
      message: 'bad-offset.xlsx: the workbook zip directory points past the end of the file',
    });
  });

  it('a damaged part that cannot be inflated', async () => {
    const path = join(folder, 'damaged.xlsx');
    writeZip(path, { 'xl/workbook.xml': workbookXml, 'xl/_rels/workbook.xml.rels': relsXml });
    const bytes = readFileSync(path);
    // The first part's deflated data starts after its 30-byte header and its 15-byte name.
    bytes.fill(0xff, 30 + 'xl/workbook.xml'.length, 30 + 'xl/workbook.xml'.length + 8);
    writeFileSync(path, bytes);
    expect(await problemOf(inspectFile(path))).toEqual({
      code: 'import.unreadable',
      message:
        'damaged.xlsx: the workbook part xl/workbook.xml cannot be inflated (damaged, or larger than it declares)',
    });
  });

  it('a part over 4 GB (ZIP64 marker in the directory)', async () => {
    const path = join(folder, 'zip64.xlsx');
    writeZip(path, { 'xl/workbook.xml': workbookXml }, { 'xl/workbook.xml': 0xffffffff });
    expect(await problemOf(inspectFile(path))).toEqual({
      code: 'import.too_large',
      message: 'zip64.xlsx: the workbook part xl/workbook.xml is over 4 GB (ZIP64)',
    });
  });

  it('an unclosed quote in a file over 1 MiB is stopped at the record-size limit', async () => {
    const path = join(folder, 'runaway.csv');
    writeFileSync(path, `id,comment\n1,"never closed ${'x'.repeat(1_100_000)}\n2,b\n`);
    expect(await problemOf(inspectFile(path))).toEqual({
      code: 'import.too_large',
      message: 'runaway.csv: row 2 is longer than 1048576 characters (an unclosed quote?)',
    });
  });
});
