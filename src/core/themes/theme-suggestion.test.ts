import { describe, expect, it } from 'vitest';
import { createThemeCoder } from './auto-coder';
import type { Codebook } from './codebook';
import { suggestThemes } from './theme-suggestion';

const codebook: Codebook = {
  version: 1,
  themes: [
    {
      key: 'transportation',
      label: 'Transportation',
      description: '',
      keyTerms: ['bus', 'car'],
      examples: [],
    },
  ],
};
const answers = [
  'the bus was late',
  'my car broke down',
  'the food in the cafeteria was cold',
  'cafeteria food was bad',
  'no hot food in the cafeteria',
  'the welding equipment was broken',
  'old welding equipment kept breaking',
  'welding machines were broken half the time',
  'nothing',
].map((text, i) => ({ id: `a${i + 1}`, text }));

describe('suggesting new themes', () => {
  const coded = createThemeCoder(codebook).codeAll(answers);

  it('groups the uncovered answers and proposes each group with top terms and quotes', () => {
    const candidates = suggestThemes(answers, coded, { seed: 42, clusters: 2 });
    const byFirstId = [...candidates].sort((a, b) =>
      (a.answerIds[0] ?? '').localeCompare(b.answerIds[0] ?? ''),
    );
    const [cafeteria, welding] = byFirstId;
    expect(byFirstId.map((candidate) => candidate.answerIds)).toEqual([
      ['a3', 'a4', 'a5'],
      ['a6', 'a7', 'a8'],
    ]);
    // "cafeteria" and "food" are in all three cafeteria answers; "break" (broken, breaking) in all three welding ones
    expect(
      cafeteria?.topTerms
        .slice(0, 2)
        .map((term) => term.lemma)
        .sort(),
    ).toEqual(['cafeteria', 'food']);
    expect(welding?.topTerms[0]?.lemma).toBe('break');
    expect(cafeteria?.quotes.map((quote) => quote.answerId).sort()).toEqual(['a3', 'a4', 'a5']);
    // equal sizes: the tighter group comes first
    expect(candidates[0]?.cohesion).toBeGreaterThanOrEqual(candidates[1]?.cohesion ?? 1);
  });

  it('never proposes answers the codebook already covers, nor answers with no content words', () => {
    const ids = suggestThemes(answers, coded, { seed: 42, clusters: 2 }).flatMap(
      (candidate) => candidate.answerIds,
    );
    expect(ids).not.toContain('a1');
    expect(ids).not.toContain('a2');
    expect(ids).not.toContain('a9');
  });

  it('gives the same candidates for the same seed', () => {
    expect(suggestThemes(answers, coded, { seed: 9 })).toEqual(
      suggestThemes([...answers].reverse(), coded, { seed: 9 }),
    );
  });
});
