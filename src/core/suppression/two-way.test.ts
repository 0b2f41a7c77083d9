import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { suppressTwoWay, type SuppressedTwoWayTable, type TwoWayTable } from './two-way';

const withMargins = (cells: number[][]): TwoWayTable => {
  const columns = cells[0]?.length ?? 0;
  const rowTotals = cells.map((row) => row.reduce((sum, value) => sum + value, 0));
  const columnTotals = Array.from({ length: columns }, (_, column) =>
    cells.reduce((sum, row) => sum + (row[column] as number), 0),
  );
  return {
    cells,
    rowTotals,
    columnTotals,
    grandTotal: rowTotals.reduce((sum, value) => sum + value, 0),
  };
};

/** The (R+1)×(C+1) grid of a table, margins in the last row and column. */
const gridOf = <T>(cells: T[][], rowTotals: T[], columnTotals: T[], grandTotal: T): T[][] => [
  ...cells.map((row, index) => [...row, rowTotals[index] as T]),
  [...columnTotals, grandTotal],
];

const hiddenPositions = (table: SuppressedTwoWayTable): [number, number][] =>
  gridOf(table.cells, table.rowTotals, table.columnTotals, table.grandTotal).flatMap((row, r) =>
    row.flatMap((cell, c): [number, number][] => (cell.suppressed === false ? [] : [[r, c]])),
  );

const rank = (matrix: number[][]): number => {
  const rows = matrix.map((row) => [...row]);
  let found = 0;
  const width = rows[0]?.length ?? 0;
  for (let column = 0; column < width && found < rows.length; column += 1) {
    let pivot = found;
    for (let r = found + 1; r < rows.length; r += 1) {
      if (Math.abs(rows[r]?.[column] ?? 0) > Math.abs(rows[pivot]?.[column] ?? 0)) pivot = r;
    }
    if (Math.abs(rows[pivot]?.[column] ?? 0) < 1e-9) continue;
    [rows[found], rows[pivot]] = [rows[pivot] as number[], rows[found] as number[]];
    const top = rows[found] as number[];
    for (let r = found + 1; r < rows.length; r += 1) {
      const row = rows[r] as number[];
      const factor = (row[column] as number) / (top[column] as number);
      for (let k = column; k < width; k += 1)
        row[k] = (row[k] as number) - factor * (top[k] as number);
    }
    found += 1;
  }
  return found;
};

/**
 * Which hidden entries an attacker can recompute exactly. Each grid row r says
 * Σ_c cell[r][c] − rowTotal[r] = 0, each grid column likewise (the margin row and column too).
 * Moving published values to the right-hand side leaves one linear equation per line in the hidden
 * values; any linear combination of those equations is a recomputation. Hidden value k is
 * recomputable iff the unit vector e_k lies in the span of the equations' coefficient rows, i.e.
 * adding e_k to them does not raise the rank.
 */
const recomputable = (hidden: [number, number][], rows: number, columns: number): boolean[] => {
  const lastRow = rows;
  const lastColumn = columns;
  const equations: number[][] = [];
  for (let r = 0; r <= lastRow; r += 1) {
    equations.push(hidden.map(([row, column]) => (row !== r ? 0 : column === lastColumn ? -1 : 1)));
  }
  for (let c = 0; c <= lastColumn; c += 1) {
    equations.push(hidden.map(([row, column]) => (column !== c ? 0 : row === lastRow ? -1 : 1)));
  }
  const base = rank(equations);
  return hidden.map(
    (_, k) => rank([...equations, hidden.map((__, j) => (j === k ? 1 : 0))]) === base,
  );
};

describe('suppressTwoWay', () => {
  it('completes a rectangle around one small cell', () => {
    //          c0  c1  c2 | total
    //   r0      3  20  30 |  53     3 < 10: primary
    //   r1     15  25  40 |  80
    //   r2     12  18  22 |  52
    //   total  30  63  92 | 185
    // row 0 has one hidden → its smallest other cell 20 (0,1); column 0 has one → 12 (2,0) beats
    // 15 and the total 30; row 2 now has one → 18 (2,1) beats 22; every line now holds 0 or 2,
    // and the four hidden cells form a cycle, so none can be recomputed.
    const table = suppressTwoWay(
      withMargins([
        [3, 20, 30],
        [15, 25, 40],
        [12, 18, 22],
      ]),
    );
    expect(table.cells.map((row) => row.map((cell) => cell.suppressed))).toEqual([
      ['primary', 'complementary', false],
      [false, false, false],
      ['complementary', 'complementary', false],
    ]);
    expect(table.cells[1]?.[2]).toEqual({ value: 40, suppressed: false });
    expect(
      [...table.rowTotals, ...table.columnTotals, table.grandTotal].every(
        (cell) => cell.suppressed === false,
      ),
    ).toBe(true);
  });

  it('closes a hidden cell that only bridges two hidden rectangles', () => {
    // Small cells form two rectangles, rows 0–1 × columns 0–1 and rows 2–3 × columns 2–3, joined
    // by the small cell (0,2). Every line already has ≥ 2 hidden entries, yet the cell is a bridge:
    // row 0 gives x00 + x01 + x02 = 49 − 40 = 9, row 1 gives x10 + x11 = 72 − 61 = 11,
    // column 0 gives x00 + x10 = 73 − 66 = 7, column 1 gives x01 + x11 = 53 − 44 = 9, and
    // row 0 + row 1 − column 0 − column 1 leaves x02 = 9 + 11 − 7 − 9 = 4.
    // The cheapest published cell joining the two sides is (3,1) = 11.
    const cells = [
      [2, 3, 4, 40],
      [5, 6, 30, 31],
      [32, 33, 7, 8],
      [34, 11, 9, 2],
    ];
    const primaryOnly: [number, number][] = [
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
      [1, 1],
      [2, 2],
      [2, 3],
      [3, 2],
      [3, 3],
    ];
    expect(recomputable(primaryOnly, 4, 4)).toEqual([
      false,
      false,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    const table = suppressTwoWay(withMargins(cells));
    expect(table.cells.map((row) => row.map((cell) => cell.suppressed))).toEqual([
      ['primary', 'primary', 'primary', false],
      ['primary', 'primary', false, false],
      [false, false, 'primary', 'primary'],
      [false, 'complementary', 'primary', 'primary'],
    ]);
    expect(recomputable(hiddenPositions(table), 4, 4).some(Boolean)).toBe(false);
  });

  it('hides a small total and pairs it within its margin line', () => {
    // [[12, 10], [1, 3]]: row 1 (1, 3, total 4) is all primary. Columns 0, 1 and the totals column
    // then each hold one hidden entry, so 12, 10 and the row total 22 are hidden too; only the
    // column totals 13, 13 and the grand total 26 remain, which is all this table can safely show.
    const table = suppressTwoWay(
      withMargins([
        [12, 10],
        [1, 3],
      ]),
    );
    expect(table.cells.flat().map((cell) => cell.suppressed)).toEqual([
      'complementary',
      'complementary',
      'primary',
      'primary',
    ]);
    expect(table.rowTotals.map((cell) => cell.suppressed)).toEqual(['complementary', 'primary']);
    expect([...table.columnTotals, table.grandTotal].map((cell) => cell.value)).toEqual([
      13, 13, 26,
    ]);
    expect(recomputable(hiddenPositions(table), 2, 2).some(Boolean)).toBe(false);
  });

  it('refuses a ragged table', () => {
    expect(() =>
      suppressTwoWay({
        cells: [[1, 2], [3]],
        rowTotals: [3, 3],
        columnTotals: [4, 2],
        grandTotal: 6,
      }),
    ).toThrow(/rows × columns/);
  });

  it('leaves no hidden value recomputable from the published rows and columns (property)', () => {
    const table = fc
      .record({ rows: fc.integer({ min: 1, max: 5 }), columns: fc.integer({ min: 1, max: 5 }) })
      .chain(({ rows, columns }) =>
        fc.array(
          fc.array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 80 })), {
            minLength: columns,
            maxLength: columns,
          }),
          { minLength: rows, maxLength: rows },
        ),
      );
    fc.assert(
      fc.property(table, fc.integer({ min: 1, max: 15 }), (cells, threshold) => {
        const input = withMargins(cells);
        const output = suppressTwoWay(input, { threshold });
        const values = gridOf(
          input.cells as number[][],
          [...input.rowTotals],
          [...input.columnTotals],
          input.grandTotal,
        );
        const published = gridOf(
          output.cells,
          output.rowTotals,
          output.columnTotals,
          output.grandTotal,
        );
        published.forEach((line, r) =>
          line.forEach((cell, c) => {
            const value = values[r]?.[c] as number;
            expect(cell.suppressed === 'primary').toBe(value > 0 && value < threshold);
            if (cell.suppressed === false) expect(cell.value).toBe(value);
          }),
        );
        // no grid row or column (margins included) holds exactly one hidden entry
        for (const line of published)
          expect(line.filter((cell) => cell.suppressed !== false).length).not.toBe(1);
        for (let c = 0; c < (published[0]?.length ?? 0); c += 1) {
          expect(published.filter((line) => line[c]?.suppressed !== false).length).not.toBe(1);
        }
        // and no linear combination of the rows and columns recomputes a hidden value
        const hidden = hiddenPositions(output);
        expect(recomputable(hidden, cells.length, cells[0]?.length ?? 0).some(Boolean)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
