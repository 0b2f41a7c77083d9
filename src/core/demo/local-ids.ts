/** Record IDs in the style each tool issues, drawn from the seeded generator. */
import type { Random } from './random';
import type { ExportTool } from './types';

const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const hex = '0123456789abcdef';

const characters = (random: Random, alphabet: string, count: number): string =>
  Array.from({ length: count }, () => alphabet[random.int(0, alphabet.length - 1)] ?? '0').join('');

const uuid = (random: Random): string => {
  const digits = characters(random, hex, 32);
  const variant = hex[8 + random.int(0, 3)] ?? '8';
  return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-4${digits.slice(13, 16)}-${variant}${digits.slice(17, 20)}-${digits.slice(20, 32)}`;
};

/** Issues record IDs for one export file, in row order. */
export const createLocalIdIssuer = (
  random: Random,
  tool: ExportTool,
  prefix: string,
): (() => string | null) => {
  let sequence = 0;
  let respondent = 114_000_000_000 + random.int(0, 999_999) * 1000;
  return () => {
    sequence += 1;
    switch (tool) {
      case 'surveymonkey':
        respondent += random.int(1_000, 90_000);
        return String(respondent);
      case 'qualtrics':
        return `R_${characters(random, base62, 15)}`;
      case 'kobo':
        return uuid(random);
      case 'redcap':
        return String(sequence);
      case 'excel':
        return `${prefix}-${String(sequence).padStart(5, '0')}`;
      case 'salesforce':
        return `0035e00000${characters(random, base62, 5)}${characters(random, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 3)}`;
      case 'google_forms':
      case 'aggregate_csv':
        return null;
    }
  };
};
