/**
 * Sums and spreads computed over values sorted ascending, so the same multiset of values gives
 * the same last digit whatever order the database returned the rows in.
 */

/** The values sorted ascending (a copy). */
export const ascending = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

/** Arithmetic mean, summed in ascending order; NaN for no values. */
export const mean = (values: readonly number[]): number => {
  let total = 0;
  for (const value of ascending(values)) total += value;
  return total / values.length;
};

/** Sample standard deviation (n − 1 denominator), two-pass; null when n < 2. */
export const sampleSd = (values: readonly number[]): number | null => {
  if (values.length < 2) return null;
  const centre = mean(values);
  let squares = 0;
  for (const value of ascending(values)) squares += (value - centre) ** 2;
  return Math.sqrt(squares / (values.length - 1));
};
