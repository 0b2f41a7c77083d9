import { normaliseText } from './normalise-text';
import { diceSimilarity } from './similarity';
import { synonymGroup } from './value-synonyms';
import type { FieldChoice, ValueSuggestion } from './types';

/** Suggests the choice each file value means: by code, by label, by synonym, then by spelling. */
export function suggestValueMapping(
  value: string,
  choices: readonly FieldChoice[],
): ValueSuggestion {
  const trimmed = value.trim();
  const byCode = choices.find((choice) => choice.code.toLowerCase() === trimmed.toLowerCase());
  if (byCode)
    return {
      value,
      choiceCode: byCode.code,
      confidence: 1,
      reason: `"${trimmed}" is the code of "${byCode.label}"`,
    };

  const normalised = normaliseText(trimmed);
  const byLabel = choices.find((choice) => normaliseText(choice.label) === normalised);
  if (byLabel)
    return {
      value,
      choiceCode: byLabel.code,
      confidence: 0.95,
      reason: `"${trimmed}" is the label of "${byLabel.label}"`,
    };

  const group = synonymGroup(trimmed);
  if (group) {
    const inGroup = choices.filter(
      (choice) => synonymGroup(choice.code) === group || synonymGroup(choice.label) === group,
    );
    const first = inGroup[0];
    if (first) {
      const confidence = inGroup.length === 1 ? 0.9 : 0.6;
      return {
        value,
        choiceCode: first.code,
        confidence,
        reason: `"${trimmed}" is a usual way of writing "${first.label}"`,
      };
    }
    // A known category that no choice stands for ("NOT Hispanic or Latino") must not fall through to
    // spelling, where it would look like its opposite.
    return {
      value,
      choiceCode: null,
      confidence: 0,
      reason: `"${trimmed}" is a known category that no choice stands for`,
    };
  }

  let best: { choice: FieldChoice; similarity: number } | undefined;
  for (const choice of choices) {
    const similarity = Math.max(
      diceSimilarity(trimmed, choice.label),
      diceSimilarity(trimmed, choice.code),
    );
    if (!best || similarity > best.similarity) best = { choice, similarity };
  }
  if (best && best.similarity >= 0.75) {
    return {
      value,
      choiceCode: best.choice.code,
      confidence: Math.round(best.similarity * 0.8 * 100) / 100,
      reason: `"${trimmed}" is spelled like "${best.choice.label}"`,
    };
  }
  return { value, choiceCode: null, confidence: 0, reason: `"${trimmed}" matches no choice` };
}

/** Suggests a choice for each distinct value (first occurrence order). */
export function suggestValueMappings(
  values: readonly string[],
  choices: readonly FieldChoice[],
): ValueSuggestion[] {
  return [...new Set(values.map((value) => value.trim()).filter((value) => value !== ''))].map(
    (value) => suggestValueMapping(value, choices),
  );
}
