/**
 * Blocking: candidate pairs are the pairs that share a key under at least one rule, found by
 * grouping records by key (never by looping over all pairs). Rules are OR-ed; a pair found by an
 * earlier rule is skipped by later ones, so every candidate appears exactly once. A block whose
 * pair count exceeds the cap is skipped whole (its records get no key under that rule), so one
 * huge block ("smith", a default date) cannot blow up time or memory.
 */
import { Problem } from '../problem';
import type { RecordFeatures } from './record-features';

export type BlockingKeyPart = {
  readonly field: string;
  /** exact: the normalised value; phonetic: its NYSIIS code; prefix-3: its first three characters. */
  readonly transform?: 'exact' | 'phonetic' | 'prefix-3';
};

/** Pairs agreeing on every part are candidates, e.g. [{ field: 'surname' }, { field: 'postcode' }]. */
export type BlockingRule = { readonly parts: readonly BlockingKeyPart[] };

export type CandidatePairs = {
  readonly count: number;
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** Per rule, each record's block key (-1: missing value or capped block). */
  readonly ruleKeys: readonly Int32Array[];
  /** Per rule, the number of pairs it added (after earlier rules). */
  readonly pairsByRule: readonly number[];
  readonly cappedBlocks: number;
  readonly cappedPairs: number;
};

export const defaultMaxPairsPerBlock = 50_000;

const partIds = (
  features: RecordFeatures,
  part: BlockingKeyPart,
): { perRecord: Int32Array; perValue: Int32Array | null } => {
  const field = features.fields.get(part.field);
  if (!field)
    throw new Problem('request.invalid', `Blocking on a field without features: ${part.field}.`, {
      field: part.field,
    });
  const transform = part.transform ?? 'exact';
  return {
    perRecord: field.valueIds,
    perValue:
      transform === 'phonetic'
        ? field.phoneticIds
        : transform === 'prefix-3'
          ? field.prefixIds
          : null,
  };
};

/** Each record's block key under a rule: an interned id of the combined parts, -1 when any part is missing. */
export const ruleKeys = (features: RecordFeatures, rule: BlockingRule): Int32Array => {
  const { recordCount } = features;
  let keys = new Int32Array(recordCount).fill(0);
  let keySpace = 1;
  for (const part of rule.parts) {
    const { perRecord, perValue } = partIds(features, part);
    const combined = new Map<number, number>();
    const next = new Int32Array(recordCount);
    for (let record = 0; record < recordCount; record++) {
      const valueId = perRecord[record]!;
      const previous = keys[record]!;
      if (valueId < 0 || previous < 0) {
        next[record] = -1;
        continue;
      }
      const partId = perValue ? perValue[valueId]! : valueId;
      const code = partId * keySpace + previous;
      let id = combined.get(code);
      if (id === undefined) {
        id = combined.size;
        combined.set(code, id);
      }
      next[record] = id;
    }
    keys = next;
    keySpace = Math.max(1, combined.size);
  }
  return keys;
};

class PairBuffer {
  left = new Int32Array(1 << 16);
  right = new Int32Array(1 << 16);
  count = 0;
  push(i: number, j: number): void {
    if (this.count === this.left.length) {
      const capacity = this.left.length * 2;
      const left = new Int32Array(capacity);
      const right = new Int32Array(capacity);
      left.set(this.left);
      right.set(this.right);
      this.left = left;
      this.right = right;
    }
    this.left[this.count] = i;
    this.right[this.count] = j;
    this.count++;
  }
}

const sharesEarlierRule = (
  keys: readonly Int32Array[],
  ruleIndex: number,
  i: number,
  j: number,
): boolean => {
  for (let earlier = 0; earlier < ruleIndex; earlier++) {
    const key = keys[earlier]![i]!;
    if (key >= 0 && key === keys[earlier]![j]!) return true;
  }
  return false;
};

/** Generates the deduplicated candidate pairs of all rules (i < j; in linkage i is left, j right). */
export const generateCandidatePairs = (
  features: RecordFeatures,
  rules: readonly BlockingRule[],
  maxPairsPerBlock: number = defaultMaxPairsPerBlock,
): CandidatePairs => {
  const { recordCount, leftCount, isLinkage } = features;
  const keysByRule = rules.map((rule) => ruleKeys(features, rule));
  const buffer = new PairBuffer();
  const pairsByRule: number[] = [];
  let cappedBlocks = 0;
  let cappedPairs = 0;
  keysByRule.forEach((keys, ruleIndex) => {
    const before = buffer.count;
    let keyCount = 0;
    for (let record = 0; record < recordCount; record++)
      keyCount = Math.max(keyCount, keys[record]! + 1);
    const starts = new Int32Array(keyCount + 1);
    const leftSizes = new Int32Array(keyCount);
    for (let record = 0; record < recordCount; record++) {
      const key = keys[record]!;
      if (key < 0) continue;
      starts[key + 1]!++;
      if (record < leftCount) leftSizes[key]!++;
    }
    for (let key = 0; key < keyCount; key++) starts[key + 1]! += starts[key]!;
    const members = new Int32Array(starts[keyCount]!);
    const fill = starts.slice(0, keyCount);
    for (let record = 0; record < recordCount; record++) {
      const key = keys[record]!;
      if (key >= 0) members[fill[key]!++] = record;
    }
    for (let key = 0; key < keyCount; key++) {
      const start = starts[key]!;
      const end = starts[key + 1]!;
      const size = end - start;
      const leftSize = leftSizes[key]!;
      const pairs = isLinkage ? leftSize * (size - leftSize) : (size * (size - 1)) / 2;
      if (pairs === 0) continue;
      if (pairs > maxPairsPerBlock) {
        cappedBlocks++;
        cappedPairs += pairs;
        for (let index = start; index < end; index++) keys[members[index]!] = -1;
        continue;
      }
      const rightStart = isLinkage ? start + leftSize : start;
      for (let a = start; a < (isLinkage ? rightStart : end); a++) {
        const i = members[a]!;
        for (let b = isLinkage ? rightStart : a + 1; b < end; b++) {
          const j = members[b]!;
          if (!sharesEarlierRule(keysByRule, ruleIndex, i, j)) buffer.push(i, j);
        }
      }
    }
    pairsByRule.push(buffer.count - before);
  });
  return {
    count: buffer.count,
    left: buffer.left,
    right: buffer.right,
    ruleKeys: keysByRule,
    pairsByRule,
    cappedBlocks,
    cappedPairs,
  };
};
