/**
 * Shared vocabulary of small-cell suppression. Primary suppression hides counts with
 * 0 < n < threshold. Zeros are published: an empty cell says no one is there, which discloses
 * nothing about a person (the common practice of statistical agencies), and hiding zeros would
 * force far more complementary suppression. Complementary suppression then hides further cells
 * so the hidden ones cannot be recomputed from totals; when it has a choice it takes a non-zero
 * cell before a zero one (a hidden zero beside one small cell protects nothing), an inner cell
 * before a total, then the smallest value, then the first position.
 */
import { Problem } from '../problem';

export type Suppression = 'primary' | 'complementary';

/** A cell as a funder may see it: its value, or null with the reason it is hidden. */
export type PublishedCell =
  | { readonly value: number; readonly suppressed: false }
  | { readonly value: null; readonly suppressed: Suppression };

export type SuppressionOptions = {
  /** Counts with 0 < n < threshold are suppressed (default 10, set per coalition). */
  readonly threshold?: number;
};

export const defaultSuppressionThreshold = 10;

/** The threshold to use, checked to be a positive integer. */
export const resolveThreshold = (options: SuppressionOptions): number => {
  const threshold = options.threshold ?? defaultSuppressionThreshold;
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new Problem('request.invalid', 'the suppression threshold must be a positive integer', {
      threshold,
    });
  }
  return threshold;
};

/** Checks that a table entry is a count. */
export const assertTableCount = (value: number, where: string): void => {
  if (!Number.isInteger(value) || value < 0) {
    throw new Problem('request.invalid', 'table entries must be non-negative integer counts', {
      where,
      value,
    });
  }
};

export const isPrimary = (value: number, threshold: number): boolean =>
  value > 0 && value < threshold;

/** A candidate for complementary suppression, ordered by how little hiding it costs. */
export type Candidate = {
  readonly value: number;
  readonly isTotal: boolean;
  readonly position: readonly number[];
};

const costKey = (candidate: Candidate): number[] => [
  candidate.value === 0 ? 1 : 0,
  candidate.isTotal ? 1 : 0,
  candidate.value,
  ...candidate.position,
];

const compareKeys = (a: readonly number[], b: readonly number[]): number => {
  for (let index = 0; index < a.length; index += 1) {
    const difference = (a[index] as number) - (b[index] as number);
    if (difference !== 0) return difference;
  }
  return 0;
};

/** The cheapest candidate to hide, deterministically; undefined for none. */
export const cheapest = <T extends Candidate>(candidates: readonly T[]): T | undefined =>
  candidates.reduce<T | undefined>(
    (best, candidate) =>
      best === undefined || compareKeys(costKey(candidate), costKey(best)) < 0 ? candidate : best,
    undefined,
  );

/** The published form of one entry. */
export const publish = (value: number, suppression: Suppression | null): PublishedCell =>
  suppression === null ? { value, suppressed: false } : { value: null, suppressed: suppression };
