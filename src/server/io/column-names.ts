/**
 * Turns a tool's header rows into one unique name and one human label per column. SurveyMonkey
 * puts the question in row 1 (once, over all its columns) and the sub-item in row 2; Qualtrics
 * puts the export tag in row 1 and the question in row 2 (the legacy layout has V1…V10 tags and
 * the real names in row 2); a generic multi-row header is merged cells forward-filled and joined.
 */
import type { ExportTool } from './file-shape';

export interface ColumnName {
  name: string;
  label: string;
  /** For SurveyMonkey: the question a sub-item column belongs to, when it spans several columns. */
  question?: string;
  subItem?: string;
}

const surveyMonkeyPlain = new Set(['', 'response', 'open-ended response', 'na']);

function cell(row: readonly string[] | undefined, column: number): string {
  return (row?.[column] ?? '').replace(/\s+/g, ' ').trim();
}

function forwardFilled(row: readonly string[] | undefined, width: number): string[] {
  const filled: string[] = [];
  let last = '';
  for (let column = 0; column < width; column++) {
    const value = cell(row, column);
    if (value !== '') last = value;
    filled.push(value === '' && column > 0 ? last : value);
  }
  return filled;
}

function surveyMonkeyNames(header: readonly string[][], width: number): ColumnName[] {
  const questions = forwardFilled(header[0], width);
  const spans = new Map<string, number>();
  for (const question of questions) spans.set(question, (spans.get(question) ?? 0) + 1);
  return questions.map((question, column) => {
    const sub = cell(header[1], column);
    if (surveyMonkeyPlain.has(sub.toLowerCase())) return { name: question, label: question };
    const spanning = (spans.get(question) ?? 0) > 1;
    return {
      name: question === '' ? sub : `${question} / ${sub}`,
      label: question === '' ? sub : `${question} — ${sub}`,
      ...(spanning ? { question, subItem: sub } : {}),
    };
  });
}

function qualtricsNames(header: readonly string[][], width: number): ColumnName[] {
  return Array.from({ length: width }, (_, column) => {
    const tag = cell(header[0], column);
    const label = cell(header[1], column);
    return { name: /^V\d+$/.test(tag) || tag === '' ? label : tag, label: label || tag };
  });
}

function stackedNames(header: readonly string[][], width: number): ColumnName[] {
  const rows = header.map((row, index) =>
    index < header.length - 1
      ? forwardFilled(row, width)
      : forwardFilled([], width).map((_, c) => cell(row, c)),
  );
  return Array.from({ length: width }, (_, column) => {
    const parts: string[] = [];
    for (const row of rows) {
      const part = row[column] ?? '';
      if (part !== '' && parts[parts.length - 1] !== part) parts.push(part);
    }
    const name = parts.join(' / ');
    return { name, label: name };
  });
}

/** Unique names (blank → column_N, repeats → name_2, name_3…) and labels for each column. */
export function columnNames(
  tool: ExportTool,
  header: readonly string[][],
  width: number,
): ColumnName[] {
  const raw =
    tool === 'surveymonkey' && header.length === 2
      ? surveyMonkeyNames(header, width)
      : tool === 'qualtrics'
        ? qualtricsNames(header, width)
        : stackedNames(header, width);
  const seen = new Map<string, number>();
  return raw.map((column, index) => {
    const base = column.name === '' ? `column_${index + 1}` : column.name;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const name = count === 1 ? base : `${base}_${count}`;
    return { ...column, name, label: column.label === '' ? name : column.label };
  });
}
