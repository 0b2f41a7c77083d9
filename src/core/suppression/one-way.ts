/**
 * Suppression for a one-way table (counts by one disaggregation) with its total. The cells and
 * the total form one equation, so a single hidden entry could be recomputed from the others: if
 * exactly one entry is hidden after primary suppression, the cheapest other entry is hidden too.
 */
import {
  assertTableCount,
  cheapest,
  isPrimary,
  publish,
  resolveThreshold,
  type PublishedCell,
  type Suppression,
  type SuppressionOptions,
} from './published-cell';

export type OneWayTable = { readonly cells: readonly number[]; readonly total: number };

export type SuppressedOneWayTable = {
  readonly cells: PublishedCell[];
  readonly total: PublishedCell;
};

/** Primary and complementary suppression of a one-way table and its total. */
export const suppressOneWay = (
  table: OneWayTable,
  options: SuppressionOptions = {},
): SuppressedOneWayTable => {
  const threshold = resolveThreshold(options);
  table.cells.forEach((value, index) => assertTableCount(value, `cells[${index}]`));
  assertTableCount(table.total, 'total');
  const entries = [...table.cells, table.total];
  const totalIndex = table.cells.length;
  const marks: (Suppression | null)[] = entries.map((value) =>
    isPrimary(value, threshold) ? 'primary' : null,
  );
  if (marks.filter((mark) => mark !== null).length === 1) {
    const partner = cheapest(
      entries
        .map((value, index) => ({ value, isTotal: index === totalIndex, position: [index] }))
        .filter((candidate) => marks[candidate.position[0] as number] === null),
    );
    if (partner) marks[partner.position[0] as number] = 'complementary';
  }
  const published = entries.map((value, index) => publish(value, marks[index] ?? null));
  return { cells: published.slice(0, totalIndex), total: published[totalIndex] as PublishedCell };
};
