import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { generateCoalition } from '../../core/demo/generate-coalition';
import type { PartnerRecord } from '../../core/demo/types';
import { renderDemoExports, writeDemoExports, type RenderedDemo } from './write-demo-exports';

const coalition = generateCoalition({ seed: 11, people: 300 });

/** Renders with the clock set to a given moment, so that anything reading the clock would show. */
const renderAt = async (moment: string): Promise<RenderedDemo> => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(moment));
  try {
    return await renderDemoExports(coalition);
  } finally {
    vi.useRealTimers();
  }
};

const rendered = await renderAt('2030-01-01T00:00:00Z');
const bytesOf = (name: string): Uint8Array => {
  const bytes = rendered.files.get(name);
  if (!bytes) throw new Error(`${name} was not written`);
  return bytes;
};
const textOf = (name: string): string => new TextDecoder().decode(bytesOf(name));
const rowsOf = (name: string, delimiter = ','): string[][] =>
  parse(textOf(name), { bom: true, delimiter, relax_column_count: true });
const recordsOf = (file: string): PartnerRecord[] =>
  coalition.records.filter((record) => record.file === file);

const cleanup: string[] = [];
afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

describe('writing the demo exports', () => {
  it('writes byte-identical files whatever the clock says', async () => {
    const later = await renderAt('2031-07-15T13:37:11Z');
    expect([...later.files.keys()]).toEqual([...rendered.files.keys()]);
    for (const [name, bytes] of rendered.files)
      expect(Buffer.from(later.files.get(name) ?? []).equals(Buffer.from(bytes))).toBe(true);
  });

  it('lists every partner file in the manifest with its partner, tool and form', () => {
    const { manifest } = rendered;
    expect(manifest.files.map((file) => [file.file, file.tool, file.form])).toEqual([
      ['eastside-community-intake.csv', 'google_forms', 'intake'],
      ['riverside-outreach-intake.csv', 'kobo', 'intake'],
      ['harbor-health-intake.csv', 'redcap', 'intake'],
      ['metro-adult-ed-intake.xlsx', 'excel', 'intake'],
      ['skills-forward-training-pre.csv', 'qualtrics', 'training_pre'],
      ['skills-forward-training-post.csv', 'qualtrics', 'training_post'],
      ['techbridge-training-pre.csv', 'surveymonkey', 'training_pre'],
      ['techbridge-training-post.csv', 'surveymonkey', 'training_post'],
      ['careerlink-placement.csv', 'salesforce', 'placement'],
      ['careerlink-retention-90.csv', 'salesforce', 'retention_90'],
      ['second-chance-placement.csv', 'google_forms', 'placement'],
      ['second-chance-retention-90.csv', 'google_forms', 'retention_90'],
      ['faith-network-aggregate-quarterly.csv', 'aggregate_csv', 'aggregate_quarterly'],
    ]);
    expect([...rendered.files.keys()].sort()).toEqual(
      [...manifest.files.map((file) => file.file), 'manifest.json', 'truth.json'].sort(),
    );
    expect(JSON.parse(textOf('truth.json'))).toEqual(JSON.parse(JSON.stringify(coalition.truth)));
    expect(manifest.files.find((file) => file.tool === 'excel')?.valueLabels.gender).toMatchObject({
      F: 'woman',
      Female: 'woman',
      M: 'man',
    });
  });

  it('gives every CSV exactly its header, data and footer rows', () => {
    for (const file of rendered.manifest.files.filter((candidate) => candidate.format === 'csv')) {
      const text =
        file.encoding === 'windows-1252'
          ? iconv.decode(Buffer.from(bytesOf(file.file)), 'win1252')
          : textOf(file.file);
      const rows = parse(text, {
        bom: true,
        delimiter: file.delimiter ?? ',',
        relax_column_count: true,
      });
      expect(rows.length, file.file).toBe(file.headerRows + file.dataRows + file.footerRows);
      expect(rows[file.headerRows]?.length, file.file).toBe(file.columns.length);
    }
    expect(
      rendered.manifest.files.find((file) => file.file === 'careerlink-placement.csv')?.dataRows,
    ).toBe(recordsOf('careerlink-placement.csv').length);
  });

  it('writes SurveyMonkey with its respondent columns, a second header row and 12-hour US dates', () => {
    const [first, second, data] = rowsOf('techbridge-training-post.csv');
    expect(first?.slice(0, 9)).toEqual([
      'Respondent ID',
      'Collector ID',
      'Start Date',
      'End Date',
      'IP Address',
      'Email Address',
      'First Name',
      'Last Name',
      'Custom Data 1',
    ]);
    expect(second?.slice(9)).toEqual([
      'Response',
      'Searching for a job',
      'Doing a job interview',
      'Using a computer for work',
      'Open-Ended Response',
      'Open-Ended Response',
    ]);
    // A matrix question's text sits only above its first column.
    expect(first?.slice(10, 13)).toEqual([
      'How confident do you feel about each of these right now?',
      '',
      '',
    ]);
    expect(data?.[2]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2} [AP]M$/);
    expect(textOf('techbridge-training-post.csv')).toContain('\r\n');
  });

  it('writes Google Forms with a Timestamp column and checkbox answers joined by ", "', () => {
    const rows = rowsOf('eastside-community-intake.csv');
    expect(rows[0]?.[0]).toBe('Timestamp');
    expect(rows[1]?.[0]).toMatch(/^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}:\d{2}$/);
    const raceColumn = rows[0]?.indexOf('Which of these describe you? Check all that apply.') ?? -1;
    const multi = recordsOf('eastside-community-intake.csv').find(
      (record) => (record.values.race_ethnicity as readonly string[]).length > 1,
    );
    expect(multi).toBeDefined();
    expect(rows[multi?.row ?? 0]?.[raceColumn]).toBe(
      (multi?.values.race_ethnicity as readonly string[]).join(', '),
    );
  });

  it('writes Qualtrics with a byte order mark and three header rows', () => {
    expect([...bytesOf('skills-forward-training-pre.csv').slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [names, labels, importIds] = rowsOf('skills-forward-training-pre.csv');
    expect(names?.slice(0, 3)).toEqual(['StartDate', 'EndDate', 'Status']);
    expect(names).toContain('Duration (in seconds)');
    expect(names).toContain('ResponseId');
    expect(labels?.[0]).toBe('Start Date');
    expect(importIds?.[0]).toBe('{"ImportId":"startDate"}');
    expect(importIds?.at(-1)).toBe('{"ImportId":"QID2_TEXT"}');
  });

  it('writes KoboToolbox with group paths, one 0/1 column per choice and its meta columns, separated by ";"', () => {
    const rows = rowsOf('riverside-outreach-intake.csv', ';');
    const header = rows[0] ?? [];
    for (const name of [
      'participant/first_name',
      'demographics/race',
      'demographics/race/black',
      '_uuid',
      '_submission_time',
      '_index',
    ])
      expect(header).toContain(name);
    const black = header.indexOf('demographics/race/black');
    expect(new Set(rows.slice(1).map((row) => row[black]))).toEqual(new Set(['0', '1']));
  });

  it('writes REDCap raw data with record_id, checkbox columns and the form status', () => {
    const rows = rowsOf('harbor-health-intake.csv');
    const header = rows[0] ?? [];
    expect(header.slice(0, 2)).toEqual(['record_id', 'redcap_event_name']);
    expect(header).toEqual(
      expect.arrayContaining(['race___1', 'race___3', 'race___99', 'intake_complete']),
    );
    const record = recordsOf('harbor-health-intake.csv')[0];
    const row = rows[1] ?? [];
    for (const code of ['1', '2', '3', '4', '5', '6', '7', '8', '99'])
      expect(row[header.indexOf(`race___${code}`)]).toBe(
        (record?.values.race_ethnicity as readonly string[]).includes(code) ? '1' : '0',
      );
  });

  it('writes Salesforce in Windows-1252 with its report footer', () => {
    const bytes = Buffer.from(bytesOf('careerlink-placement.csv'));
    const text = iconv.decode(bytes, 'win1252');
    const accented = recordsOf('careerlink-placement.csv').find((record) =>
      /[^\x00-\x7f]/.test(`${String(record.values.first_name)}${String(record.values.last_name)}`),
    );
    expect(accented).toBeDefined();
    const name = `${String(accented?.values.first_name)}`;
    expect(text).toContain(name);
    expect(bytes.includes(Buffer.from(name, 'utf8'))).toBe(/^[\x00-\x7f]*$/.test(name));
    const lines = text.trimEnd().split('\r\n');
    expect(lines.slice(-5).map((line) => line.replace(/,+$/, ''))).toEqual([
      'Coalition Placements - All Time',
      // Quoted because it holds a comma, as in Salesforce's own exports.
      '"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."',
      'Confidential Information - Do Not Distribute',
      'Generated By:  Report User  9/30/2026 9:24 AM',
      'CareerLink Employment Services',
    ]);
  });

  it('writes the Excel log with title rows above the header and dates as serial numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const bytes = bytesOf('metro-adult-ed-intake.xlsx');
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell('A1').value).toBe('Metro Adult Education — Participant Intake Log');
    expect(sheet?.getRow(4).getCell(1).value).toBe('Client #');
    expect(workbook.created.toISOString()).toBe('2026-09-30T09:24:00.000Z');
    const records = recordsOf('metro-adult-ed-intake.xlsx');
    const plain = records.find(
      (record) =>
        /^\d{4}-\d{2}-\d{2}$/.test(String(record.values.intake_date)) &&
        !String(record.values.intake_date).endsWith('-02-30'),
    );
    const cell = sheet?.getRow(4 + (plain?.row ?? 0)).getCell(3);
    expect(cell?.numFmt).toBe('m/d/yyyy');
    // ExcelJS reads a date-formatted serial back as a Date at UTC midnight.
    expect(cell?.value).toEqual(new Date(`${String(plain?.values.intake_date)}T00:00:00Z`));
    expect(sheet?.getRow(4 + records.length + 2).getCell(1).value).toBe(
      `Total clients: ${records.length}`,
    );
  });

  it('writes the files, the truth and the manifest to a folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mosaic-demo-'));
    cleanup.push(dir);
    const manifest = await writeDemoExports(coalition, dir);
    expect(manifest).toEqual(rendered.manifest);
    for (const [name, bytes] of rendered.files)
      expect((await readFile(join(dir, name))).equals(Buffer.from(bytes))).toBe(true);
  });
});
