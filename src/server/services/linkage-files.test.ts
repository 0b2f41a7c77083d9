import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvTable, runLinkageOnFiles } from './linkage-files';

const febrl = process.env.FEBRL_DIR ?? join(import.meta.dirname, '../../../../shared/data/febrl');
const scratch = mkdtempSync(join(tmpdir(), 'linkage-files-'));

describe('readCsvTable', () => {
  it('trims the ", " separators of FEBRL files and keeps leading zeros', async () => {
    const path = join(scratch, 'people.csv');
    writeFileSync(
      path,
      'rec_id, given_name, postcode\nrec-1-org, michaela, 0800\nrec-2-org, , 2600\n',
    );
    const { header, table } = await readCsvTable(path, 'rec_id');
    expect(header).toEqual(['rec_id', 'given_name', 'postcode']);
    expect(table.ids).toEqual(['rec-1-org', 'rec-2-org']);
    expect(table.columns.postcode).toEqual(['0800', '2600']);
    expect(table.columns.given_name).toEqual(['michaela', '']);
  });

  it('names the missing id column in a Problem', async () => {
    const path = join(scratch, 'no-id.csv');
    writeFileSync(path, 'name\nann\n');
    await expect(readCsvTable(path, 'rec_id')).rejects.toMatchObject({
      code: 'import.column_unmapped',
      details: { column: 'rec_id' },
    });
  });
});

describe('runLinkageOnFiles', () => {
  it('deduplicates FEBRL-1 with pairwise F1 ≥ 0.99 and no labels (measured: 1.0, 500 of 500 pairs)', async () => {
    const out = join(scratch, 'febrl1.csv');
    const summary = await runLinkageOnFiles({
      left: join(febrl, 'dataset1.csv'),
      idColumn: 'rec_id',
      out,
    });
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('left_id,right_id,probability');
    const rows = lines.slice(1).map((line) => line.split(','));
    const entity = (id: string) => /^rec-(\d+)-/.exec(id)![1];
    const truePositives = rows.filter(([left, right]) => entity(left!) === entity(right!)).length;
    // FEBRL-1: 500 originals with one duplicate each, so 500 true pairs (README of the data).
    const precision = truePositives / rows.length;
    const recall = truePositives / 500;
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.99);
    expect(
      rows.every(([, , probability]) => Number(probability) >= 0.5 && Number(probability) <= 1),
    ).toBe(true);
    expect(summary).toMatchObject({ records: 1000, matches: rows.length });
    expect(summary.candidatePairs).toBeGreaterThan(rows.length);
  });

  it('refuses a threshold outside (0, 1)', async () => {
    await expect(
      runLinkageOnFiles({
        left: join(febrl, 'dataset1.csv'),
        idColumn: 'rec_id',
        out: join(scratch, 'x.csv'),
        threshold: 1,
      }),
    ).rejects.toMatchObject({
      code: 'request.invalid',
    });
  });
});
