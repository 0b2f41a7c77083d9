/**
 * Linkage benchmark (`npm run bench:linkage`, or `npx tsx bench/linkage.ts [--only NAME]`):
 * FEBRL-4 and FEBRL-3 F1 with and without soc_sec_id, pairs scored per second per core, and a
 * 1,000,000-record deduplication of our own FEBRL-style data with its time and peak memory. The
 * data is read in place from ../shared/data/febrl; nothing is trained on labels; threshold 0.5.
 * Each run is a separate process so its peak memory is its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runLinkageOnFiles, type LinkageFilesSummary } from '../src/server/services/linkage-files';
import { writeFebrlStyleCsv } from './febrl-style-generator';

const febrl = process.env.FEBRL_DIR ?? join(import.meta.dirname, '../../shared/data/febrl');

type Case = {
  readonly name: string;
  readonly what: string;
  readonly goal: number;
  readonly run: (out: string) => Promise<{ summary: LinkageFilesSummary; truePairs: number }>;
};

const entityOf = (id: string): string => /^rec-(\d+)-(org|dup-\d+)$/.exec(id)?.[1] ?? id;

/** True pairs of a deduplication: every pair inside each rec-N group. */
const dedupeTruePairs = (path: string): number => {
  const sizes = new Map<string, number>();
  for (const line of readFileSync(path, 'utf8').split('\n').slice(1)) {
    const id = line.split(',')[0]!.trim();
    if (id) sizes.set(entityOf(id), (sizes.get(entityOf(id)) ?? 0) + 1);
  }
  let pairs = 0;
  for (const size of sizes.values()) pairs += (size * (size - 1)) / 2;
  return pairs;
};

const score = (out: string, truePairs: number) => {
  const rows = readFileSync(out, 'utf8').trim().split('\n').slice(1);
  const found = rows.filter((row) => {
    const [left = '', right = ''] = row.split(',');
    return entityOf(left) === entityOf(right);
  }).length;
  const precision = rows.length === 0 ? 0 : found / rows.length;
  const recall = found / truePairs;
  return {
    predicted: rows.length,
    truePositives: found,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
};

const febrl4 = (excludeColumns: string[]) => async (out: string) => ({
  summary: await runLinkageOnFiles({
    left: join(febrl, 'dataset4a.csv'),
    right: join(febrl, 'dataset4b.csv'),
    idColumn: 'rec_id',
    out,
    excludeColumns,
  }),
  truePairs: 5000,
});

const febrl3 = (excludeColumns: string[]) => async (out: string) => ({
  summary: await runLinkageOnFiles({
    left: join(febrl, 'dataset3.csv'),
    idColumn: 'rec_id',
    out,
    excludeColumns,
  }),
  truePairs: dedupeTruePairs(join(febrl, 'dataset3.csv')),
});

const million = async (out: string) => {
  const input = join(tmpdir(), `febrl-style-1m-${process.pid}.csv`);
  writeFebrlStyleCsv(input, 1_000_000, 42);
  try {
    return {
      summary: await runLinkageOnFiles({ left: input, idColumn: 'rec_id', out }),
      truePairs: dedupeTruePairs(input),
    };
  } finally {
    rmSync(input, { force: true });
  }
};

const cases: Case[] = [
  { name: 'febrl4', what: 'FEBRL-4 (4a × 4b) link, F1', goal: 0.999, run: febrl4([]) },
  {
    name: 'febrl4-no-ssid',
    what: 'FEBRL-4 link without soc_sec_id, F1',
    goal: 0.995,
    run: febrl4(['soc_sec_id']),
  },
  { name: 'febrl3', what: 'FEBRL-3 dedupe, F1', goal: 0.995, run: febrl3([]) },
  {
    name: 'febrl3-no-ssid',
    what: 'FEBRL-3 dedupe without soc_sec_id, F1',
    goal: 0.99,
    run: febrl3(['soc_sec_id']),
  },
  {
    name: 'million',
    what: '1,000,000 FEBRL-style records (seed 42) dedupe',
    goal: 0,
    run: million,
  },
];

const runOne = async (name: string): Promise<void> => {
  const chosen = cases.find((candidate) => candidate.name === name);
  if (!chosen)
    throw new Error(`unknown case ${name}; one of ${cases.map((c) => c.name).join(', ')}`);
  const directory = mkdtempSync(join(tmpdir(), 'linkage-bench-'));
  const cpuBefore = process.cpuUsage();
  try {
    const { summary, truePairs } = await chosen.run(join(directory, 'matches.csv'));
    const cpu = process.cpuUsage(cpuBefore);
    const quality = score(join(directory, 'matches.csv'), truePairs);
    const command = `npx tsx bench/linkage.ts --only ${name}`;
    const f1 = quality.f1.toFixed(4);
    console.log(`\n## ${chosen.what}   (${command})`);
    if (chosen.goal > 0)
      console.log(
        `F1 ${f1} (goal ≥ ${chosen.goal}: ${quality.f1 >= chosen.goal ? 'met' : 'NOT met'})`,
      );
    else
      console.log(
        `time ${summary.seconds.toFixed(1)} s wall (goal ≤ 300 s), peak memory ${summary.peakMemoryMb} MB (goal ≤ 4096 MB), F1 ${f1}`,
      );
    console.log(
      `precision ${quality.precision.toFixed(5)}, recall ${quality.recall.toFixed(5)} (${quality.truePositives} of ${truePairs} true pairs, ${quality.predicted} predicted)`,
    );
    console.log(
      `records ${summary.records}, candidate pairs ${summary.candidatePairs}, pairs scored per second per core ${summary.pairsScoredPerSecond} (goal ≥ 300000), ` +
        `wall ${summary.seconds.toFixed(1)} s, cpu ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, peak ${summary.peakMemoryMb} MB`,
    );
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
};

const main = async (): Promise<void> => {
  const only = process.argv.indexOf('--only');
  if (only >= 0) return runOne(process.argv[only + 1] ?? '');
  for (const { name } of cases) {
    spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--only', name], {
      stdio: 'inherit',
    });
  }
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
