/**
 * Stakeholder unique IDs: issued at first contact, written on paper, read aloud over the phone and
 * typed back in by partner staff, so they are short and typos are caught.
 *
 * Shape: six payload characters and one check character, shown as `K7M-4QX-R`. The alphabet is the
 * 31 characters `23456789ABCDEFGHJKMNPQRSTUVWXYZ`: digits and capitals without the look-alikes
 * 0/O and 1/I/L. Because both members of every look-alike pair are left out, a typed 0, O, 1, I or
 * L cannot be mapped to an intended character unambiguously; they are rejected with a reason that
 * says so rather than guessed at.
 *
 * Check character: with character values v₁…v₇ (v₇ the check), the ID is valid when
 * Σ i·vᵢ ≡ 0 (mod 31). Because 31 is prime and every weight 1…7 is non-zero mod 31:
 * - a single substitution at position i changes the sum by i·(b − a), never ≡ 0 when a ≠ b;
 * - swapping the characters at positions i and i + d changes it by d·(a − b), never ≡ 0 when
 *   a ≠ b and d < 31 — so every adjacent (and every other) transposition is caught.
 *
 * Capacity: 31⁶ = 887,503,681 payloads. IDs are drawn at random (randomness is passed in); when k
 * IDs already exist, a fresh draw collides with probability k / 887,503,681 — 0.11% at one million
 * people, 1.1% at ten million — and a collision costs one retry. The database's UNIQUE constraint
 * is what guarantees uniqueness under concurrent intake; `issueUniqueIdWithRetry` only makes the
 * common case cheap. An ID is an identifier, not a secret: personal links need their own tokens.
 */
import { Problem } from '../problem';

export const uniqueIdAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const uniqueIdPayloadLength = 6;
/** How many distinct IDs exist: 31⁶. */
export const uniqueIdCapacity = uniqueIdAlphabet.length ** uniqueIdPayloadLength;

const base = uniqueIdAlphabet.length;
const idLength = uniqueIdPayloadLength + 1;
const canonicalPattern = /^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]$/;
const lookAlikes = new Set(['0', 'O', '1', 'I', 'L']);
const separators = /[\s\-‐‑‒–—_.]/;

export type UniqueIdCheck =
  { valid: true; id: string } | { valid: false; reason: string; position?: number };

function valueOf(character: string): number {
  return uniqueIdAlphabet.indexOf(character);
}

/** The check value c that makes Σ i·vᵢ + 7·c ≡ 0 (mod 31) for payload values v₁…v₆. */
function checkValueFor(payloadValues: readonly number[]): number {
  const weightedSum = payloadValues.reduce((sum, value, index) => sum + (index + 1) * value, 0);
  for (let candidate = 0; candidate < base; candidate++) {
    if ((weightedSum + idLength * candidate) % base === 0) return candidate;
  }
  throw new Problem('internal', 'No check character exists; the alphabet size must be prime');
}

function display(compact: string): string {
  return `${compact.slice(0, 3)}-${compact.slice(3, 6)}-${compact.slice(6)}`;
}

/** Formats an integer in [0, 31⁶) as an ID with its check character, e.g. 1 → `222-223-A`. */
export function formatUniqueId(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0 || value >= uniqueIdCapacity) {
    throw new Problem(
      'request.invalid',
      `A unique ID is formatted from a whole number from 0 to ${uniqueIdCapacity - 1}, not ${value}`,
      { value },
    );
  }
  const values: number[] = [];
  let rest = value;
  for (let index = 0; index < uniqueIdPayloadLength; index++) {
    values.unshift(rest % base);
    rest = Math.floor(rest / base);
  }
  values.push(checkValueFor(values));
  return display(values.map((v) => uniqueIdAlphabet.charAt(v)).join(''));
}

/** Issues a random ID from `random`, a function returning a number in [0, 1) like Math.random. */
export function issueUniqueId(random: () => number): string {
  const draw = random();
  if (!(draw >= 0 && draw < 1)) {
    throw new Problem('internal', `The random source returned ${draw}, outside [0, 1)`);
  }
  return formatUniqueId(Math.floor(draw * uniqueIdCapacity));
}

/**
 * Issues a random ID that `exists` reports as unused, trying `attempts` draws before giving up
 * with `request.conflict`. The database's UNIQUE constraint still has the last word.
 */
export async function issueUniqueIdWithRetry(
  random: () => number,
  exists: (id: string) => boolean | Promise<boolean>,
  attempts = 5,
): Promise<string> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const id = issueUniqueId(random);
    if (!(await exists(id))) return id;
  }
  throw new Problem('request.conflict', `No unused unique ID found in ${attempts} attempts`, {
    attempts,
  });
}

/** True when `text` is an ID in canonical form (`K7M-4QX-R`) with a correct check character. */
export function isValidUniqueId(text: string): boolean {
  return canonicalPattern.test(text) && checkUniqueId(text).valid;
}

/**
 * Reads an ID as a person typed it — lower case, spaces or dashes anywhere — and says whether it is
 * valid, giving the canonical form or a reason (with the 0-based position of a bad character).
 */
export function checkUniqueId(text: string): UniqueIdCheck {
  const characters: string[] = [];
  for (let position = 0; position < text.length; position++) {
    const typed = text.charAt(position);
    if (separators.test(typed)) continue;
    const character = typed.toUpperCase();
    if (lookAlikes.has(character)) {
      return {
        valid: false,
        reason: `'${typed}' is never used in unique IDs (they leave out 0, O, 1, I and L so they cannot be confused); please check that character`,
        position,
      };
    }
    if (valueOf(character) < 0) {
      return {
        valid: false,
        reason: `'${typed}' is not a character used in unique IDs`,
        position,
      };
    }
    characters.push(character);
  }
  if (characters.length !== idLength) {
    return {
      valid: false,
      reason: `A unique ID has ${idLength} characters, like K7M-4QX-R; this has ${characters.length}`,
    };
  }
  const weightedSum = characters.reduce((sum, c, index) => sum + (index + 1) * valueOf(c), 0);
  if (weightedSum % base !== 0) {
    return {
      valid: false,
      reason: 'The check character does not match: a character is mistyped or two are swapped',
    };
  }
  return { valid: true, id: display(characters.join('')) };
}

/** Canonical form of a typed ID (`k7m 4qx r` → `K7M-4QX-R`); throws `request.invalid` if invalid. */
export function normalizeUniqueId(text: string): string {
  const result = checkUniqueId(text);
  if (result.valid) return result.id;
  throw new Problem('request.invalid', result.reason, {
    ...(result.position === undefined ? {} : { position: result.position }),
    found: text,
  });
}
