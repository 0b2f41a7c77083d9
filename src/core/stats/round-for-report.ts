/**
 * The one rounding rule for published numbers: half away from zero, applied to the number's
 * shortest decimal form (the digits JavaScript prints), not to its binary value. So 1.005 → 1.01
 * and 2.675 → 2.68 as a reader expects, where Math.round(x · 100) / 100 gives 1 and 2.67, and
 * the result is the same in every engine because the shortest form is fixed by ECMAScript.
 */
import { invalidInput } from './invalid-input';

const maxDigits = 15;

/** Rounds half away from zero to `digits` decimals (0–15); never returns -0. */
export const roundForReport = (value: number, digits: number): number => {
  if (!Number.isFinite(value))
    return invalidInput('only finite numbers can be published', { value });
  if (!Number.isInteger(digits) || digits < 0 || digits > maxDigits) {
    return invalidInput(`digits must be an integer from 0 to ${maxDigits}`, { digits });
  }
  if (value === 0) return 0;
  const [mantissa = '', exponentText = '0'] = Math.abs(value).toExponential().split('e');
  const significand = mantissa.replace('.', '');
  // |value| = 0.significand × 10^(exponent + 1), so we keep this many leading digits:
  const kept = Number(exponentText) + 1 + digits;
  if (kept >= significand.length) return value;
  if (kept < 0) return 0;
  const roundsUp = (significand[kept] ?? '0') >= '5';
  const scaled = BigInt(significand.slice(0, kept) || '0') + (roundsUp ? 1n : 0n);
  const magnitude = Number(`${scaled}e-${digits}`);
  return magnitude === 0 ? 0 : Math.sign(value) * magnitude;
};
