/**
 * Expectation-maximisation of the Fellegi–Sunter m probabilities and the match share (lambda)
 * over comparison patterns, with u held fixed (it comes from random pairs). Comparisons marked
 * not included are ignored entirely: that is how a run over one blocking rule's pairs leaves the
 * rule's own fields out, since every pair it blocked agrees on them by construction.
 */
export type EmInput = {
  readonly width: number;
  /** levels[pattern * width + comparison]. */
  readonly levels: Uint8Array;
  /** Pair count per pattern. */
  readonly counts: Float64Array;
  /** u[c][level]; level 0 (missing) is never used. */
  readonly u: readonly Float64Array[];
  readonly initialM: readonly Float64Array[];
  readonly initialLambda: number;
  readonly included: readonly boolean[];
  readonly maxIterations?: number;
  /** Stop when no parameter moves more than this. */
  readonly tolerance?: number;
};

export type EmResult = {
  readonly m: Float64Array[];
  readonly lambda: number;
  readonly iterations: number;
};

const smallestProbability = 1e-9;
/**
 * One expected match added to every level: a level no match fell into (a nickname level on data
 * without nicknames) gets a small m rather than a near-zero one, which would veto any pair in it.
 */
const pseudoMatches = 1;

/** Runs EM to convergence and returns the m of every included comparison (others keep their initial m). */
export const expectationMaximisation = (input: EmInput): EmResult => {
  const { width, levels, counts, u, included } = input;
  const patternCount = counts.length;
  const maxIterations = input.maxIterations ?? 200;
  const tolerance = input.tolerance ?? 1e-7;
  const m = input.initialM.map((levelsM) => Float64Array.from(levelsM));
  let lambda = input.initialLambda;
  const totalPairs = counts.reduce((sum, count) => sum + count, 0);
  const matchMass = m.map((levelsM) => new Float64Array(levelsM.length));
  let iteration = 0;
  while (iteration < maxIterations && totalPairs > 0) {
    iteration++;
    for (const mass of matchMass) mass.fill(0);
    let expectedMatches = 0;
    for (let pattern = 0; pattern < patternCount; pattern++) {
      let bayesFactor = 1;
      const base = pattern * width;
      for (let c = 0; c < width; c++) {
        const level = levels[base + c]!;
        if (level === 0 || !included[c]) continue;
        bayesFactor *= m[c]![level]! / u[c]![level]!;
      }
      const posterior = (lambda * bayesFactor) / (lambda * bayesFactor + 1 - lambda);
      const weight = posterior * counts[pattern]!;
      expectedMatches += weight;
      for (let c = 0; c < width; c++) {
        const level = levels[base + c]!;
        if (level !== 0) matchMass[c]![level]! += weight;
      }
    }
    let largestChange = 0;
    for (let c = 0; c < width; c++) {
      if (!included[c]) continue;
      const mass = matchMass[c]!;
      let total = 0;
      for (let level = 1; level < mass.length; level++) total += mass[level]! + pseudoMatches;
      for (let level = 1; level < mass.length; level++) {
        const next = (mass[level]! + pseudoMatches) / total;
        largestChange = Math.max(largestChange, Math.abs(next - m[c]![level]!));
        m[c]![level] = next;
      }
    }
    const nextLambda = Math.min(
      1 - smallestProbability,
      Math.max(smallestProbability, expectedMatches / totalPairs),
    );
    largestChange = Math.max(largestChange, Math.abs(nextLambda - lambda));
    lambda = nextLambda;
    if (largestChange < tolerance) break;
  }
  return { m, lambda, iterations: iteration };
};
