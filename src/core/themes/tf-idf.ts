/**
 * TF-IDF vectors over the content lemmas of short answers (nouns, verbs, adjectives and proper
 * nouns; stop words and light verbs such as "have" and "get" dropped), L2-normalised so that a dot product is the cosine similarity.
 * Vectors are sparse maps keyed by lemma.
 */
import { analyseText } from './text-analysis';

export type SparseVector = Map<string, number>;

const contentTags = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN']);
/** Light verbs and fillers that wink does not list as stop words but that say nothing on their own. */
const emptyLemmas = new Set([
  'have',
  'get',
  'make',
  'go',
  'do',
  'take',
  'know',
  'think',
  'want',
  'come',
  'thing',
  'lot',
  'way',
  'let',
  'keep',
  'give',
]);

/** The content lemmas of a text, in order, repeats kept. */
export function contentLemmas(text: string): string[] {
  return analyseText(text)
    .tokens.filter(
      (token) => token.type === 'word' && !token.stopWord && contentTags.has(token.pos),
    )
    .map((token) => token.lemma)
    .filter((lemma) => /^[a-z][a-z'-]{2,}$/.test(lemma) && !emptyLemmas.has(lemma));
}

/** L2-normalised TF-IDF vectors, idf = ln((1 + n) / (1 + df)) + 1 (scikit-learn's smooth idf). */
export function tfIdfVectors(documents: string[][]): SparseVector[] {
  const documentFrequency = new Map<string, number>();
  for (const lemmas of documents) {
    for (const lemma of new Set(lemmas))
      documentFrequency.set(lemma, (documentFrequency.get(lemma) ?? 0) + 1);
  }
  const n = documents.length;
  return documents.map((lemmas) => {
    const vector: SparseVector = new Map();
    for (const lemma of lemmas) vector.set(lemma, (vector.get(lemma) ?? 0) + 1);
    for (const [lemma, count] of vector) {
      vector.set(
        lemma,
        count * (Math.log((1 + n) / (1 + (documentFrequency.get(lemma) ?? 0))) + 1),
      );
    }
    return normalise(vector);
  });
}

/** Scales a vector to unit length (an empty vector stays empty). */
export function normalise(vector: SparseVector): SparseVector {
  const length = Math.sqrt([...vector.values()].reduce((sum, value) => sum + value * value, 0));
  if (length === 0) return vector;
  return new Map([...vector].map(([key, value]) => [key, value / length]));
}

/** Dot product of two sparse vectors. */
export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [key, value] of small) sum += value * (large.get(key) ?? 0);
  return sum;
}
