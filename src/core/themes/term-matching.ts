/**
 * Finds a codebook's key terms in an answer by lemma, so "kids", "kid's" and "kid" are one term
 * and "rides" finds "ride". Multi-word terms match in order within one clause, allowing one
 * filler word between their words ("watch kids" finds "watch my kids"). Spelling is forgiven
 * twice over: compounds written apart or together ("day care" / "daycare") and typos: one in words of six
 * letters or more, two in words of ten or more ("transportaion", "transportion").
 */
import { editDistanceWithin } from './edit-distance';
import { analyseText } from './text-analysis';
import { toWordStream, type StreamWord } from './word-stream';

export type MatchKind = 'phrase' | 'word' | 'compound' | 'fuzzy';

export interface CompiledTerm {
  /** The term as written in the codebook. */
  source: string;
  words: { lemma: string; normal: string }[];
  /** The term's words run together, for compound matching. */
  joined: string;
}

export interface TermMatch {
  term: CompiledTerm;
  kind: MatchKind;
  /** Index of the first and last matched word in the word stream. */
  first: number;
  last: number;
}

const fillerLemmas = new Set([
  'a',
  'an',
  'the',
  'my',
  'our',
  'their',
  'his',
  'her',
  'your',
  'me',
  'them',
  'him',
  'some',
  'any',
  'be',
]);
const fuzzyMinimumLength = 6;

/** Lemmatises a key term once so that matching compares like with like. */
export function compileTerm(source: string): CompiledTerm {
  const words = toWordStream(analyseText(source.trim()).tokens).map(({ lemma, normal }) => ({
    lemma,
    normal,
  }));
  return { source, words, joined: words.map((word) => word.normal).join('') };
}

function sameWord(word: StreamWord, termWord: { lemma: string; normal: string }): boolean {
  return (
    word.lemma === termWord.lemma ||
    word.normal === termWord.normal ||
    word.normal === termWord.lemma ||
    word.lemma === termWord.normal
  );
}

/**
 * One typo in words of six letters or more, two in words of ten or more. A word that is itself in
 * the codebook's vocabulary is never a typo ("sitter" is not "sister"), nor is a capitalised word
 * mid-sentence, which is most likely a name ("Carter" is not "career").
 */
function isTypoOf(
  word: StreamWord,
  termWord: { normal: string },
  vocabulary: ReadonlySet<string>,
): boolean {
  if (word.capitalised || vocabulary.has(word.normal) || vocabulary.has(word.lemma)) return false;
  const length = Math.min(word.normal.length, termWord.normal.length);
  if (length < fuzzyMinimumLength || !/^[a-z]+$/.test(word.normal)) return false;
  const allowed = length >= 10 ? 2 : 1;
  return editDistanceWithin(word.normal, termWord.normal, allowed) <= allowed;
}

function matchPhraseAt(words: StreamWord[], term: CompiledTerm, first: number): number | undefined {
  let position = first;
  for (let t = 0; t < term.words.length; t += 1) {
    const termWord = term.words[t];
    const word = words[position];
    if (!termWord || !word) return undefined;
    if (!sameWord(word, termWord)) {
      const next = words[position + 1];
      const canSkipFiller =
        t > 0 && fillerLemmas.has(word.lemma) && next !== undefined && sameWord(next, termWord);
      if (!canSkipFiller) return undefined;
      position += 1;
    }
    const firstWord = words[first];
    if (!firstWord || words[position]?.clause !== firstWord.clause) return undefined;
    position += 1;
  }
  return position - 1;
}

/** The codebook's own words, which typo matching must never bend into one another. */
export function vocabularyOf(terms: CompiledTerm[]): Set<string> {
  return new Set(terms.flatMap((term) => term.words.flatMap((word) => [word.lemma, word.normal])));
}

/** Every place `term` occurs in `words`, best kind first at each position. */
export function findTermMatches(
  words: StreamWord[],
  term: CompiledTerm,
  vocabulary: ReadonlySet<string> = new Set(),
): TermMatch[] {
  const matches: TermMatch[] = [];
  const [onlyWord] = term.words;
  if (!onlyWord) return matches;
  const single = term.words.length === 1;
  words.forEach((word, index) => {
    if (!single) {
      const last = matchPhraseAt(words, term, index);
      if (last !== undefined) matches.push({ term, kind: 'phrase', first: index, last });
      else if (word.normal === term.joined)
        matches.push({ term, kind: 'compound', first: index, last: index });
      return;
    }
    const next = words[index + 1];
    if (sameWord(word, onlyWord)) matches.push({ term, kind: 'word', first: index, last: index });
    else if (next && next.clause === word.clause && word.normal + next.normal === term.joined) {
      matches.push({ term, kind: 'compound', first: index, last: index + 1 });
    } else if (isTypoOf(word, onlyWord, vocabulary))
      matches.push({ term, kind: 'fuzzy', first: index, last: index });
  });
  return matches;
}
