/**
 * Numbers as partners' tools write them: "1,234.5" (US), "1.234,5" and "52,3" (decimal comma),
 * "19,582" (thousands). A column decides its separator once (see detectDecimalSeparator) because a
 * single "19,582" cannot tell the two readings apart.
 */
export type DecimalSeparator = '.' | ',';

const dotDecimal = /^[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/;
const commaDecimal = /^[-+]?(\d{1,3}(\.\d{3})+|\d+)?(,\d+)?$/;

/** Parses a number written with the given decimal separator; null when it is not one. */
export function parseNumber(text: string, decimal: DecimalSeparator = '.'): number | null {
  const value = text.trim().replace(/\u00a0| (?=\d{3}\b)/g, '');
  if (value === '' || !/\d/.test(value)) return null;
  const pattern = decimal === '.' ? dotDecimal : commaDecimal;
  if (!pattern.test(value)) return null;
  const thousands = decimal === '.' ? /,/g : /\./g;
  const plain = value.replace(thousands, '').replace(',', '.');
  const parsed = Number(plain);
  return Number.isFinite(parsed) ? parsed : null;
}

/**
 * Decides a column's decimal separator from its values: a comma followed by other than exactly
 * three digits ("52,3", "1,54") can only be a decimal comma; otherwise the delimiter breaks the tie
 * (a semicolon file comes from a decimal-comma locale).
 */
export function detectDecimalSeparator(
  values: readonly string[],
  delimiter: string | null,
): DecimalSeparator {
  let commaOnlyDecimal = false;
  let dotOnlyDecimal = false;
  for (const raw of values) {
    const value = raw.trim();
    if (/^[-+]?\d*,\d+$/.test(value) && !/^[-+]?\d{1,3}(,\d{3})+$/.test(value))
      commaOnlyDecimal = true;
    if (/^[-+]?\d*\.\d+$/.test(value) && !/^[-+]?\d{1,3}(\.\d{3})+$/.test(value))
      dotOnlyDecimal = true;
    if (/^[-+]?\d{1,3}(\.\d{3})+,\d+$/.test(value)) commaOnlyDecimal = true;
    if (/^[-+]?\d{1,3}(,\d{3})+\.\d+$/.test(value)) dotOnlyDecimal = true;
  }
  if (commaOnlyDecimal && !dotOnlyDecimal) return ',';
  if (dotOnlyDecimal) return '.';
  return delimiter === ';' ? ',' : '.';
}
