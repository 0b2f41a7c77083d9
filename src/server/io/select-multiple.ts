/**
 * Finds the columns that together encode a select-multiple question: REDCap `field___code`,
 * Kobo `group/question/choice` (True/False or 0/1; the question is the longest path prefix shared
 * by at least two such columns, so a choice label with "/" in it — "donkey/mule/cart" — stays
 * whole), SurveyMonkey sub-item columns holding their own label or nothing, and Google Forms
 * answers joined by ", ".
 */
import type { ExportTool, SelectMultiple } from './file-shape';
import type { ColumnName } from './column-names';

export interface ColumnValues {
  name: ColumnName;
  /** Distinct non-blank values seen in the sampled rows. */
  distinct: readonly string[];
}

const booleanValues = /^(true|false|0|1)$/i;

function isBooleanColumn(values: readonly string[]): boolean {
  return values.length > 0 && values.every((value) => booleanValues.test(value.trim()));
}

function groupPaths(
  columns: readonly ColumnValues[],
  separator: string,
): Map<number, SelectMultiple> {
  const found = new Map<number, SelectMultiple>();
  const candidates = columns
    .map((column, index) => ({
      index,
      name: column.name.name,
      boolean: isBooleanColumn(column.distinct),
    }))
    .filter((column) => column.boolean && column.name.includes(separator));
  const prefixCount = new Map<string, number>();
  for (const candidate of candidates) {
    const parts = candidate.name.split(separator);
    for (let length = 1; length < parts.length; length++) {
      const prefix = parts.slice(0, length).join(separator);
      prefixCount.set(prefix, (prefixCount.get(prefix) ?? 0) + 1);
    }
  }
  for (const candidate of candidates) {
    const parts = candidate.name.split(separator);
    for (let length = parts.length - 1; length >= 1; length--) {
      const prefix = parts.slice(0, length).join(separator);
      if ((prefixCount.get(prefix) ?? 0) >= 2) {
        found.set(candidate.index, {
          encoding: 'column_per_choice',
          group: prefix,
          choice: parts.slice(length).join(separator),
        });
        break;
      }
    }
  }
  return found;
}

function looksJoined(values: readonly string[]): boolean {
  const joined = values.filter((value) => value.includes(', '));
  if (joined.length < 3 || joined.length < values.length * 0.3) return false;
  const pieceCounts = new Map<string, number>();
  for (const value of values)
    for (const piece of new Set(value.split(', ')))
      pieceCounts.set(piece, (pieceCounts.get(piece) ?? 0) + 1);
  return [...pieceCounts.values()].some((count) => count >= 3);
}

/** The select-multiple role of each column, by column index. */
export function detectSelectMultiple(
  tool: ExportTool,
  columns: readonly ColumnValues[],
): Map<number, SelectMultiple> {
  const found = new Map<number, SelectMultiple>();
  columns.forEach((column, index) => {
    const redcap = /^(.+?)___([A-Za-z0-9_-]+)$/.exec(column.name.name);
    if (redcap && (tool === 'redcap' || isBooleanColumn(column.distinct))) {
      found.set(index, {
        encoding: 'column_per_choice',
        group: redcap[1] ?? '',
        choice: redcap[2] ?? '',
      });
      return;
    }
    const { question, subItem } = column.name;
    if (
      tool === 'surveymonkey' &&
      question &&
      subItem &&
      column.distinct.every((value) => value.trim() === subItem)
    ) {
      found.set(index, { encoding: 'column_per_choice', group: question, choice: subItem });
      return;
    }
    if (tool === 'google_forms' && looksJoined(column.distinct))
      found.set(index, { encoding: 'joined', separator: ', ' });
  });
  if (tool === 'kobo' || tool === 'generic') {
    for (const [index, role] of groupPaths(columns, '/'))
      if (!found.has(index)) found.set(index, role);
  }
  return found;
}
