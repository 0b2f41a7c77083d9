/**
 * Decides whether a key term found in an answer actually asserts its theme. Plain negation is not
 * enough: "I didn't have a car" IS a transport barrier (a lack), while "no problem with transport"
 * and "transportation was not an issue" are NOT (a dismissal). So we look for three shapes inside
 * the term's clause, and anything else counts as an assertion:
 *
 * - dismissed: a negation cue followed within three words by a problem word
 *   ("no problem with transport", "childcare wasn't an issue", "didn't need childcare");
 * - neutral: the term followed closely by a neutral verdict ("transportation was fine");
 * - denied: "not"/"never" right before the term, after "be" or at the clause's start
 *   ("it wasn't the bus", "not the teachers, my classmates").
 *
 * Cues that are part of the matched term itself ("no one to watch") never count.
 */
import type { TermMatch } from './term-matching';
import type { StreamWord } from './word-stream';

export type MatchStance = 'asserted' | 'dismissed' | 'neutral' | 'denied';

const negationCues = new Set(['not', 'no', 'never', 'without', 'none']);
const denialCues = new Set(['not', 'never']);
const problemWords = new Set([
  'problem',
  'issue',
  'trouble',
  'concern',
  'barrier',
  'obstacle',
  'difficulty',
  'difficult',
  'hard',
  'struggle',
  'hassle',
  'worry',
  'worried',
  'factor',
  'challenge',
  'matter',
  'need',
  'bother',
]);
const neutralVerdicts = new Set(['fine', 'ok', 'okay', 'alright']);
const denialFillers = new Set([
  'the',
  'a',
  'an',
  'my',
  'our',
  'their',
  'his',
  'her',
  'really',
  'just',
  'even',
  'about',
]);
const cueReach = 4;

function inMatch(index: number, match: TermMatch): boolean {
  return index >= match.first && index <= match.last;
}

function clauseRange(words: StreamWord[], match: TermMatch): [number, number] {
  const clause = words[match.first]?.clause;
  let first = match.first;
  let last = match.last;
  while (first > 0 && words[first - 1]?.clause === clause) first -= 1;
  while (last < words.length - 1 && words[last + 1]?.clause === clause) last += 1;
  return [first, last];
}

function isDismissed(
  words: StreamWord[],
  match: TermMatch,
  [first, last]: [number, number],
): boolean {
  for (let cue = first; cue <= last; cue += 1) {
    if (inMatch(cue, match) || !negationCues.has(words[cue]?.lemma ?? '')) continue;
    for (let word = cue + 1; word <= Math.min(last, cue + cueReach); word += 1) {
      const lemma = words[word]?.lemma ?? '';
      const normal = words[word]?.normal ?? '';
      if (!inMatch(word, match) && (problemWords.has(lemma) || problemWords.has(normal)))
        return true;
    }
  }
  return false;
}

function isNeutral(words: StreamWord[], match: TermMatch, last: number): boolean {
  for (let word = match.last + 1; word <= Math.min(last, match.last + cueReach); word += 1) {
    if (neutralVerdicts.has(words[word]?.normal ?? '')) return true;
  }
  return false;
}

function isDenied(words: StreamWord[], match: TermMatch, first: number): boolean {
  let cue = match.first - 1;
  while (cue >= first && denialFillers.has(words[cue]?.lemma ?? '')) cue -= 1;
  if (cue < first || match.first - cue > 3 || !denialCues.has(words[cue]?.lemma ?? ''))
    return false;
  return cue === first || words[cue - 1]?.lemma === 'be';
}

/** How the answer stands towards the theme a matched term points at. */
export function stanceOf(words: StreamWord[], match: TermMatch): MatchStance {
  const [first, last] = clauseRange(words, match);
  if (isDismissed(words, match, [first, last])) return 'dismissed';
  if (isNeutral(words, match, last)) return 'neutral';
  if (isDenied(words, match, first)) return 'denied';
  return 'asserted';
}
