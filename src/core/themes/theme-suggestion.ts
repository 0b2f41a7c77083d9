/**
 * Proposes new themes from the answers the codebook does not cover: their content lemmas are
 * weighted by TF-IDF and grouped by seeded spherical k-means; each group big enough becomes a
 * candidate with its top terms and the answers nearest its centre as representative quotes. The
 * backbone accepts a candidate into the next codebook version or dismisses it; nothing here
 * changes the codebook.
 */
import { compareText, type CodedAnswer, type OpenAnswer } from './auto-coder';
import { sphericalKMeans } from './k-means';
import { contentLemmas, dot, tfIdfVectors } from './tf-idf';

export interface SuggestionOptions {
  /** Seed for k-means starting points; the same seed gives the same candidates. */
  seed: number;
  /** Number of clusters; default round(√n) for n uncovered answers with content words. */
  clusters?: number;
  /** Smallest group worth proposing. Default 3. */
  minClusterSize?: number;
  /** Groups whose members sit further from their centre than this are noise, not themes. Default 0.3. */
  minCohesion?: number;
  /** Default 5. */
  topTermCount?: number;
  /** Default 3. */
  quoteCount?: number;
}

export interface ThemeCandidate {
  /** A key to start from ("candidate_lunch_free"); the backbone renames it on acceptance. */
  suggestedKey: string;
  topTerms: { lemma: string; weight: number }[];
  quotes: { answerId: string; text: string; similarity: number }[];
  /** How many uncovered answers the group holds. */
  size: number;
  /** Mean cosine similarity of members to the centre, 0–1. */
  cohesion: number;
  answerIds: string[];
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** Candidate themes from the answers whose coding has no theme, largest group first. */
export function suggestThemes(
  answers: OpenAnswer[],
  coded: CodedAnswer[],
  options: SuggestionOptions,
): ThemeCandidate[] {
  const covered = new Set(
    coded.filter((answer) => answer.codes.length > 0).map((answer) => answer.answerId),
  );
  const uncovered = answers
    .filter((answer) => !covered.has(answer.id))
    .map((answer) => ({ answer, lemmas: contentLemmas(answer.text) }))
    .filter(({ lemmas }) => lemmas.length > 0)
    .sort((a, b) => compareText(a.answer.id, b.answer.id));
  if (uncovered.length === 0) return [];

  const vectors = tfIdfVectors(uncovered.map(({ lemmas }) => lemmas));
  const k = options.clusters ?? Math.max(1, Math.round(Math.sqrt(uncovered.length)));
  const { assignments, centroids } = sphericalKMeans(vectors, k, options.seed);
  const minSize = options.minClusterSize ?? 3;

  const candidates = centroids.flatMap((centroid, cluster): ThemeCandidate[] => {
    const members = uncovered
      .map(({ answer }, i) => ({
        answer,
        similarity: dot(vectors[i] ?? new Map<string, number>(), centroid),
      }))
      .filter((_, i) => assignments[i] === cluster);
    const cohesion = members.reduce((sum, member) => sum + member.similarity, 0) / members.length;
    if (members.length < minSize || cohesion < (options.minCohesion ?? 0.3)) return [];
    const topTerms = [...centroid]
      .sort(([a, x], [b, y]) => y - x || compareText(a, b))
      .slice(0, options.topTermCount ?? 5)
      .map(([lemma, weight]) => ({ lemma, weight: round3(weight) }));
    const nearestFirst = [...members].sort(
      (a, b) => b.similarity - a.similarity || compareText(a.answer.id, b.answer.id),
    );
    return [
      {
        suggestedKey: [
          'candidate',
          ...topTerms.slice(0, 2).map((term) => term.lemma.replace(/[^a-z0-9]+/g, '_')),
        ].join('_'),
        topTerms,
        quotes: nearestFirst.slice(0, options.quoteCount ?? 3).map(({ answer, similarity }) => ({
          answerId: answer.id,
          text: answer.text,
          similarity: round3(similarity),
        })),
        size: members.length,
        cohesion: round3(cohesion),
        answerIds: members.map((member) => member.answer.id),
      },
    ];
  });
  return candidates.sort(
    (a, b) =>
      b.size - a.size || b.cohesion - a.cohesion || compareText(a.suggestedKey, b.suggestedKey),
  );
}
