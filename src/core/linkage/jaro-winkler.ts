/**
 * Jaro-Winkler similarity (Winkler 1990): the Jaro score boosted by a shared prefix of up to four
 * characters when the Jaro score exceeds 0.7. The scoring loop calls the code-array form on
 * characters packed once per distinct value. Strings under 32 characters are matched with bit
 * masks in one machine word; longer ones use scratch stamped with a call number instead of being
 * cleared. Scoring millions of pairs allocates nothing.
 */
let matchedInB = new Int32Array(64);
let matchedPositionsOfA = new Int32Array(64);
let stamp = 0;
let stringCodes = new Uint16Array(128);
const positionsInB = new Int32Array(65536);

/**
 * Jaro for b shorter than 32 characters, in O(|a| + |b|): each character of b sets its bit in
 * positionsInB, so a's character finds its first unmatched partner inside the window as the lowest
 * set bit of (positions of that character) & (window) & ~(matched) — the same greedy choice as the
 * textbook double loop.
 */
const jaroShort = (
  codes: Uint16Array,
  startA: number,
  lengthA: number,
  startB: number,
  lengthB: number,
  window: number,
): number => {
  for (let j = 0; j < lengthB; j++) positionsInB[codes[startB + j]!]! |= 1 << j;
  let matchedB = 0;
  let matches = 0;
  for (let i = 0; i < lengthA; i++) {
    const from = i > window ? i - window : 0;
    const to = i + window < lengthB - 1 ? i + window : lengthB - 1;
    if (from > to) break;
    const windowMask = ((1 << (to + 1)) - 1) & ~((1 << from) - 1);
    const candidates = positionsInB[codes[startA + i]!]! & windowMask & ~matchedB;
    if (candidates !== 0) {
      matchedB |= candidates & -candidates;
      matchedPositionsOfA[matches++] = i;
    }
  }
  for (let j = 0; j < lengthB; j++) positionsInB[codes[startB + j]!] = 0;
  if (matches === 0) return 0;
  let halfTranspositions = 0;
  let remaining = matchedB;
  for (let index = 0; index < matches; index++) {
    const k = 31 - Math.clz32(remaining & -remaining);
    remaining &= remaining - 1;
    if (codes[startA + matchedPositionsOfA[index]!] !== codes[startB + k]) halfTranspositions++;
  }
  return (matches / lengthA + matches / lengthB + (matches - halfTranspositions / 2) / matches) / 3;
};

/** Jaro similarity of codes[startA, startA + lengthA) and codes[startB, startB + lengthB). */
export const jaroOfCodes = (
  codes: Uint16Array,
  startA: number,
  lengthA: number,
  startB: number,
  lengthB: number,
): number => {
  if (lengthA === 0 && lengthB === 0) return 1;
  if (lengthA === 0 || lengthB === 0) return 0;
  if (matchedInB.length < lengthB || matchedPositionsOfA.length < lengthA) {
    matchedInB = new Int32Array(Math.max(lengthA, lengthB) * 2);
    matchedPositionsOfA = new Int32Array(Math.max(lengthA, lengthB) * 2);
    stamp = 0;
  }
  const window = Math.max(0, (Math.max(lengthA, lengthB) >> 1) - 1);
  if (lengthB < 32) return jaroShort(codes, startA, lengthA, startB, lengthB, window);
  if (++stamp === 0x7fffffff) {
    matchedInB.fill(0);
    stamp = 1;
  }
  let matches = 0;
  for (let i = 0; i < lengthA; i++) {
    const from = i > window ? i - window : 0;
    const to = i + window < lengthB - 1 ? i + window : lengthB - 1;
    const code = codes[startA + i];
    for (let j = from; j <= to; j++) {
      if (codes[startB + j] === code && matchedInB[j] !== stamp) {
        matchedInB[j] = stamp;
        matchedPositionsOfA[matches++] = i;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let halfTranspositions = 0;
  let k = 0;
  for (let index = 0; index < matches; index++) {
    while (matchedInB[k] !== stamp) k++;
    if (codes[startA + matchedPositionsOfA[index]!] !== codes[startB + k]) halfTranspositions++;
    k++;
  }
  return (matches / lengthA + matches / lengthB + (matches - halfTranspositions / 2) / matches) / 3;
};

/** Jaro-Winkler similarity of two code ranges, prefix scale 0.1 over at most 4 characters. */
export const jaroWinklerOfCodes = (
  codes: Uint16Array,
  startA: number,
  lengthA: number,
  startB: number,
  lengthB: number,
): number => {
  const score = jaroOfCodes(codes, startA, lengthA, startB, lengthB);
  if (score <= 0.7) return score;
  const limit = Math.min(4, lengthA, lengthB);
  let prefix = 0;
  while (prefix < limit && codes[startA + prefix] === codes[startB + prefix]) prefix++;
  return score + prefix * 0.1 * (1 - score);
};

const packPair = (a: string, b: string): Uint16Array => {
  if (stringCodes.length < a.length + b.length)
    stringCodes = new Uint16Array((a.length + b.length) * 2);
  for (let i = 0; i < a.length; i++) stringCodes[i] = a.charCodeAt(i);
  for (let i = 0; i < b.length; i++) stringCodes[a.length + i] = b.charCodeAt(i);
  return stringCodes;
};

/** Jaro similarity in [0, 1]; two empty strings score 1, one empty string scores 0. */
export const jaro = (a: string, b: string): number =>
  jaroOfCodes(packPair(a, b), 0, a.length, a.length, b.length);

/** Jaro-Winkler similarity in [0, 1]. Example: jaroWinkler('martha', 'marhta') ≈ 0.961. */
export const jaroWinkler = (a: string, b: string): number =>
  jaroWinklerOfCodes(packPair(a, b), 0, a.length, a.length, b.length);
