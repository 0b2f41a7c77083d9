import { describe, expect, it } from 'vitest';
import { expectationMaximisation } from './expectation-maximisation';
import { initialM } from './estimate-parameters';

/**
 * A tiny synthetic population drawn exactly from a known model: lambda = 0.2 and three
 * comparisons with levels (missing, exact, different). Pattern counts are the model's expected
 * counts over 1,000,000 pairs, so EM (u held at the truth) must recover m and lambda.
 */
const truth = { lambda: 0.2, m: [0.9, 0.8, 0.7], u: [0.1, 0.05, 0.2] };

const syntheticPatterns = () => {
  const levels: number[] = [];
  const counts: number[] = [];
  for (let pattern = 0; pattern < 8; pattern++) {
    const agree = [0, 1, 2].map((c) => ((pattern >> c) & 1) === 1);
    const given = (probabilities: number[]) =>
      agree.reduce(
        (product, agrees, c) => product * (agrees ? probabilities[c]! : 1 - probabilities[c]!),
        1,
      );
    levels.push(...agree.map((agrees) => (agrees ? 1 : 2)));
    counts.push(1_000_000 * (truth.lambda * given(truth.m) + (1 - truth.lambda) * given(truth.u)));
  }
  return { levels: Uint8Array.from(levels), counts: Float64Array.from(counts) };
};

describe('expectationMaximisation', () => {
  const { levels, counts } = syntheticPatterns();
  const u = truth.u.map((agree) => Float64Array.of(0, agree, 1 - agree));

  it('recovers m and lambda of a population drawn from a known model', () => {
    const result = expectationMaximisation({
      width: 3,
      levels,
      counts,
      u,
      initialM: [3, 3, 3].map(initialM),
      initialLambda: 0.1,
      included: [true, true, true],
    });
    expect(result.lambda).toBeCloseTo(0.2, 3);
    result.m.forEach((m, c) => expect(m[1]).toBeCloseTo(truth.m[c]!, 3));
    expect(result.iterations).toBeGreaterThan(1);
  });

  it('leaves an excluded comparison at its starting m', () => {
    const result = expectationMaximisation({
      width: 3,
      levels,
      counts,
      u,
      initialM: [3, 3, 3].map(initialM),
      initialLambda: 0.1,
      included: [true, true, false],
    });
    // initialM(3) = [0, 0.9, 0.1]: exact 0.9, different 0.1.
    expect(Array.from(result.m[2]!)).toEqual([0, 0.9, 0.1]);
    expect(result.m[0]![1]).toBeGreaterThan(0.85);
  });
});
