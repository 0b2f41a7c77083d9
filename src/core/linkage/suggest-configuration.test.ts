import { describe, expect, it } from 'vitest';
import { buildRecordFeatures } from './record-features';
import { measureRule, suggestBlockingRules, suggestComparison } from './suggest-configuration';

describe('suggestComparison', () => {
  const many = (make: (index: number) => string) =>
    Array.from({ length: 200 }, (_, index) => make(index));

  it('reads the column name and values', () => {
    expect(suggestComparison({ name: 'given_name', values: many(() => 'ann') })).toMatchObject({
      kind: 'jaro-winkler',
      phonetic: true,
      nicknames: true,
    });
    expect(suggestComparison({ name: 'Last Name', values: many(() => 'lee') })).toMatchObject({
      kind: 'jaro-winkler',
      phonetic: true,
    });
    expect(
      suggestComparison({
        name: 'date_of_birth',
        values: many((index) => `19${10 + (index % 80)}0512`),
      }),
    ).toEqual({ kind: 'date', field: 'date_of_birth' });
    expect(
      suggestComparison({ name: 'postcode', values: many((index) => String(2000 + index)) }),
    ).toMatchObject({ kind: 'levenshtein', maxDistances: [1, 2] });
    expect(
      suggestComparison({
        name: 'state',
        values: many((index) => ['nsw', 'vic', 'qld'][index % 3]!),
      }),
    ).toMatchObject({ kind: 'exact' });
    expect(
      suggestComparison({ name: 'suburb', values: many((index) => `town ${index}`) }),
    ).toMatchObject({ kind: 'jaro-winkler', bands: [0.92, 0.8] });
  });
});

describe('suggestBlockingRules', () => {
  // 100 records: "id" unique; "city" one of two values (50 each, 1,225 pairs per block);
  // "year" one of 100 values but record 0 and 1 share one.
  const ids = Array.from({ length: 100 }, (_, index) => `r${index}`);
  const columns = {
    id: ids,
    city: ids.map((_, index) => (index % 2 === 0 ? 'north' : 'south')),
    year: ids.map((_, index) => String(1900 + Math.max(1, index))),
  };
  const features = buildRecordFeatures(
    new Map([
      ['id', {}],
      ['city', {}],
      ['year', {}],
    ]),
    { ids, columns },
  );

  it('measures pairs and the share of records outside capped blocks', () => {
    // Two city blocks of 50 records: 2 × 50 × 49 / 2 = 2,450 pairs; with a cap of 1,000 both are skipped.
    expect(measureRule(features, { parts: [{ field: 'city' }] }, 5_000)).toEqual({
      pairs: 2450,
      coverage: 1,
    });
    expect(measureRule(features, { parts: [{ field: 'city' }] }, 1_000)).toEqual({
      pairs: 0,
      coverage: 0,
    });
  });

  it('keeps selective single fields and pairs the broad ones', () => {
    const budget = {
      maxPairsPerRule: 1_000,
      maxCandidatePairs: 10_000,
      maxPairsPerBlock: 50_000,
      maxRulesPerField: 3,
    };
    const rules = suggestBlockingRules(features, ['id', 'city', 'year'], budget);
    // id yields 0 pairs and year 1 pair (records 0 and 1): both kept alone; city alone (2,450) is
    // too broad, and city has fewer than 60 values, so it is only ever paired.
    expect(rules.map((rule) => rule.parts.map((part) => part.field).join('+'))).toEqual([
      'id',
      'year',
    ]);
  });
});
