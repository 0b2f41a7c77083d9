import { describe, expect, it } from 'vitest';
import { connectedComponents } from './clustering';
import type { FieldComparisonSpec } from './field-comparison';
import { linkRecords } from './link-records';
import { seededRandom, randomIndex } from '../random';

const syllables = ['ka', 'lo', 'mi', 'ra', 'te', 'su', 'no', 'vi', 'de', 'po', 'ba', 'ze'];

/** 300 made-up people and a corrupted copy (one typo in the surname) of every third one. */
const population = () => {
  const random = seededRandom(7);
  const word = () =>
    Array.from({ length: 3 }, () => syllables[randomIndex(random, syllables.length)]).join('');
  const ids: string[] = [];
  const given: string[] = [];
  const surname: string[] = [];
  const birth: string[] = [];
  const city: string[] = [];
  for (let person = 0; person < 300; person++) {
    const record = [
      word(),
      word(),
      `19${50 + randomIndex(random, 50)}0${1 + randomIndex(random, 9)}1${randomIndex(random, 9)}`,
      word(),
    ] as const;
    const copies = person % 3 === 0 ? 2 : 1;
    for (let copy = 0; copy < copies; copy++) {
      ids.push(`p${person}-${copy}`);
      given.push(record[0]);
      surname.push(copy === 0 ? record[1] : `${record[1].slice(0, 2)}x${record[1].slice(3)}`);
      birth.push(record[2]);
      city.push(record[3]);
    }
  }
  return { ids, columns: { given, surname, birth, city } };
};

const comparisons: FieldComparisonSpec[] = [
  { kind: 'jaro-winkler', field: 'given', phonetic: true, termFrequency: true },
  { kind: 'jaro-winkler', field: 'surname', phonetic: true, termFrequency: true },
  { kind: 'date', field: 'birth' },
  { kind: 'exact', field: 'city' },
];

describe('linkRecords', () => {
  const table = population();
  const result = linkRecords({
    left: table,
    comparisons,
    blockingRules: [
      { parts: [{ field: 'given' }] },
      { parts: [{ field: 'birth' }] },
      { parts: [{ field: 'city' }] },
    ],
    random: seededRandom(1),
    uSampleSize: 20_000,
    keepAbove: 0.5,
  });

  it('finds the 100 duplicates and nothing else, without labels', () => {
    const pairs = Array.from({ length: result.pairs.count }, (_, pair) => [
      table.ids[result.pairs.left[pair]!]!,
      table.ids[result.pairs.right[pair]!]!,
    ]);
    const same = pairs.filter(([a, b]) => a!.split('-')[0] === b!.split('-')[0]);
    expect(same).toHaveLength(100);
    expect(pairs).toHaveLength(100);
    const clusters = connectedComponents(
      result.recordCount,
      result.pairs.left,
      result.pairs.right,
      result.pairs.probability,
      0.5,
    );
    expect(new Set(clusters).size).toBe(300);
  });

  it('runs one EM per blocking rule, each leaving its own field out', () => {
    expect(result.emRuns.map((run) => run.estimatedFields)).toEqual([
      ['surname', 'birth', 'city'],
      ['given', 'surname', 'city'],
      ['given', 'surname', 'birth'],
    ]);
    expect(result.unestimatedFields).toEqual([]);
  });

  it('explains a pair field by field, the parts adding up to its weight', () => {
    const explanation = result.explain(result.pairs.left[0]!, result.pairs.right[0]!);
    expect(explanation.fields.map((field) => field.field)).toEqual([
      'given',
      'surname',
      'birth',
      'city',
    ]);
    const sum = explanation.fields.reduce(
      (total, field) => total + field.weight + field.termFrequencyAdjustment,
      explanation.priorWeight,
    );
    expect(explanation.weight).toBeCloseTo(sum, 10);
    expect(explanation.weight).toBeCloseTo(result.pairs.weight[0]!, 10);
    expect(explanation.probability).toBeCloseTo(1 / (1 + 2 ** -explanation.weight), 12);
    // Surnames of 6 letters, the third replaced: m = 5, t = 0 → jaro = (5/6 + 5/6 + 1) / 3 = 0.8889;
    // a 2-letter prefix → 0.8889 + 0.2 × 0.1111 = 0.9111, in the ≥ 0.88 band, below 0.92.
    expect(explanation.fields[1]!.levelName).toBe('jaro-winkler ≥ 0.88');
    expect(explanation.fields[0]!.levelName).toBe('exact');
  });

  it('refuses a comparison on a column the table does not have', () => {
    expect(() =>
      linkRecords({
        left: table,
        comparisons: [{ kind: 'exact', field: 'nope' }],
        random: seededRandom(1),
      }),
    ).toThrow(/Unknown linkage fields: nope/);
  });
});
