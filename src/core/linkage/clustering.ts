/**
 * From scored pairs to people. Deduplication: connected components (union–find), so records
 * linked through a chain become one cluster. Two-source linkage: a one-to-one assignment, each
 * record used at most once, taken greedily by descending probability (each source has at most
 * one record per person, so a left record's best partner wins and its runners-up are dropped).
 */

/** Cluster id per record (the smallest record index in its cluster) over pairs with probability ≥ threshold. */
export const connectedComponents = (
  recordCount: number,
  left: Int32Array,
  right: Int32Array,
  probability: Float64Array,
  threshold: number,
): Int32Array => {
  const parent = new Int32Array(recordCount);
  for (let record = 0; record < recordCount; record++) parent[record] = record;
  const find = (record: number): number => {
    let root = record;
    while (parent[root] !== root) root = parent[root]!;
    let current = record;
    while (parent[current] !== root) {
      const next = parent[current]!;
      parent[current] = root;
      current = next;
    }
    return root;
  };
  for (let pair = 0; pair < left.length; pair++) {
    if (probability[pair]! < threshold) continue;
    const a = find(left[pair]!);
    const b = find(right[pair]!);
    if (a < b) parent[b] = a;
    else if (b < a) parent[a] = b;
  }
  const cluster = new Int32Array(recordCount);
  for (let record = 0; record < recordCount; record++) cluster[record] = find(record);
  return cluster;
};

/** Indices of the pairs kept by a greedy one-to-one assignment over pairs with probability ≥ threshold. */
export const oneToOneAssignment = (
  left: Int32Array,
  right: Int32Array,
  probability: Float64Array,
  threshold: number,
): number[] => {
  const order: number[] = [];
  for (let pair = 0; pair < left.length; pair++)
    if (probability[pair]! >= threshold) order.push(pair);
  order.sort((a, b) => probability[b]! - probability[a]! || a - b);
  const usedLeft = new Set<number>();
  const usedRight = new Set<number>();
  const kept: number[] = [];
  for (const pair of order) {
    const i = left[pair]!;
    const j = right[pair]!;
    if (usedLeft.has(i) || usedRight.has(j)) continue;
    usedLeft.add(i);
    usedRight.add(j);
    kept.push(pair);
  }
  return kept.sort((a, b) => a - b);
};
