/**
 * Spherical k-means (cosine similarity, unit-length centroids) with k-means++ starts drawn from a
 * seeded generator: the same vectors, k and seed always give the same clusters. Ties go to the
 * lower index so that nothing depends on floating-point luck in ordering.
 */
import { seededRandom } from '../random';
import { dot, normalise, type SparseVector } from './tf-idf';

export interface Clustering {
  /** Cluster index per input vector. */
  assignments: number[];
  centroids: SparseVector[];
}

const maxIterations = 50;

function nearest(
  vector: SparseVector,
  centroids: SparseVector[],
): { index: number; similarity: number } {
  let best = { index: 0, similarity: -Infinity };
  centroids.forEach((centroid, index) => {
    const similarity = dot(vector, centroid);
    if (similarity > best.similarity) best = { index, similarity };
  });
  return best;
}

function initialCentroids(
  vectors: SparseVector[],
  k: number,
  random: () => number,
): SparseVector[] {
  const first = vectors[Math.floor(random() * vectors.length)];
  const centroids: SparseVector[] = first ? [first] : [];
  while (centroids.length < k) {
    const weights = vectors.map(
      (vector) => Math.max(0, 1 - nearest(vector, centroids).similarity) ** 2,
    );
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    if (total === 0) break;
    let target = random() * total;
    let chosen = weights.findIndex((weight) => (target -= weight) < 0);
    if (chosen < 0) chosen = weights.length - 1;
    const vector = vectors[chosen];
    if (vector) centroids.push(vector);
  }
  return centroids;
}

function centroidOf(members: SparseVector[]): SparseVector {
  const sum: SparseVector = new Map();
  for (const vector of members)
    for (const [key, value] of vector) sum.set(key, (sum.get(key) ?? 0) + value);
  return normalise(sum);
}

/** Clusters unit vectors into at most k groups. */
export function sphericalKMeans(vectors: SparseVector[], k: number, seed: number): Clustering {
  let centroids = initialCentroids(vectors, Math.min(k, vectors.length), seededRandom(seed));
  let assignments = vectors.map(() => -1);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    const next = vectors.map((vector) => nearest(vector, centroids).index);
    const stable = next.every((cluster, i) => cluster === assignments[i]);
    assignments = next;
    if (stable) break;
    centroids = centroids.map((centroid, cluster) => {
      const members = vectors.filter((_, i) => assignments[i] === cluster);
      return members.length > 0 ? centroidOf(members) : centroid;
    });
  }
  return { assignments, centroids };
}
