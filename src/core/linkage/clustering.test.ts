import { describe, expect, it } from 'vitest';
import { connectedComponents, oneToOneAssignment } from './clustering';

describe('connectedComponents', () => {
  it('joins chains of pairs above the threshold and leaves the rest alone', () => {
    // 0–1 and 1–2 link (0.9, 0.8), so 0, 1, 2 form one cluster; 3–4 at 0.4 is below 0.5.
    const clusters = connectedComponents(
      5,
      Int32Array.of(0, 1, 3),
      Int32Array.of(1, 2, 4),
      Float64Array.of(0.9, 0.8, 0.4),
      0.5,
    );
    expect(Array.from(clusters)).toEqual([0, 0, 0, 3, 4]);
  });
});

describe('oneToOneAssignment', () => {
  it('gives each record its most probable partner, each used once', () => {
    // Pairs: (0,0) 0.9, (0,1) 0.95, (1,1) 0.7, (1,0) 0.6. Greedy: (0,1) first, then (1,0); (0,0) and (1,1) lose.
    const kept = oneToOneAssignment(
      Int32Array.of(0, 0, 1, 1),
      Int32Array.of(0, 1, 1, 0),
      Float64Array.of(0.9, 0.95, 0.7, 0.6),
      0.5,
    );
    expect(kept).toEqual([1, 3]);
  });
  it('ignores pairs below the threshold', () => {
    expect(
      oneToOneAssignment(Int32Array.of(0), Int32Array.of(0), Float64Array.of(0.3), 0.5),
    ).toEqual([]);
  });
});
