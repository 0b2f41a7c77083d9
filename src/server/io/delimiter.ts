/**
 * Picks the delimiter (, ; tab |) whose per-record field counts agree best over the first records
 * of a sample, honouring quotes so a quoted "1,54" or a quoted line break does not count. Title
 * and footer lines disagree with the table under any delimiter, so the winner is the one with the
 * most records sharing its most common count (above one field).
 */
const candidates = [',', '\t', ';', '|'] as const;

function fieldCounts(sample: string, delimiter: string, maxRecords: number): number[] {
  const counts: number[] = [];
  let fields = 1;
  let quoted = false;
  let atFieldStart = true;
  for (let i = 0; i < sample.length && counts.length < maxRecords; i++) {
    const char = sample[i];
    if (quoted) {
      if (char === '"') {
        if (sample[i + 1] === '"') i++;
        else quoted = false;
      }
      continue;
    }
    if (char === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (char === delimiter) {
      fields++;
      atFieldStart = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && sample[i + 1] === '\n') i++;
      counts.push(fields);
      fields = 1;
      atFieldStart = true;
    } else {
      atFieldStart = false;
    }
  }
  return counts;
}

/** The delimiter that splits the sample into the most consistent records; ',' when none does. */
export function detectDelimiter(sample: string): string {
  let best: { delimiter: string; agreeing: number; fields: number } = {
    delimiter: ',',
    agreeing: 0,
    fields: 1,
  };
  for (const delimiter of candidates) {
    const counts = fieldCounts(sample, delimiter, 50);
    const tally = new Map<number, number>();
    for (const count of counts) if (count > 1) tally.set(count, (tally.get(count) ?? 0) + 1);
    for (const [fields, agreeing] of tally) {
      if (agreeing > best.agreeing || (agreeing === best.agreeing && fields > best.fields))
        best = { delimiter, agreeing, fields };
    }
  }
  return best.delimiter;
}
