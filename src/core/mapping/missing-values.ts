/**
 * Missing-value markers. Text markers (NA, n/a, -, ..) are missing wherever they appear; numeric
 * sentinels (99, 999, -99…) only when the caller declares them or when the rest of the column is
 * clearly on another scale, because 999 is a valid count of people.
 */
const textMarkers = new Set([
  'na',
  'n/a',
  'n.a.',
  '#n/a',
  'null',
  'none',
  '-',
  '--',
  '.',
  '..',
  '...',
  'missing',
  'nan',
]);
const numericSentinels = [-9999, -999, -99, -9, 99, 999, 9999, 99999];

/** True when the text is a conventional missing-value marker (or blank). */
export function isMissingMarker(text: string): boolean {
  const value = text.trim().toLowerCase();
  return value === '' || textMarkers.has(value);
}

/**
 * Numeric sentinels that look like codes in this column: at most 5% of values, and the other values
 * stay below a fifth of the sentinel (positive) or are never negative (negative sentinels).
 */
export function detectNumericSentinels(numbers: readonly number[]): number[] {
  const found: number[] = [];
  for (const sentinel of numericSentinels) {
    const hits = numbers.filter((n) => n === sentinel).length;
    if (hits === 0 || hits > Math.max(1, numbers.length * 0.05)) continue;
    const others = numbers.filter((n) => !numericSentinels.includes(n));
    if (others.length < 5) continue;
    const plausible = sentinel > 0 ? Math.max(...others) < sentinel / 5 : Math.min(...others) >= 0;
    if (plausible) found.push(sentinel);
  }
  return found;
}
