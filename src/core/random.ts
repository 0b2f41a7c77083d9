/** A random source in [0, 1); core never calls Math.random, callers pass one in. */
export type RandomSource = () => number;

/** A small, fast, seeded generator (mulberry32) so runs (EM sampling, k-means starts) are reproducible. */
export const seededRandom = (seed: number): RandomSource => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** A uniform integer in [0, bound). */
export const randomIndex = (random: RandomSource, bound: number): number =>
  Math.floor(random() * bound);
