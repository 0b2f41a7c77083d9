import { normaliseText } from './normalise-text';

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const padded = ` ${text} `;
  for (let i = 0; i < padded.length - 1; i++) {
    const gram = padded.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice similarity of character bigrams of the normalised texts (0–1). */
export function diceSimilarity(a: string, b: string): number {
  const left = normaliseText(a);
  const right = normaliseText(b);
  if (left === '' || right === '') return 0;
  if (left === right) return 1;
  const leftGrams = bigrams(left);
  const rightGrams = bigrams(right);
  let shared = 0;
  for (const [gram, count] of leftGrams) shared += Math.min(count, rightGrams.get(gram) ?? 0);
  const total = [...leftGrams.values(), ...rightGrams.values()].reduce((sum, n) => sum + n, 0);
  return (2 * shared) / total;
}
