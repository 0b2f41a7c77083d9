/**
 * Applies a codebook to open answers. Each theme's key terms are found by lemma (term-matching),
 * kept only when the answer asserts them (negation), and combined into one confidence per theme.
 *
 * Confidence is a noisy-OR over the distinct terms that matched: each term is an independent
 * piece of evidence that is right with probability p, so confidence = 1 − Π(1 − p). p depends on
 * how the term matched, and was set from the precision of each kind on the dev set
 * (test/fixtures/themes/dev-set.json) rather than on the held-out evaluation set:
 *   phrase 0.9 · word 0.8 · compound 0.8 · typo 0.6.
 * A term listed under two themes counts for both: the codebook's author meant it. A theme is coded when confidence ≥
 * `minConfidence` (0.5 by default), so a single clean word codes a theme and a lone typo only
 * just does. Codes are sorted by confidence, then theme key, so output never depends on the order
 * of themes in the codebook or of answers in the batch.
 */
import { validateCodebook, type Codebook } from './codebook';
import { stanceOf, type MatchStance } from './negation';
import { sentimentFromScore, type SentimentHint } from './sentiment';
import {
  compileTerm,
  findTermMatches,
  vocabularyOf,
  type CompiledTerm,
  type MatchKind,
  type TermMatch,
} from './term-matching';
import { analyseText } from './text-analysis';
import { toWordStream, type StreamWord } from './word-stream';

export interface OpenAnswer {
  id: string;
  text: string;
}

/** One matched key term, with where it sits in the answer. */
export interface TermEvidence {
  term: string;
  /** The answer's own words that matched. */
  quote: string;
  start: number;
  end: number;
  kind: MatchKind;
}

export interface ThemeCode {
  themeKey: string;
  /** 0–1, see the module comment for the formula. */
  confidence: number;
  evidence: TermEvidence[];
}

/** A key term that was found but not counted, so a reviewer can see why. */
export interface SetAsideEvidence extends TermEvidence {
  themeKey: string;
  reason: Exclude<MatchStance, 'asserted'> | 'excluded';
}

export interface CodedAnswer {
  answerId: string;
  codebookVersion: number;
  codes: ThemeCode[];
  setAside: SetAsideEvidence[];
  sentiment: SentimentHint;
}

export interface CoderOptions {
  /** Codes below this confidence are not applied. Default 0.5. */
  minConfidence?: number;
}

export interface ThemeCoder {
  codebookVersion: number;
  code(answer: OpenAnswer): CodedAnswer;
  codeAll(answers: OpenAnswer[]): CodedAnswer[];
}

const evidenceStrength: Record<MatchKind, number> = {
  phrase: 0.9,
  word: 0.8,
  compound: 0.8,
  fuzzy: 0.6,
};
const defaultMinConfidence = 0.5;

interface CompiledTheme {
  key: string;
  terms: CompiledTerm[];
  excludes: CompiledTerm[];
}

function toEvidence(text: string, words: StreamWord[], match: TermMatch): TermEvidence {
  const start = words[match.first]?.start ?? 0;
  const end = words[match.last]?.end ?? start;
  return { term: match.term.source, quote: text.slice(start, end), start, end, kind: match.kind };
}

/** Code-unit order: unlike localeCompare, the same on every machine and browser. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const byPosition = (a: TermEvidence, b: TermEvidence) =>
  a.start - b.start || compareText(a.term, b.term);

/** Compiles a codebook once; the coder it returns is pure and deterministic. */
export function createThemeCoder(codebook: Codebook, options: CoderOptions = {}): ThemeCoder {
  validateCodebook(codebook);
  const minConfidence = options.minConfidence ?? defaultMinConfidence;
  const themes: CompiledTheme[] = [...codebook.themes]
    .sort((a, b) => compareText(a.key, b.key))
    .map((theme) => ({
      key: theme.key,
      terms: theme.keyTerms.filter((term) => term.trim() !== '').map(compileTerm),
      excludes: (theme.excludeTerms ?? []).filter((term) => term.trim() !== '').map(compileTerm),
    }));
  const vocabulary = vocabularyOf(themes.flatMap((theme) => theme.terms));

  function code(answer: OpenAnswer): CodedAnswer {
    const analysed = analyseText(answer.text);
    const words = toWordStream(analysed.tokens);
    const codes: ThemeCode[] = [];
    const setAside: SetAsideEvidence[] = [];
    for (const theme of themes) {
      const excludedClauses = new Set(
        theme.excludes.flatMap((term) =>
          findTermMatches(words, term, vocabulary).map((match) => words[match.first]?.clause),
        ),
      );
      const strongestByTerm = new Map<string, { evidence: TermEvidence; strength: number }>();
      for (const term of theme.terms) {
        for (const match of findTermMatches(words, term, vocabulary)) {
          const evidence = toEvidence(answer.text, words, match);
          const stance = excludedClauses.has(words[match.first]?.clause)
            ? 'excluded'
            : stanceOf(words, match);
          if (stance !== 'asserted') {
            setAside.push({ ...evidence, themeKey: theme.key, reason: stance });
            continue;
          }
          const strength = evidenceStrength[match.kind];
          const held = strongestByTerm.get(term.source);
          if (!held || strength > held.strength)
            strongestByTerm.set(term.source, { evidence, strength });
        }
      }
      const held = [...strongestByTerm.values()];
      const confidence = 1 - held.reduce((doubt, { strength }) => doubt * (1 - strength), 1);
      if (held.length > 0 && confidence >= minConfidence) {
        codes.push({
          themeKey: theme.key,
          confidence: Math.round(confidence * 1000) / 1000,
          evidence: held.map(({ evidence }) => evidence).sort(byPosition),
        });
      }
    }
    codes.sort((a, b) => b.confidence - a.confidence || compareText(a.themeKey, b.themeKey));
    setAside.sort((a, b) => byPosition(a, b) || compareText(a.themeKey, b.themeKey));
    return {
      answerId: answer.id,
      codebookVersion: codebook.version,
      codes,
      setAside,
      sentiment: sentimentFromScore(analysed.sentiment),
    };
  }

  return { codebookVersion: codebook.version, code, codeAll: (answers) => answers.map(code) };
}
