/**
 * Reads every real partner export in ../shared/data/exports (never copied into the repo) and checks
 * the detected tool and layout against values worked out by opening each file by hand (a CSV
 * reader for the text files, a cell dump for the workbooks). Known misses are `it.fails`, so they
 * stay visible and the test flips when detection learns them.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ExportTool } from '../../src/server/io/file-shape';
import { inspectFile } from '../../src/server/io/inspect-file';
import { readRecords } from '../../src/server/io/read-records';

const folder = fileURLToPath(new URL('../../../shared/data/exports', import.meta.url));

interface Expected {
  tool: ExportTool;
  headerRows: number;
  dataRows: number;
  titleRows?: number;
  footerRows?: number;
  sheet?: string;
  /** Why detection does not (yet) get this file right; the case runs as `it.fails`. */
  knownMiss?: string;
}

// Counts are physical records (a quoted line break stays inside one record). Files that are
// form definitions (XLSForm, REDCap dictionaries) only have their tool asserted.
const expected: Record<string, Expected | { tool: ExportTool; definition: true }> = {
  // 24 records: header + 23 facilities. Mac Roman (H\x99pital).
  'enc_01.csv': { tool: 'kobo', headerRows: 1, dataRows: 23 },
  'enc_02_utf16le.csv': { tool: 'generic', headerRows: 1, dataRows: 2 },
  // 33 records: 6 title lines, 4 header rows (measure / category / item / unit), 19 dates
  // (01.01.2000 … 01.01.2021, some years missing), then "__________", the note, © and "Stand:".
  'enc_03.csv': { tool: 'excel', titleRows: 6, headerRows: 4, dataRows: 19, footerRows: 4 },
  'eval_01.csv': { tool: 'generic', headerRows: 1, dataRows: 300 },
  'eval_02.csv': { tool: 'generic', headerRows: 1, dataRows: 124 },
  // 299 records of 2–9 fields each against a 7-field header; none is blank.
  'eval_03.csv': { tool: 'generic', headerRows: 1, dataRows: 298 },
  'gf_01.csv': { tool: 'google_forms', headerRows: 1, dataRows: 300 },
  'gf_02.csv': { tool: 'google_forms', headerRows: 1, dataRows: 300 },
  'gf_03.tsv': { tool: 'google_forms', headerRows: 1, dataRows: 295 },
  'kobo_01.csv': { tool: 'kobo', headerRows: 1, dataRows: 1 },
  'kobo_02.csv': { tool: 'kobo', headerRows: 1, dataRows: 1 },
  'kobo_03.csv': { tool: 'kobo', headerRows: 1, dataRows: 2 },
  // instanceID/start/today/deviceid with R's "." group paths.
  'kobo_04.csv': { tool: 'kobo', headerRows: 1, dataRows: 300 },
  // A cleaning log written over a Kobo survey (key column `uuid`, not `_uuid`): not a Kobo export.
  'kobo_05.csv': { tool: 'generic', headerRows: 1, dataRows: 300 },
  // Tags, German labels, {"ImportId"} row, then one response.
  'qx_01.csv': { tool: 'qualtrics', headerRows: 3, dataRows: 1 },
  // Legacy: V1… row and the names row, then one response (trailing empty column ignored).
  'qx_02.csv': { tool: 'qualtrics', headerRows: 2, dataRows: 1 },
  'qx_03.csv': { tool: 'qualtrics', headerRows: 2, dataRows: 25 },
  // 34 records: names, names repeated as labels, the {'ImportId': …} Python-dict row, 31 responses.
  'qx_04.csv': { tool: 'qualtrics', headerRows: 3, dataRows: 31 },
  // 6 records over 13 physical lines (quoted addresses and comments with line breaks).
  'redcap_01.csv': { tool: 'redcap', headerRows: 1, dataRows: 5 },
  'redcap_02_dictionary.csv': { tool: 'redcap_dictionary', definition: true },
  'redcap_03.csv': { tool: 'redcap', headerRows: 1, dataRows: 18 },
  'redcap_04.csv': { tool: 'redcap', headerRows: 1, dataRows: 6 },
  'redcap_05_dictionary.csv': { tool: 'redcap_dictionary', definition: true },
  'redcap_06.csv': { tool: 'redcap', headerRows: 1, dataRows: 3 },
  'redcap_07.csv': { tool: 'redcap', headerRows: 1, dataRows: 4 },
  // 164 records: header, 156 call signs, 2 blank (",,") rows and 5 report-footer rows.
  'sf_01.csv': { tool: 'salesforce', headerRows: 1, dataRows: 156, footerRows: 7 },
  // 182 records including the two header rows.
  'sm_01.csv': { tool: 'surveymonkey', headerRows: 2, dataRows: 180 },
  'sm_02.csv': {
    tool: 'surveymonkey',
    headerRows: 1,
    dataRows: 300,
    knownMiss:
      'Excel collapsed the two header rows and renamed columns Column2…; nothing SurveyMonkey-specific is left',
  },
  // Row 2 is the sub-item row with literal NA under the metadata columns.
  'sm_03.csv': { tool: 'surveymonkey', headerRows: 2, dataRows: 100 },
  // Rows 1–2 header, rows 3–6 responses.
  'sm_04.xlsx': { tool: 'surveymonkey', headerRows: 2, dataRows: 4, sheet: 'Sheet' },
  // First tab "arts": 4 note rows, header on row 5, 10 people (rows 6–15), 4 note rows.
  'xl_01.xlsx': {
    tool: 'excel',
    titleRows: 4,
    headerRows: 1,
    dataRows: 10,
    footerRows: 4,
    sheet: 'arts',
  },
  // Rows 1 and 3 absent (blank), row 2 the merged title, header on row 4, 2,191 sole traders on
  // rows 5–2195, row 2196 absent (blank) and the merged "Отчет подготовлен системой СПАРК" row
  // 2197. The sheet is xl/worksheets/sheet.xml with x: prefixes, read by the fallback reader.
  'xl_02.xlsx': { tool: 'excel', titleRows: 3, headerRows: 1, dataRows: 2191, footerRows: 2 },
  // First tab README holds only notes, so the "NZ.Stat export" tab is read: blank formula row and
  // "Dataset:" title, crossed two-row header (rows 3–4), rows 5–44 data, 4 legend rows.
  'xl_03.xlsx': {
    tool: 'excel',
    titleRows: 2,
    headerRows: 2,
    dataRows: 40,
    footerRows: 4,
    sheet: 'NZ.Stat export',
  },
  // Rows 1–4 titles (row 3 blank), rows 5–6 the merged header, rows 64–76 notes. Between them,
  // 40 rows of figures and 8 rows that are not data: year captions "2018"/"2019" (rows 8, 20,
  // 47, 59), the "Percent Change" caption (26), Table 1b's title (32) and its repeated header (33–34).
  'xl_04.xlsx': {
    tool: 'excel',
    titleRows: 4,
    headerRows: 2,
    dataRows: 40,
    footerRows: 13,
    sheet: 'Table 1 - Permits',
  },
  // Rows 1–3 titles, rows 4–6 the merged race/ethnicity header, rows 7–277 subfields, no footer.
  'xl_05.xlsx': { tool: 'excel', titleRows: 3, headerRows: 3, dataRows: 271, footerRows: 0 },
  'xl_06.xlsx': { tool: 'excel', headerRows: 1, dataRows: 2, sheet: 'Blad1' },
  // Blank row, title row, header, 53 states and territories, 2-line footnote.
  'xl_07.csv': { tool: 'excel', titleRows: 2, headerRows: 1, dataRows: 53, footerRows: 2 },
  // Header, 52 states (50 + DC + PR), final all-empty row.
  'xl_08.csv': { tool: 'excel', headerRows: 1, dataRows: 52, footerRows: 1 },
  'xlsform_01_cr_only.csv': { tool: 'xlsform', definition: true },
  'xlsform_02.xlsx': { tool: 'xlsform', definition: true },
};

if (!existsSync(folder)) {
  throw new Error(
    `The export corpus is missing: expected it at ${folder} (a copy of shared/ beside the repository).`,
  );
}
const files = readdirSync(folder)
  .filter((name) => name !== 'README.md')
  .sort();

describe('partner export corpus', () => {
  it('has an expectation for every file in the folder', () => {
    expect(files).toEqual(Object.keys(expected).sort());
  });

  for (const file of files) {
    const want = expected[file];
    if (!want) continue;
    const path = `${folder}/${file}`;
    if ('definition' in want) {
      it(`${file} is recognised as ${want.tool}`, async () => {
        expect((await inspectFile(path)).tool).toBe(want.tool);
      });
      continue;
    }
    const run = want.knownMiss ? it.fails : it;
    run(
      `${file}: ${want.tool}, ${want.headerRows} header row(s), ${want.dataRows} data rows${want.knownMiss ? ` (known miss: ${want.knownMiss})` : ''}`,
      async () => {
        const shape = await inspectFile(path);
        expect({
          tool: shape.tool,
          headerRows: shape.headerRows,
          dataRows: shape.dataRows,
          ...(want.titleRows === undefined ? {} : { titleRows: shape.titleRows }),
          ...(want.footerRows === undefined ? {} : { footerRows: shape.footerRows }),
          ...(want.sheet === undefined ? {} : { sheet: shape.sheet }),
        }).toEqual({ ...want, knownMiss: undefined });
        let records = 0;
        for await (const record of readRecords(path, shape)) {
          expect(record.rowNumber).toBeGreaterThanOrEqual(shape.firstDataRow);
          records++;
        }
        expect(records).toBe(shape.dataRows);
      },
    );
  }
});
