/**
 * Google Forms writes a checkbox answer as the chosen labels joined by ", ", and labels may contain
 * ", " themselves ("R Ladies meetups (local, regional, national, or international)"). Splitting on
 * the separator alone breaks them, so the known labels are matched first, longest first; text that
 * matches no label (an "Other" answer) is kept whole up to the next known label.
 */
export interface SplitChoices {
  /** Known labels found in the answer, in answer order. */
  chosen: string[];
  /** Pieces that matched no known label (typically "Other" free text). */
  unknown: string[];
}

/** Splits a joined multi-select answer using the form's choice labels. */
export function splitJoinedChoices(
  answer: string,
  choiceLabels: readonly string[],
  separator = ', ',
): SplitChoices {
  const labels = [...new Set(choiceLabels.filter((label) => label !== ''))].sort(
    (a, b) => b.length - a.length,
  );
  const text = answer.trim();
  const chosen: string[] = [];
  const unknown: string[] = [];

  const labelAt = (at: number): string | undefined =>
    labels.find(
      (label) =>
        text.startsWith(label, at) &&
        (at + label.length === text.length || text.startsWith(separator, at + label.length)),
    );

  let at = 0;
  while (at < text.length) {
    const label = labelAt(at);
    if (label !== undefined) {
      chosen.push(label);
      at += label.length + separator.length;
      continue;
    }
    let end = text.indexOf(separator, at);
    while (end !== -1 && labelAt(end + separator.length) === undefined)
      end = text.indexOf(separator, end + 1);
    const stop = end === -1 ? text.length : end;
    const piece = text.slice(at, stop).trim();
    if (piece !== '') unknown.push(piece);
    at = stop + separator.length;
  }
  return { chosen, unknown };
}
