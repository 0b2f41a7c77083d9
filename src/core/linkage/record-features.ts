/**
 * Per-record features computed once before any pair is compared: each field's normalised value
 * interned to an integer id (so exact agreement is an integer comparison and term frequencies
 * are an array lookup), phonetic and nickname codes per distinct value, dates packed as integers.
 * Two-source linkage stacks the right table after the left one: record i is on the right when
 * i >= leftCount.
 */
import { canonicalGivenName } from './nicknames';
import { nysiis } from './nysiis';
import { packDate, parseDateParts } from './date-comparison';

/** Records in columns: ids[i] and columns[field][i] describe record i; empty or null is missing. */
export type RecordTable = {
  readonly ids: readonly string[];
  readonly columns: Readonly<Record<string, readonly (string | null | undefined)[]>>;
};

export type FieldFeatures = {
  readonly field: string;
  /** Distinct normalised values; a value id indexes this array. */
  readonly values: string[];
  /** Value id per record, -1 when missing. */
  readonly valueIds: Int32Array;
  /** Share of non-missing records holding each value id. */
  readonly valueShare: Float64Array;
  /** Id of the value's NYSIIS code, per value id (empty unless needed). */
  readonly phoneticIds: Int32Array;
  /** Id of the value's canonical given name (nicknames), per value id (empty unless needed). */
  readonly canonicalIds: Int32Array;
  /** First three characters' id, per value id (empty unless needed). */
  readonly prefixIds: Int32Array;
  /** Characters of every distinct value, packed: value v is codes[codeStarts[v], codeStarts[v + 1]). */
  readonly codes: Uint16Array;
  readonly codeStarts: Int32Array;
  /** Packed YYYYMMDD per record, 0 when missing or not a date (empty unless needed). */
  readonly dates: Int32Array;
};

export type RecordFeatures = {
  readonly recordCount: number;
  /** Records [0, leftCount) come from the left table, the rest from the right. */
  readonly leftCount: number;
  readonly isLinkage: boolean;
  readonly ids: readonly string[];
  readonly fields: ReadonlyMap<string, FieldFeatures>;
};

/** Which derived features a field needs; interned values and characters are always built. */
export type FieldNeeds = {
  readonly phonetic?: boolean;
  readonly nicknames?: boolean;
  readonly prefix?: boolean;
  readonly dates?: boolean;
};

/** Lower case, trimmed, inner whitespace collapsed. */
export const normaliseValue = (value: string): string =>
  value.trim().toLowerCase().replace(/\s+/g, ' ');

const internCodes = (values: readonly string[], code: (value: string) => string): Int32Array => {
  const idByCode = new Map<string, number>();
  const ids = new Int32Array(values.length);
  values.forEach((value, index) => {
    const key = code(value);
    let id = idByCode.get(key);
    if (id === undefined) {
      id = idByCode.size;
      idByCode.set(key, id);
    }
    ids[index] = id;
  });
  return ids;
};

type ColumnSlice = {
  readonly column: readonly (string | null | undefined)[] | undefined;
  readonly length: number;
};

const fieldFeatures = (
  field: string,
  needs: FieldNeeds,
  slices: readonly ColumnSlice[],
  recordCount: number,
): FieldFeatures => {
  const idByValue = new Map<string, number>();
  const idByRawValue = new Map<string, number>();
  const values: string[] = [];
  const counts: number[] = [];
  const valueIds = new Int32Array(recordCount).fill(-1);
  let present = 0;
  let offset = 0;
  for (const { column, length } of slices) {
    for (let row = 0; row < length; row++) {
      const raw = column?.[row];
      if (raw === null || raw === undefined || raw === '') continue;
      let id = idByRawValue.get(raw);
      if (id === undefined) {
        const value = normaliseValue(raw);
        id = value === '' ? -1 : idByValue.get(value);
        if (id === undefined) {
          id = values.length;
          idByValue.set(value, id);
          values.push(value);
          counts.push(0);
        }
        idByRawValue.set(raw, id);
      }
      if (id < 0) continue;
      counts[id]!++;
      present++;
      valueIds[offset + row] = id;
    }
    offset += length;
  }
  const dates = new Int32Array(needs.dates ? recordCount : 0);
  if (needs.dates) {
    const dateByValue = values.map((value) => {
      const parts = parseDateParts(value);
      return parts ? packDate(parts) : 0;
    });
    for (let record = 0; record < recordCount; record++) {
      const id = valueIds[record]!;
      if (id >= 0) dates[record] = dateByValue[id]!;
    }
  }
  const codeStarts = new Int32Array(values.length + 1);
  values.forEach((value, id) => (codeStarts[id + 1] = codeStarts[id]! + value.length));
  const codes = new Uint16Array(codeStarts[values.length]!);
  values.forEach((value, id) => {
    for (let index = 0; index < value.length; index++)
      codes[codeStarts[id]! + index] = value.charCodeAt(index);
  });
  return {
    field,
    values,
    codes,
    codeStarts,
    valueIds,
    valueShare: Float64Array.from(counts, (count) => count / Math.max(1, present)),
    phoneticIds: needs.phonetic ? internCodes(values, nysiis) : new Int32Array(0),
    canonicalIds: needs.nicknames ? internCodes(values, canonicalGivenName) : new Int32Array(0),
    prefixIds: needs.prefix ? internCodes(values, (value) => value.slice(0, 3)) : new Int32Array(0),
    dates,
  };
};

/** Computes the features of the named fields for one table (deduplication) or two (linkage). */
export const buildRecordFeatures = (
  fields: ReadonlyMap<string, FieldNeeds>,
  left: RecordTable,
  right?: RecordTable,
): RecordFeatures => {
  const tables = right ? [left, right] : [left];
  const recordCount = tables.reduce((sum, table) => sum + table.ids.length, 0);
  const features = new Map<string, FieldFeatures>();
  for (const [field, needs] of fields) {
    const slices = tables.map((table) => ({
      column: table.columns[field],
      length: table.ids.length,
    }));
    features.set(field, fieldFeatures(field, needs, slices, recordCount));
  }
  return {
    recordCount,
    leftCount: left.ids.length,
    isLinkage: right !== undefined,
    ids: right ? [...left.ids, ...right.ids] : left.ids,
    fields: features,
  };
};
