import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { suppressOneWay } from './one-way';

const hiddenAs = (table: ReturnType<typeof suppressOneWay>): (string | false)[] => [
  ...table.cells.map((cell) => cell.suppressed),
  table.total.suppressed,
];

describe('suppressOneWay', () => {
  it('hides a small cell and the smallest other non-zero cell', () => {
    // 3 < 10 is primary; 3 alone would be 53 − 20 − 30, so the smallest other cell (20) goes too
    const table = suppressOneWay({ cells: [3, 20, 30], total: 53 });
    expect(table.cells).toEqual([
      { value: null, suppressed: 'primary' },
      { value: null, suppressed: 'complementary' },
      { value: 30, suppressed: false },
    ]);
    expect(table.total).toEqual({ value: 53, suppressed: false });
  });

  it('publishes zeros and prefers a non-zero cell, then a cell over the total, as the complement', () => {
    // [3, 0, 25] / 28: hiding the 0 would leave 3 + 0 = 28 − 25 = 3, so 25 is hidden instead
    expect(hiddenAs(suppressOneWay({ cells: [3, 0, 25], total: 28 }))).toEqual([
      'primary',
      false,
      'complementary',
      false,
    ]);
    // [15, 3] / 18: the cell 15 is hidden before the total 18
    expect(hiddenAs(suppressOneWay({ cells: [15, 3], total: 18 }))).toEqual([
      'complementary',
      'primary',
      false,
    ]);
    expect(hiddenAs(suppressOneWay({ cells: [0, 0, 50], total: 50 }))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('needs no complement when two entries are already hidden', () => {
    expect(hiddenAs(suppressOneWay({ cells: [3, 4, 30], total: 37 }))).toEqual([
      'primary',
      'primary',
      false,
      false,
    ]);
    // a small cell that is the whole total: the total is small too
    expect(hiddenAs(suppressOneWay({ cells: [3, 0, 0], total: 3 }))).toEqual([
      'primary',
      false,
      false,
      'primary',
    ]);
  });

  it('uses the threshold passed in (n < threshold, so n = threshold is published)', () => {
    expect(hiddenAs(suppressOneWay({ cells: [3, 0, 0], total: 3 }, { threshold: 3 }))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(hiddenAs(suppressOneWay({ cells: [10, 20], total: 30 }, { threshold: 11 }))).toEqual([
      'primary',
      'complementary',
      false,
    ]);
  });

  it('refuses bad thresholds and non-count entries', () => {
    expect(() => suppressOneWay({ cells: [1], total: 1 }, { threshold: 0 })).toThrow(/threshold/);
    expect(() => suppressOneWay({ cells: [1.5], total: 1.5 })).toThrow(/counts/);
  });

  it('never leaves exactly one hidden entry, hides exactly the small counts as primary, publishes the rest as given', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 200 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.integer({ min: 1, max: 15 }),
        (cells, threshold) => {
          const total = cells.reduce((sum, value) => sum + value, 0);
          const table = suppressOneWay({ cells, total }, { threshold });
          const entries = [...table.cells, table.total];
          const values = [...cells, total];
          const hiddenCount = entries.filter((cell) => cell.suppressed !== false).length;
          expect(hiddenCount).not.toBe(1);
          entries.forEach((cell, index) => {
            const value = values[index] as number;
            expect(cell.suppressed === 'primary').toBe(value > 0 && value < threshold);
            if (cell.suppressed === false) expect(cell.value).toBe(value);
          });
          // the recomputation an attacker would do: total − published cells = sum of the hidden cells,
          // which is a single hidden value only if exactly one cell is hidden and the total is not
          if (table.total.suppressed === false) {
            const recomputed =
              total - table.cells.reduce((sum, cell) => sum + (cell.value ?? 0), 0);
            const hiddenCells = cells.filter(
              (_, index) => table.cells[index]?.suppressed !== false,
            );
            expect(recomputed).toBe(hiddenCells.reduce((sum, value) => sum + value, 0));
            expect(hiddenCells.length).not.toBe(1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
