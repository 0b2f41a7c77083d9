import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { equityGap, type GroupCount } from './equity-gap';

// Three disjoint groups: A 30/100, B 45/100, C 3/5 (overall 78/205).
const groups: GroupCount[] = [
  { group: 'A', n: 100, successes: 30 },
  { group: 'B', n: 100, successes: 45 },
  { group: 'C', n: 5, successes: 3 },
];

describe('equityGap against a reference group', () => {
  const [a, b, c] = equityGap(groups, { reference: { kind: 'group', group: 'B' }, minN: 10 });

  it('flags a gap whose Newcombe interval excludes zero', () => {
    // Wilson A = (0.218949, 0.395849), B = (0.356145, 0.547554)
    // δ = √((0.3 − 0.218949)² + (0.547554 − 0.45)²) = √(0.006569 + 0.009517) = 0.126831
    // ε = √((0.395849 − 0.3)² + (0.45 − 0.356145)²) = √(0.009187 + 0.008809) = 0.134148
    // −0.15 − 0.126831 = −0.276831; −0.15 + 0.134148 = −0.015852 → excludes 0
    expect(a?.difference).toBeCloseTo(-0.15, 12);
    expect(a?.ci?.lower).toBeCloseTo(-0.276831, 5);
    expect(a?.ci?.upper).toBeCloseTo(-0.015852, 5);
    expect(a).toMatchObject({
      referenceRate: 0.45,
      smallN: false,
      flagged: true,
      isReference: false,
    });
  });

  it('gives a small group its numbers but no verdict', () => {
    // C: 3/5 = 0.6, n 5 < 10
    expect(c?.difference).toBeCloseTo(0.15, 12);
    expect(c).toMatchObject({ smallN: true, flagged: null });
  });

  it('marks the reference group itself without a difference', () => {
    expect(b).toMatchObject({ isReference: true, difference: null, ci: null, flagged: null });
  });

  it('does not flag an interval that includes zero', () => {
    // 45/100 vs 50/100: a difference of −0.05 is well within sampling noise at these n
    const [gap] = equityGap(
      [
        { group: 'X', n: 100, successes: 45 },
        { group: 'Y', n: 100, successes: 50 },
      ],
      { reference: { kind: 'group', group: 'Y' }, minN: 10 },
    );
    expect(gap?.ci?.lower).toBeLessThan(0);
    expect(gap?.ci?.upper).toBeGreaterThan(0);
    expect(gap?.flagged).toBe(false);
  });
});

describe('equityGap against the overall rate', () => {
  const [a] = equityGap(groups, { reference: { kind: 'overall' }, minN: 10 });

  it('scales the group-vs-rest interval by the share outside the group', () => {
    // overall 78/205 = 0.380488; rest of A = 48/105 = 0.457143
    // Newcombe(A vs rest) = −0.157143 (−0.282106, −0.024225); 1 − w = 1 − 100/205 = 0.512195
    // difference = 0.512195 · −0.157143 = −0.080488 = 0.3 − 0.380488
    // CI = 0.512195 · (−0.282106, −0.024225) = (−0.144493, −0.012408)
    expect(a?.referenceRate).toBeCloseTo(78 / 205, 12);
    expect(a?.difference).toBeCloseTo(0.3 - 78 / 205, 12);
    expect(a?.ci?.lower).toBeCloseTo(-0.144493, 5);
    expect(a?.ci?.upper).toBeCloseTo(-0.012408, 5);
    expect(a?.flagged).toBe(true);
  });

  it('accepts an explicit overall and refuses a group larger than it', () => {
    const [only] = equityGap([{ group: 'A', n: 100, successes: 30 }], {
      reference: { kind: 'overall' },
      minN: 10,
      overall: { n: 205, successes: 78 },
    });
    expect(only?.difference).toBeCloseTo(a?.difference as number, 12);
    expect(() =>
      equityGap(groups, {
        reference: { kind: 'overall' },
        minN: 10,
        overall: { n: 50, successes: 10 },
      }),
    ).toThrow(/not part of the overall/);
  });

  it('refuses an unknown reference group and duplicate groups', () => {
    expect(() => equityGap(groups, { reference: { kind: 'group', group: 'Z' }, minN: 10 })).toThrow(
      /reference/,
    );
    expect(() =>
      equityGap([...groups, groups[0] as GroupCount], { reference: { kind: 'overall' }, minN: 1 }),
    ).toThrow(/once/);
  });

  it('holds each difference inside its interval, and flags only when the interval excludes zero', () => {
    const group = fc
      .integer({ min: 1, max: 300 })
      .chain((n) => fc.record({ n: fc.constant(n), successes: fc.integer({ min: 0, max: n }) }));
    fc.assert(
      fc.property(
        fc.array(group, { minLength: 2, maxLength: 6 }),
        fc.integer({ min: 1, max: 50 }),
        (counts, minN) => {
          const rows = counts.map((count, index) => ({ group: `g${index}`, ...count }));
          for (const gap of equityGap(rows, { reference: { kind: 'overall' }, minN })) {
            if (gap.ci === null || gap.difference === null) continue;
            expect(gap.ci.lower).toBeLessThanOrEqual(gap.difference + 1e-12);
            expect(gap.ci.upper).toBeGreaterThanOrEqual(gap.difference - 1e-12);
            if (gap.smallN) expect(gap.flagged).toBeNull();
            else expect(gap.flagged).toBe(gap.ci.lower > 0 || gap.ci.upper < 0);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
