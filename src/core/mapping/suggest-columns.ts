/**
 * Suggests which coalition field each file column feeds. Every (column, field) pair gets its best
 * evidence — name equals key, label equals label, one label inside the other, spelling similarity,
 * or the column's values being the field's choices — then pairs are taken greedily, best first,
 * so that one column feeds at most one field and one field takes at most one column.
 */
import { normaliseText, wordsOf } from './normalise-text';
import { diceSimilarity } from './similarity';
import { suggestValueMapping } from './suggest-values';
import type { CoalitionField, ColumnSuggestion, SourceColumn } from './types';

const minimumConfidence = 0.5;

interface Evidence {
  confidence: number;
  reason: string;
}

function containsAllWords(haystack: string, needle: string): boolean {
  const words = new Set(wordsOf(haystack));
  const wanted = wordsOf(needle);
  return wanted.length > 0 && wanted.every((word) => words.has(word));
}

function evidenceFor(column: SourceColumn, field: CoalitionField): Evidence {
  const name = normaliseText(column.name);
  const label = normaliseText(column.label);
  const candidates: Evidence[] = [];
  if (name !== '' && name === normaliseText(field.key))
    candidates.push({ confidence: 1, reason: `column name "${column.name}" is the field key` });
  if (
    (label !== '' && label === normaliseText(field.label)) ||
    name === normaliseText(field.label)
  ) {
    candidates.push({
      confidence: 0.95,
      reason: `column label is the field label "${field.label}"`,
    });
  }
  if (containsAllWords(column.label, field.label) || containsAllWords(column.name, field.key)) {
    candidates.push({ confidence: 0.8, reason: `column label contains "${field.label}"` });
  }
  const similarity = Math.max(
    diceSimilarity(column.name, field.key),
    diceSimilarity(column.label, field.label),
    diceSimilarity(column.name, field.label),
  );
  if (similarity >= 0.6)
    candidates.push({
      confidence: Math.round(similarity * 0.85 * 100) / 100,
      reason: `column is spelled like "${field.label}"`,
    });

  if (field.choices && field.choices.length > 0 && column.samples.length > 0) {
    const choices = field.choices;
    const matched = column.samples.filter(
      (sample) => suggestValueMapping(sample, choices).confidence >= 0.85,
    ).length;
    const share = matched / column.samples.length;
    if (share >= 0.6) {
      candidates.push({
        confidence: Math.round((0.6 + 0.3 * share) * 100) / 100,
        reason: `${matched} of ${column.samples.length} sample values are choices of "${field.label}"`,
      });
    }
  }
  return candidates.reduce<Evidence>(
    (best, next) => (next.confidence > best.confidence ? next : best),
    { confidence: 0, reason: '' },
  );
}

/** One suggestion per column, in column order; fieldKey is null when no field fits. */
export function suggestColumnMappings(
  columns: readonly SourceColumn[],
  fields: readonly CoalitionField[],
): ColumnSuggestion[] {
  const pairs: { column: number; field: number; evidence: Evidence }[] = [];
  columns.forEach((column, c) =>
    fields.forEach((field, f) => {
      const evidence = evidenceFor(column, field);
      if (evidence.confidence >= minimumConfidence) pairs.push({ column: c, field: f, evidence });
    }),
  );
  pairs.sort(
    (a, b) =>
      b.evidence.confidence - a.evidence.confidence || a.column - b.column || a.field - b.field,
  );

  const chosen = new Map<number, { field: number; evidence: Evidence }>();
  const takenFields = new Set<number>();
  for (const pair of pairs) {
    if (chosen.has(pair.column) || takenFields.has(pair.field)) continue;
    chosen.set(pair.column, pair);
    takenFields.add(pair.field);
  }
  return columns.map((column, c) => {
    const pick = chosen.get(c);
    const field = pick ? fields[pick.field] : undefined;
    if (!pick || !field)
      return {
        column: column.name,
        fieldKey: null,
        confidence: 0,
        reason: 'no field fits this column',
      };
    return {
      column: column.name,
      fieldKey: field.key,
      confidence: pick.evidence.confidence,
      reason: pick.evidence.reason,
    };
  });
}
