/**
 * u probabilities: how often two records of different people fall into each level. Estimated
 * from uniformly random pairs (almost all of which are non-matches), with a half-count floor so
 * a level never seen in the sample (exact agreement on a national ID) is rare but not impossible.
 */
import type { LevelFunction } from './comparison-levels';
import { randomIndex, type RandomSource } from '../random';
import type { RecordFeatures } from './record-features';

/** u[c][level] from `sampleSize` random pairs (left × right in linkage, distinct records in deduplication). */
export const estimateU = (
  features: RecordFeatures,
  levelFunctions: readonly LevelFunction[],
  levelCounts: readonly number[],
  random: RandomSource,
  sampleSize: number,
): Float64Array[] => {
  const { recordCount, leftCount, isLinkage } = features;
  const tallies = levelCounts.map((count) => new Float64Array(count));
  const rightCount = recordCount - leftCount;
  const possible = isLinkage ? leftCount * rightCount : recordCount * (recordCount - 1);
  if (possible > 0) {
    for (let sample = 0; sample < sampleSize; sample++) {
      let i: number;
      let j: number;
      if (isLinkage) {
        i = randomIndex(random, leftCount);
        j = leftCount + randomIndex(random, rightCount);
      } else {
        i = randomIndex(random, recordCount);
        j = randomIndex(random, recordCount - 1);
        if (j >= i) j++;
      }
      for (let c = 0; c < levelFunctions.length; c++) tallies[c]![levelFunctions[c]!(i, j)]!++;
    }
  }
  return tallies.map((tally) => {
    let observed = 0;
    for (let level = 1; level < tally.length; level++) observed += tally[level]!;
    const levels = tally.length - 1;
    const u = new Float64Array(tally.length);
    for (let level = 1; level < tally.length; level++)
      u[level] = (tally[level]! + 0.5) / (observed + 0.5 * levels);
    return u;
  });
};
