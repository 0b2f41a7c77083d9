import type { Command } from 'commander';
import { z } from 'zod';
import { inspectExport, runLinkageOnFiles } from '../../server/services/files';
import { report, type GlobalOptions } from '../output';

const inspectOptions = z.object({
  encoding: z.string().optional(),
  delimiter: z.string().max(1, '--delimiter is one character').optional(),
  sheet: z.string().optional(),
});

const linkageOptions = z.object({
  left: z.string().min(1),
  right: z.string().optional(),
  idColumn: z.string().min(1),
  out: z.string().min(1),
  excludeColumns: z
    .string()
    .optional()
    .transform((text) =>
      text
        ? text
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean)
        : [],
    ),
  threshold: z.coerce
    .number()
    .min(0, '--threshold is a probability from 0 to 1')
    .max(1, '--threshold is a probability from 0 to 1')
    .default(0.5),
});

export function registerFileCommands(program: Command, globals: () => GlobalOptions): void {
  program
    .command('inspect')
    .description(
      "describe a partner's export: the tool that made it, encoding, header rows, data rows, columns",
    )
    .argument('<file>', 'CSV, TSV or XLSX file')
    .option(
      '--encoding <name>',
      'read with this encoding instead of the detected one (e.g. windows-1252)',
    )
    .option('--delimiter <char>', 'use this delimiter instead of the detected one')
    .option('--sheet <name>', 'the sheet of a workbook to read')
    .action(async (file: string, raw: unknown) => {
      const shape = await inspectExport(file, inspectOptions.parse(raw));
      const sentence = [
        `${file}: made by ${shape.tool}, ${shape.encoding}${shape.delimiter ? `, delimiter ${JSON.stringify(shape.delimiter)}` : ''}`,
        `${shape.headerRows} header row(s), ${shape.dataRows} data row(s), ${shape.columns.length} column(s)`,
        ...shape.columns.map(
          (c) => `  ${c.name}${c.label && c.label !== c.name ? ` (${c.label})` : ''}: ${c.type}`,
        ),
      ].join('\n');
      report(globals(), shape, sentence);
    });

  program
    .command('linkage')
    .description(
      'find records that are the same person, within one file or across two (probabilistic linkage)',
    )
    .requiredOption('--left <file>', 'CSV of records')
    .option('--right <file>', 'second CSV; without it, --left is deduplicated')
    .requiredOption('--id-column <name>', 'the column that identifies each record')
    .requiredOption('--out <file>', 'where to write left_id,right_id,probability')
    .option('--exclude-columns <a,b>', 'columns never compared')
    .option('--threshold <p>', 'write pairs at or above this match probability', '0.5')
    .action(async (raw: unknown) => {
      const options = linkageOptions.parse(raw);
      const summary = await runLinkageOnFiles(options);
      report(
        globals(),
        summary,
        `${summary.matches} pair(s) at or above ${options.threshold} written to ${options.out} ` +
          `(${summary.records} records, ${summary.candidatePairs} candidate pairs, ${Math.round(summary.pairsScoredPerSecond)} pairs scored per second, ${summary.seconds.toFixed(1)} s).`,
      );
    });
}
