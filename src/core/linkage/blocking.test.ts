import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCandidatePairs } from './blocking';
import { buildRecordFeatures } from './record-features';

const table = (a: string[], b: string[]) => ({
  ids: a.map((_, index) => `r${index}`),
  columns: { a, b },
});
const needs = new Map([
  ['a', {}],
  ['b', {}],
]);
const rules = [{ parts: [{ field: 'a' }] }, { parts: [{ field: 'b' }] }];

const pairsOf = (candidates: ReturnType<typeof generateCandidatePairs>): string[] =>
  Array.from(
    { length: candidates.count },
    (_, pair) => `${candidates.left[pair]}-${candidates.right[pair]}`,
  );

describe('generateCandidatePairs', () => {
  it('finds exactly the pairs sharing any rule key, each once, without comparing all pairs', () => {
    const values = fc.array(
      fc.tuple(fc.constantFrom('', 'x', 'y', 'z'), fc.constantFrom('', 'p', 'q')),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(values, (rows) => {
        const features = buildRecordFeatures(
          needs,
          table(
            rows.map(([a]) => a),
            rows.map(([, b]) => b),
          ),
        );
        const found = pairsOf(generateCandidatePairs(features, rules));
        const expected: string[] = [];
        rows.forEach(([a1, b1], i) =>
          rows.forEach(([a2, b2], j) => {
            if (i < j && ((a1 !== '' && a1 === a2) || (b1 !== '' && b1 === b2)))
              expected.push(`${i}-${j}`);
          }),
        );
        expect(found.sort()).toEqual(expected.sort());
      }),
    );
  });

  it('skips a block above the cap, leaving its pairs to other rules', () => {
    // Four records share a = "x" (6 pairs > cap 5); records 0 and 1 also share b = "p".
    const features = buildRecordFeatures(needs, table(['x', 'x', 'x', 'x'], ['p', 'p', 'q', 'r']));
    const candidates = generateCandidatePairs(features, rules, 5);
    expect(candidates.cappedBlocks).toBe(1);
    expect(candidates.cappedPairs).toBe(6);
    expect(pairsOf(candidates)).toEqual(['0-1']);
    expect(candidates.pairsByRule).toEqual([0, 1]);
  });

  it('pairs only left with right records when linking two tables', () => {
    const features = buildRecordFeatures(
      needs,
      table(['x', 'x'], ['', '']),
      table(['x', 'y'], ['', '']),
    );
    // Left records 0, 1 and right record 2 share "x"; the two left records are never paired.
    expect(pairsOf(generateCandidatePairs(features, rules))).toEqual(['0-2', '1-2']);
  });
});
