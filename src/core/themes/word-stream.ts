/**
 * Turns analysed tokens into the stream the coder matches against: words only, each tagged with
 * the clause it sits in. Clauses end at sentence punctuation and at contrastive conjunctions
 * ("but", "though", "except"), because negation and dismissal never reach across them:
 * "transport wasn't an issue, but childcare was" denies transport and affirms childcare.
 */
import type { AnalysedToken } from './text-analysis';

export interface StreamWord {
  lemma: string;
  normal: string;
  clause: number;
  /** Written with a capital letter away from a sentence's start: likely a name. */
  capitalised: boolean;
  /** Character offsets in the original text, end exclusive. */
  start: number;
  end: number;
}

const clauseBreakingPunctuation = new Set(['.', ',', ';', ':', '!', '?', '(', ')', '…', '"']);
const clauseBreakingWords = new Set([
  'but',
  'though',
  'although',
  'however',
  'except',
  'besides',
  'instead',
]);

/** Words of an answer with their clause numbers; punctuation, hyphens and spaces are dropped. */
export function toWordStream(tokens: AnalysedToken[]): StreamWord[] {
  const words: StreamWord[] = [];
  let clause = 0;
  let sentence = 0;
  for (const token of tokens) {
    if (token.sentence !== sentence) {
      sentence = token.sentence;
      clause += 1;
    }
    if (token.type === 'punctuation' || token.type === 'tabCRLF' || token.text.trim() === '') {
      if (clauseBreakingPunctuation.has(token.text) || token.text.includes('\n')) clause += 1;
      continue;
    }
    if (clauseBreakingWords.has(token.normal)) clause += 1;
    words.push({
      lemma: token.lemma,
      normal: token.normal,
      clause,
      capitalised: !token.sentenceStart && /^[A-Z]/.test(token.text),
      start: token.start,
      end: token.end,
    });
  }
  return words;
}
