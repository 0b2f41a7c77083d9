/**
 * A saved mapping is reused when the same export comes again. Two files have the same shape when
 * they have the same set of column names (normalised, order ignored: tools reorder columns between
 * exports); the signature is a short hash of that set.
 */
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { normaliseText } from './normalise-text';

/** "shape-v1:" followed by 16 hex digits of SHA-256 over the sorted, normalised column names. */
export function shapeSignature(columns: readonly { name: string }[]): string {
  const names = columns.map((column) => normaliseText(column.name)).sort();
  return `shape-v1:${bytesToHex(sha256(utf8ToBytes(JSON.stringify(names)))).slice(0, 16)}`;
}
