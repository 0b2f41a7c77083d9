/**
 * Levenshtein edit distance with an upper bound. Strings up to 31 characters (codes, postcodes,
 * most names) use Myers' bit-parallel algorithm in Hyyrö's form, one machine word per column;
 * longer ones a two-row table. Both stop once the bound can no longer be met.
 */
const patternMasks = new Int32Array(65536);
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);
let stringCodes = new Uint16Array(128);

const bitParallel = (
  codes: Uint16Array,
  startA: number,
  lengthA: number,
  startB: number,
  lengthB: number,
  bound: number,
): number => {
  for (let i = 0; i < lengthA; i++) patternMasks[codes[startA + i]!]! |= 1 << i;
  const last = 1 << (lengthA - 1);
  let positive = -1;
  let negative = 0;
  let score = lengthA;
  for (let j = 0; j < lengthB; j++) {
    const equal = patternMasks[codes[startB + j]!]!;
    const vertical = equal | negative;
    const horizontal = (((equal & positive) + positive) ^ positive) | equal;
    let horizontalUp = negative | ~(horizontal | positive);
    let horizontalDown = positive & horizontal;
    if (horizontalUp & last) score++;
    else if (horizontalDown & last) score--;
    if (score - (lengthB - j - 1) > bound) break;
    horizontalUp = (horizontalUp << 1) | 1;
    horizontalDown = horizontalDown << 1;
    positive = horizontalDown | ~(vertical | horizontalUp);
    negative = horizontalUp & vertical;
  }
  for (let i = 0; i < lengthA; i++) patternMasks[codes[startA + i]!] = 0;
  return score > bound ? bound + 1 : score;
};

const twoRows = (
  codes: Uint16Array,
  startA: number,
  lengthA: number,
  startB: number,
  lengthB: number,
  bound: number,
): number => {
  if (previousRow.length <= lengthB) {
    previousRow = new Int32Array(lengthB * 2 + 1);
    currentRow = new Int32Array(lengthB * 2 + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= lengthB; j++) previous[j] = j;
  for (let i = 1; i <= lengthA; i++) {
    current[0] = i;
    let rowMinimum = i;
    const code = codes[startA + i - 1];
    for (let j = 1; j <= lengthB; j++) {
      const substitution = previous[j - 1]! + (code === codes[startB + j - 1] ? 0 : 1);
      const deletion = previous[j]! + 1;
      const insertion = current[j - 1]! + 1;
      const cell = Math.min(substitution, deletion, insertion);
      current[j] = cell;
      if (cell < rowMinimum) rowMinimum = cell;
    }
    if (rowMinimum > bound) return bound + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  const distance = previous[lengthB]!;
  return distance > bound ? bound + 1 : distance;
};

/** Edit distance between two code ranges if at most `bound`, otherwise `bound + 1`. */
export const levenshteinOfCodesWithin = (
  codes: Uint16Array,
  startA: number,
  lengthA: number,
  startB: number,
  lengthB: number,
  bound: number,
): number => {
  if (Math.abs(lengthA - lengthB) > bound) return bound + 1;
  if (lengthA === 0 || lengthB === 0) return Math.min(bound + 1, lengthA + lengthB);
  return lengthA <= 31
    ? bitParallel(codes, startA, lengthA, startB, lengthB, bound)
    : twoRows(codes, startA, lengthA, startB, lengthB, bound);
};

/**
 * Edit distance between a and b if it is at most `bound`, otherwise `bound + 1`.
 * Example: levenshteinWithin('kitten', 'sitting', 5) === 3; levenshteinWithin('kitten', 'sitting', 2) === 3.
 */
export const levenshteinWithin = (a: string, b: string, bound: number): number => {
  if (stringCodes.length < a.length + b.length)
    stringCodes = new Uint16Array((a.length + b.length) * 2);
  for (let i = 0; i < a.length; i++) stringCodes[i] = a.charCodeAt(i);
  for (let i = 0; i < b.length; i++) stringCodes[a.length + i] = b.charCodeAt(i);
  return levenshteinOfCodesWithin(stringCodes, 0, a.length, a.length, b.length, bound);
};

/** Unbounded Levenshtein edit distance. */
export const levenshtein = (a: string, b: string): number =>
  levenshteinWithin(a, b, Math.max(a.length, b.length));
