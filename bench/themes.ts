/**
 * Scores the auto-coder on the held-out evaluation set (test/fixtures/themes/eval-set.json) with
 * the fixture codebook, whose key terms and examples were written from the dev set only.
 * Prints precision, recall and F1 per theme, macro-F1 against the 0.80 goal, a calibration table
 * (stated confidence against observed precision), and the dev-set score for comparison.
 * Run: npx tsx bench/themes.ts   (or npm run bench:themes)
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  createThemeCoder,
  evaluateCoding,
  type Codebook,
  type CodedAnswer,
  type Coding,
} from '../src/core/themes';

interface LabelledSet {
  answers: { id: string; question: string; text: string; themes: string[] }[];
}

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../test/fixtures/themes/${name}`, import.meta.url), 'utf8'));
const codebook = fixture('codebook.json') as Codebook;
const evalSet = fixture('eval-set.json') as LabelledSet;
const devSet = fixture('dev-set.json') as LabelledSet;
const themeKeys = codebook.themes.map((theme) => theme.key);
const coder = createThemeCoder(codebook);

const handCoding = (set: LabelledSet): Coding =>
  new Map(set.answers.map((a) => [a.id, new Set(a.themes)]));
const autoCoding = (coded: CodedAnswer[]): Coding =>
  new Map(
    coded.map((answer) => [answer.answerId, new Set(answer.codes.map((code) => code.themeKey))]),
  );
const pct = (value: number) => value.toFixed(3);

const started = performance.now();
const coded = coder.codeAll(evalSet.answers);
const elapsed = performance.now() - started;
const report = evaluateCoding(handCoding(evalSet), autoCoding(coded), themeKeys);

console.log(
  `held-out evaluation set: ${evalSet.answers.length} answers, codebook v${codebook.version}`,
);
console.log('theme              n   prec  recall  F1');
for (const score of report.themes) {
  const n = score.truePositives + score.falseNegatives;
  console.log(
    `${score.themeKey.padEnd(16)} ${String(n).padStart(3)}  ${pct(score.precision)}  ${pct(score.recall)}  ${pct(score.f1)}`,
  );
}
console.log(
  `macro precision ${pct(report.macroPrecision)}  macro recall ${pct(report.macroRecall)}`,
);
console.log(
  `macro-F1 ${pct(report.macroF1)}  (goal ≥ 0.80: ${report.macroF1 >= 0.8 ? 'met' : 'NOT met'})`,
);

const expected = handCoding(evalSet);
const bins = [0.5, 0.7, 0.85, 0.95, 1.0001];
console.log('\ncalibration: codes by stated confidence, and how many the hand coding agrees with');
for (let b = 0; b + 1 < bins.length; b += 1) {
  const low = bins[b] ?? 0;
  const high = bins[b + 1] ?? 1;
  const codes = coded.flatMap((answer) =>
    answer.codes
      .filter((code) => code.confidence >= low && code.confidence < high)
      .map((code) => ({ answer, code })),
  );
  const right = codes.filter(({ answer, code }) =>
    expected.get(answer.answerId)?.has(code.themeKey),
  ).length;
  const mean = codes.reduce((sum, { code }) => sum + code.confidence, 0) / (codes.length || 1);
  console.log(
    `  [${low.toFixed(2)}, ${Math.min(high, 1).toFixed(2)}${high > 1 ? ']' : ')'}  codes ${String(codes.length).padStart(3)}  mean confidence ${pct(mean)}  observed precision ${codes.length ? pct(right / codes.length) : '—'}`,
  );
}

const devReport = evaluateCoding(
  handCoding(devSet),
  autoCoding(coder.codeAll(devSet.answers)),
  themeKeys,
);
console.log(
  `\ndev set (tuned on, for comparison only): ${devSet.answers.length} answers, macro-F1 ${pct(devReport.macroF1)}`,
);
console.log(
  `coding time: ${elapsed.toFixed(0)} ms for ${evalSet.answers.length} answers (after model load)`,
);
console.log('reproduce: npx tsx bench/themes.ts');
