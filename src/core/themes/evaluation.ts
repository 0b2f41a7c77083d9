/**
 * Scores the auto-coder against hand codes: precision, recall and F1 per theme and their
 * unweighted mean (macro-F1), so rare themes count as much as common ones. Shared by the
 * benchmark and the evaluation test so both report the same figures.
 */
import type { Coding } from './agreement';

export interface ThemeScore {
  themeKey: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvaluationReport {
  themes: ThemeScore[];
  macroPrecision: number;
  macroRecall: number;
  macroF1: number;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** Per-theme and macro scores of `predicted` against `expected`, over the answers in `expected`. */
export function evaluateCoding(
  expected: Coding,
  predicted: Coding,
  themeKeys: readonly string[],
): EvaluationReport {
  const themes = themeKeys.map((themeKey): ThemeScore => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const [answerId, wanted] of expected) {
      const want = wanted.has(themeKey);
      const got = predicted.get(answerId)?.has(themeKey) ?? false;
      if (want && got) truePositives += 1;
      else if (got) falsePositives += 1;
      else if (want) falseNegatives += 1;
    }
    const precision = ratio(truePositives, truePositives + falsePositives);
    const recall = ratio(truePositives, truePositives + falseNegatives);
    const f1 = ratio(2 * precision * recall, precision + recall);
    return { themeKey, truePositives, falsePositives, falseNegatives, precision, recall, f1 };
  });
  const mean = (pick: (score: ThemeScore) => number) =>
    ratio(
      themes.reduce((sum, score) => sum + pick(score), 0),
      themes.length,
    );
  return {
    themes,
    macroPrecision: mean((score) => score.precision),
    macroRecall: mean((score) => score.recall),
    macroF1: mean((score) => score.f1),
  };
}
