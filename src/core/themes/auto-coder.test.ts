import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createThemeCoder } from './auto-coder';
import type { Codebook } from './codebook';

const codebook: Codebook = {
  version: 3,
  themes: [
    {
      key: 'transportation',
      label: 'Transportation',
      description: 'Getting to the program.',
      keyTerms: ['transportation', 'transport', 'car', 'bus', 'ride', 'bus pass', 'get there'],
      excludeTerms: ['live in my car'],
      examples: ['no reliable ride to class'],
    },
    {
      key: 'childcare',
      label: 'Childcare',
      description: 'Care for children.',
      keyTerms: ['childcare', 'daycare', 'babysitter', 'no one to watch', 'watch kids'],
      examples: ['I had no one to watch my kids'],
    },
    {
      key: 'housing',
      label: 'Housing',
      description: 'Unstable housing.',
      keyTerms: ['evicted', 'homeless', 'live in my car'],
      examples: ['I got evicted'],
    },
    {
      key: 'staff_support',
      label: 'Staff support',
      description: 'Instructors and staff.',
      keyTerms: ['teacher', 'instructor', 'case manager'],
      examples: ['my case manager'],
    },
    {
      key: 'peer_support',
      label: 'Peer support',
      description: 'Classmates.',
      keyTerms: ['classmate'],
      examples: ['my classmates'],
    },
  ],
};
const coder = createThemeCoder(codebook);
const themesOf = (text: string) => coder.code({ id: 'a', text }).codes.map((code) => code.themeKey);

describe('negation', () => {
  it.each([
    'No problem with transport.',
    'Transportation was not an issue',
    "transportation wasn't really a problem for me",
    'I never had any trouble with the bus',
    'no transportation issues',
    'transportation was fine',
    "it wasn't the bus",
  ])('"%s" is not a transport barrier', (text) => {
    expect(themesOf(text)).toEqual([]);
  });

  it.each([
    "I didn't have a car",
    'no ride',
    'Couldnt get there without a car',
    'not having a car was a big problem',
  ])('"%s" is a transport barrier (a lack, not a dismissal)', (text) => {
    expect(themesOf(text)).toEqual(['transportation']);
  });

  it('a dismissal stops at "but": the other clause still counts', () => {
    expect(themesOf("Transport wasn't an issue but my babysitter quit")).toEqual(['childcare']);
  });

  it('a cue inside the key term itself does not negate it', () => {
    // "no" belongs to the term "no one to watch", so it cannot dismiss it
    expect(themesOf('I had no one to watch my kids')).toEqual(['childcare']);
    // but a dismissal outside the term still does
    expect(themesOf('having no one to watch them was never a problem')).toEqual([]);
  });

  it('keeps set-aside evidence with its reason for reviewers', () => {
    const coded = coder.code({ id: 'a', text: 'No problem with transport.' });
    expect(coded.setAside).toEqual([
      {
        themeKey: 'transportation',
        term: 'transport',
        quote: 'transport',
        start: 16,
        end: 25,
        kind: 'word',
        reason: 'dismissed',
      },
    ]);
  });

  it('an exclude term cancels the theme in its clause', () => {
    expect(themesOf('I had to live in my car for a month')).toEqual(['housing']);
  });
});

describe('matching', () => {
  it('codes several themes in one answer', () => {
    expect(themesOf('got evicted, no car, and my babysitter quit').sort()).toEqual([
      'childcare',
      'housing',
      'transportation',
    ]);
  });

  it('matches lemmas, phrases with a filler word, split compounds and typos', () => {
    expect(themesOf('the buses')).toEqual(['transportation']);
    expect(themesOf('someone to watch the kids')).toEqual(['childcare']);
    expect(themesOf('day care')).toEqual(['childcare']);
    expect(themesOf('transportaion')).toEqual(['transportation']);
  });

  it('does not bend a capitalised name into a key term', () => {
    expect(themesOf('Ms Teachr helped')).toEqual([]);
    expect(themesOf('my teachr helped')).toEqual(['staff_support']);
  });
});

describe('confidence', () => {
  it('follows the noisy-OR of the matched terms: phrase 0.9, word 0.8, typo 0.6', () => {
    const confidenceOf = (text: string) => coder.code({ id: 'a', text }).codes[0]?.confidence;
    expect(confidenceOf('my teacher')).toBe(0.8);
    expect(confidenceOf('my case manager')).toBe(0.9);
    expect(confidenceOf('my teachr')).toBe(0.6);
    // two distinct terms: 1 − (1 − 0.8)(1 − 0.8) = 0.96
    expect(confidenceOf('my teacher and the instructor')).toBe(0.96);
    // a phrase and its own word: 1 − (1 − 0.9)(1 − 0.8) = 0.98
    expect(confidenceOf('the bus pass')).toBe(0.98);
  });

  it('orders codes by confidence, strongest first, then by key', () => {
    const coded = coder.code({
      id: 'a',
      text: 'my classmates, the teacher and the instructor, and the bus pass',
    });
    expect(coded.codes.map((code) => [code.themeKey, code.confidence])).toEqual([
      ['transportation', 0.98],
      ['staff_support', 0.96],
      ['peer_support', 0.8],
    ]);
  });

  it('drops codes under the minimum confidence', () => {
    const strict = createThemeCoder(codebook, { minConfidence: 0.85 });
    expect(
      strict
        .code({ id: 'a', text: 'my teacher and the bus pass' })
        .codes.map((code) => code.themeKey),
    ).toEqual(['transportation']);
  });
});

describe('determinism', () => {
  const answers = [
    'No problem with transport, the hard part was finding a babysitter',
    'I got evicted and lived in my car',
    'my teacher and my classmates',
    'nothing',
    'day care and the buses',
  ].map((text, i) => ({ id: `a${i}`, text }));

  it('gives the same codes, in the same order, whatever the order of answers and themes', () => {
    const expected = coder.codeAll(answers);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(answers, { minLength: answers.length }),
        fc.shuffledSubarray(codebook.themes, { minLength: codebook.themes.length }),
        (shuffledAnswers, shuffledThemes) => {
          const again = createThemeCoder({ ...codebook, themes: shuffledThemes }).codeAll(
            shuffledAnswers,
          );
          for (const coded of again)
            expect(coded).toEqual(expected.find((e) => e.answerId === coded.answerId));
        },
      ),
      { numRuns: 15 },
    );
  });

  it('stamps the codebook version on every coded answer', () => {
    expect(coder.code({ id: 'x', text: 'bus' }).codebookVersion).toBe(3);
  });
});
