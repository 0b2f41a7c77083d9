/**
 * Canonical JSON for reproducibility: object keys sorted by UTF-16 code units, no whitespace,
 * numbers in ECMAScript's shortest round-trip form (identical in every engine; -0 is written 0),
 * properties whose value is undefined left out. Anything JSON cannot carry faithfully (NaN,
 * Infinity, undefined in an array, bigint, Date, Map, class instances, cycles) is refused rather
 * than silently changed, so equal canonical text means equal inputs.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { invalidInput } from './invalid-input';

const isPlainObject = (value: object): value is Record<string, unknown> => {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

const write = (value: unknown, path: string, open: Set<object>): string => {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value))
        return invalidInput('canonical JSON has no NaN or Infinity', { path });
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      return invalidInput(`canonical JSON cannot hold a ${typeof value}`, { path });
  }
  if (open.has(value)) return invalidInput('canonical JSON cannot hold a cycle', { path });
  open.add(value);
  let text: string;
  if (Array.isArray(value)) {
    text = `[${Array.from(value, (item: unknown, index) => write(item, `${path}[${index}]`, open)).join(',')}]`;
  } else if (isPlainObject(value)) {
    const members = Object.keys(value)
      .sort()
      .filter((key) => value[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${write(value[key], `${path}.${key}`, open)}`);
    text = `{${members.join(',')}}`;
  } else {
    return invalidInput('canonical JSON holds only plain objects and arrays', { path });
  }
  open.delete(value);
  return text;
};

/** The canonical JSON text of a value, e.g. canonicalJson({ b: 1, a: [2] }) === '{"a":[2],"b":1}'. */
export const canonicalJson = (value: unknown): string => write(value, '$', new Set());

/** Lower-case hex SHA-256 of the value's canonical JSON (UTF-8). */
export const hashInputs = (value: unknown): string =>
  bytesToHex(sha256(utf8ToBytes(canonicalJson(value))));
