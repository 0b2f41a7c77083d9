/**
 * Writes a generated demo coalition to disk as its partners' own exports — each file in the
 * layout, encoding and quirks of the tool that made it — plus truth.json (the figures a correct
 * pipeline must reproduce) and manifest.json (which file belongs to which partner, tool and form,
 * with the suggested column and value mappings). The same coalition always gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DemoCoalition, DemoTruth, ExportTool, PartnerSpec } from '../../core/demo/types';
import { workforceTemplate } from '../../core/templates/workforce';
import type { ExportFile, ManifestColumn, ToolWriter, WriterInput } from './export-file';
import { writeAggregateCsv } from './tools/aggregate-csv';
import { writeExcel } from './tools/excel';
import { writeGoogleForms } from './tools/google-forms';
import { writeKobo } from './tools/kobo';
import { writeQualtrics } from './tools/qualtrics';
import { writeRedcap } from './tools/redcap';
import { writeSalesforce } from './tools/salesforce';
import { writeSurveyMonkey } from './tools/surveymonkey';

export interface DemoManifestFile extends Omit<ExportFile, 'bytes' | 'columns'> {
  readonly file: string;
  readonly partner: string;
  readonly partnerName: string;
  readonly tool: ExportTool;
  readonly form: string;
  readonly size: number;
  readonly sha256: string;
  readonly columns: readonly ManifestColumn[];
  /** Field key → the partner's token → the standard code it means. */
  readonly valueLabels: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface DemoManifest {
  readonly seed: number;
  readonly template: string;
  readonly exportedAt: string;
  readonly people: number;
  readonly truthFile: 'truth.json';
  readonly files: readonly DemoManifestFile[];
}

export interface RenderedDemo {
  /** File name → bytes, including truth.json and manifest.json. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  readonly manifest: DemoManifest;
}

const writers: Readonly<Record<Exclude<ExportTool, 'aggregate_csv'>, ToolWriter>> = {
  surveymonkey: writeSurveyMonkey,
  google_forms: writeGoogleForms,
  qualtrics: writeQualtrics,
  kobo: writeKobo,
  redcap: writeRedcap,
  excel: writeExcel,
  salesforce: writeSalesforce,
};

const fieldValueSet = new Map(workforceTemplate.fields.map((field) => [field.key, field.valueSet]));

const valueLabels = (
  partner: PartnerSpec,
  fields: readonly string[],
): Record<string, Record<string, string>> => {
  const labels: Record<string, Record<string, string>> = {};
  for (const field of new Set(fields)) {
    const tokens = partner.vocabulary[field] ?? partner.vocabulary[fieldValueSet.get(field) ?? ''];
    if (tokens === undefined) continue;
    labels[field] = Object.fromEntries(
      Object.entries(tokens).flatMap(([code, written]) =>
        written.filter((token) => token !== '').map((token) => [token, code]),
      ),
    );
  }
  return labels;
};

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const jsonBytes = (value: unknown): Uint8Array =>
  new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);

/** Renders every partner file, truth.json and manifest.json in memory. */
export const renderDemoExports = async (coalition: DemoCoalition): Promise<RenderedDemo> => {
  const files = new Map<string, Uint8Array>();
  const described: DemoManifestFile[] = [];
  const byFile = new Map<string, DemoCoalition['records'][number][]>();
  for (const record of coalition.records) {
    const list = byFile.get(record.file) ?? [];
    list.push(record);
    byFile.set(record.file, list);
  }
  for (const partner of coalition.partners) {
    for (const spec of partner.forms) {
      const input: WriterInput = {
        partner,
        spec,
        records: byFile.get(spec.file) ?? [],
        exportedAt: coalition.exportedAt,
      };
      const written =
        partner.tool === 'aggregate_csv'
          ? writeAggregateCsv(input, coalition.aggregateRows[partner.slug] ?? [])
          : await writers[partner.tool](input);
      const { bytes, ...layout } = written;
      files.set(spec.file, bytes);
      described.push({
        file: spec.file,
        partner: partner.slug,
        partnerName: partner.name,
        tool: partner.tool,
        form: spec.form,
        size: bytes.length,
        sha256: sha256(bytes),
        ...layout,
        valueLabels: valueLabels(
          partner,
          spec.columns.map((column) => column.field),
        ),
      });
    }
  }
  const manifest: DemoManifest = {
    seed: coalition.seed,
    template: workforceTemplate.key,
    exportedAt: coalition.exportedAt,
    people: coalition.people.length,
    truthFile: 'truth.json',
    files: described,
  };
  const truth: DemoTruth = coalition.truth;
  files.set('truth.json', jsonBytes(truth));
  files.set('manifest.json', jsonBytes(manifest));
  return { files, manifest };
};

/** Writes every partner file, truth.json and manifest.json into `outDir` (created if missing). */
export const writeDemoExports = async (
  coalition: DemoCoalition,
  outDir: string,
): Promise<DemoManifest> => {
  const { files, manifest } = await renderDemoExports(coalition);
  await mkdir(outDir, { recursive: true });
  for (const [name, bytes] of files) await writeFile(join(outDir, name), bytes);
  return manifest;
};
