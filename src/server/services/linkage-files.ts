/**
 * Record linkage on CSV files, for data teams (the `mosaic linkage` command): reads one file to
 * deduplicate or two to link, chooses comparisons from the column names and values, runs the core
 * engine, writes `left_id,right_id,probability` for every pair at or above the threshold and
 * returns a summary. FEBRL-style files separate fields with ", ", so every value is trimmed.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parse } from 'csv-parse';
import { Problem } from '../../core/problem';
import {
  linkRecords,
  oneToOneAssignment,
  seededRandom,
  suggestComparison,
  type LinkageResult,
  type RecordTable,
} from '../../core/linkage';

export type LinkageFilesOptions = {
  readonly left: string;
  /** Absent: deduplicate `left`. */
  readonly right?: string;
  readonly idColumn: string;
  readonly out: string;
  /** Columns never compared (beyond the id column). */
  readonly excludeColumns?: readonly string[];
  /** Pairs at or above this probability are written (default 0.5). */
  readonly threshold?: number;
  /** Seed of the random pairs that estimate u (default 1). */
  readonly seed?: number;
  /** Two-source linkage only: keep each record's best partner only (default true). */
  readonly oneToOne?: boolean;
};

export type LinkageFilesSummary = {
  readonly records: number;
  readonly candidatePairs: number;
  /** Candidate pairs compared and scored per CPU-second (one core). */
  readonly pairsScoredPerSecond: number;
  /** Wall-clock seconds, reading and writing included. */
  readonly seconds: number;
  readonly peakMemoryMb: number;
  readonly matches: number;
};

/** CPU time of this process: the engine is single-threaded, so pairs per CPU-second are pairs per core. */
const cpuMilliseconds = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

type CsvTable = { readonly header: readonly string[]; readonly table: RecordTable };

/** Reads a CSV into columns, trimming every value; the id column must exist. */
export const readCsvTable = async (path: string, idColumn: string): Promise<CsvTable> => {
  const parser = createReadStream(path).pipe(
    parse({ trim: true, relax_column_count: true, skip_empty_lines: true, bom: true }),
  );
  let header: string[] | null = null;
  let columns: string[][] = [];
  try {
    for await (const row of parser as AsyncIterable<string[]>) {
      if (header === null) {
        header = row;
        columns = row.map(() => []);
        continue;
      }
      for (let index = 0; index < columns.length; index++) columns[index]!.push(row[index] ?? '');
    }
  } catch (error) {
    throw new Problem('import.unreadable', `Cannot read ${path}: ${(error as Error).message}`, {
      path,
    });
  }
  if (header === null) throw new Problem('import.unreadable', `${path} is empty.`, { path });
  const idIndex = header.indexOf(idColumn);
  if (idIndex < 0)
    throw new Problem('import.column_unmapped', `${path} has no column "${idColumn}".`, {
      path,
      column: idColumn,
      header,
    });
  const byName: Record<string, string[]> = {};
  header.forEach((name, index) => (byName[name] = columns[index]!));
  return { header, table: { ids: columns[idIndex]!, columns: byName } };
};

const csvField = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

const writeMatches = async (path: string, lines: Iterable<string>): Promise<void> => {
  const stream = createWriteStream(path);
  stream.write('left_id,right_id,probability\n');
  for (const line of lines) if (!stream.write(line)) await once(stream, 'drain');
  stream.end();
  await once(stream, 'finish');
};

function* matchLines(
  result: LinkageResult,
  leftIds: readonly string[],
  rightIds: readonly string[],
  kept: Iterable<number>,
): Generator<string> {
  const { left, right, probability } = result.pairs;
  for (const pair of kept) {
    yield `${csvField(leftIds[left[pair]!]!)},${csvField(rightIds[right[pair]!]!)},${probability[pair]!.toFixed(6)}\n`;
  }
}

/** Deduplicates `left` (or links it to `right`) and writes the matching pairs to `out`. */
export const runLinkageOnFiles = async (
  options: LinkageFilesOptions,
): Promise<LinkageFilesSummary> => {
  const started = performance.now();
  const threshold = options.threshold ?? 0.5;
  if (!(threshold > 0 && threshold < 1))
    throw new Problem('request.invalid', 'The threshold must be between 0 and 1 (exclusive).', {
      threshold,
    });
  const left = await readCsvTable(options.left, options.idColumn);
  const right =
    options.right === undefined ? undefined : await readCsvTable(options.right, options.idColumn);
  const excluded = new Set([options.idColumn, ...(options.excludeColumns ?? [])]);
  const compared = left.header.filter(
    (name) => !excluded.has(name) && (right === undefined || right.header.includes(name)),
  );
  if (compared.length === 0)
    throw new Problem('request.invalid', 'No column is left to compare.', {
      excluded: [...excluded],
    });
  const comparisons = compared.map((name) =>
    suggestComparison({
      name,
      values: [
        ...left.table.columns[name]!.slice(0, 5000),
        ...(right?.table.columns[name]!.slice(0, 5000) ?? []),
      ],
    }),
  );
  const result = linkRecords({
    left: left.table,
    right: right?.table,
    comparisons,
    random: seededRandom(options.seed ?? 1),
    keepAbove: threshold,
    now: cpuMilliseconds,
  });
  const { count } = result.pairs;
  const kept =
    right && options.oneToOne !== false
      ? oneToOneAssignment(
          result.pairs.left,
          result.pairs.right,
          result.pairs.probability,
          threshold,
        )
      : Array.from({ length: count }, (_, pair) => pair);
  await writeMatches(
    options.out,
    matchLines(result, left.table.ids, (right ?? left).table.ids, kept),
  );
  const scoringSeconds = (result.timings.comparing + result.timings.scoring) / 1000;
  return {
    records: result.recordCount,
    candidatePairs: result.candidatePairs,
    pairsScoredPerSecond: Math.round(result.candidatePairs / Math.max(scoringSeconds, 1e-9)),
    seconds: (performance.now() - started) / 1000,
    peakMemoryMb: Math.round(process.resourceUsage().maxRSS / 1024),
    matches: kept.length,
  };
};
