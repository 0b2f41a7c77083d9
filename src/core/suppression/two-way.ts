/**
 * Suppression for a two-way table (e.g. partner × race) with row, column and grand totals.
 *
 * The table with its margins is an (R+1)×(C+1) grid in which every row and every column is one
 * linear equation (cells sum to their total). Hidden entries are edges of a bipartite graph
 * between grid rows and grid columns; a hidden value can be recomputed exactly from the published
 * numbers if and only if its edge lies on no cycle of that graph (every cycle here is balanced, so
 * the equations' null space is the graph's cycle space). We therefore iterate until stable:
 * 1. no row or column of the grid may hold exactly one hidden entry: hide its cheapest other
 *    entry (a total counts as an entry, so "unless its total is also hidden" is included);
 * 2. no hidden entry may be a bridge of the graph: hide the cheapest entry joining the two sides
 *    the bridge separates, which puts it on a cycle.
 * Rule 1 alone is not enough: two hidden rectangles joined by one hidden cell leave that cell
 * recomputable by adding and subtracting rows and columns.
 *
 * What this does not promise: that the range a hidden value could take is wide (interval
 * protection), nor anything when margins are distinct-person counts that are not sums of cells.
 * Each added cell costs one pass over the grid, so work grows with (R·C)²: meant for report-sized
 * tables (up to a few hundred rows), not cubes.
 */
import { Problem } from '../problem';
import {
  assertTableCount,
  cheapest,
  isPrimary,
  publish,
  resolveThreshold,
  type Candidate,
  type PublishedCell,
  type Suppression,
  type SuppressionOptions,
} from './published-cell';

export type TwoWayTable = {
  /** cells[row][column]. */
  readonly cells: readonly (readonly number[])[];
  readonly rowTotals: readonly number[];
  readonly columnTotals: readonly number[];
  readonly grandTotal: number;
};

export type SuppressedTwoWayTable = {
  readonly cells: PublishedCell[][];
  readonly rowTotals: PublishedCell[];
  readonly columnTotals: PublishedCell[];
  readonly grandTotal: PublishedCell;
};

type Entry = Candidate & { readonly row: number; readonly column: number };

type Grid = {
  readonly rows: number;
  readonly columns: number;
  readonly entries: Entry[];
  readonly marks: (Suppression | null)[];
};

const toGrid = (table: TwoWayTable): Grid => {
  const rows = table.cells.length;
  const columns = table.columnTotals.length;
  if (table.rowTotals.length !== rows || table.cells.some((row) => row.length !== columns)) {
    throw new Problem(
      'request.invalid',
      'cells must be rows × columns with one total per row and column',
      {
        rows,
        columns,
      },
    );
  }
  const valueAt = (row: number, column: number): number => {
    if (row < rows && column < columns) return table.cells[row]?.[column] as number;
    if (row < rows) return table.rowTotals[row] as number;
    if (column < columns) return table.columnTotals[column] as number;
    return table.grandTotal;
  };
  const entries: Entry[] = [];
  for (let row = 0; row <= rows; row += 1) {
    for (let column = 0; column <= columns; column += 1) {
      const value = valueAt(row, column);
      assertTableCount(value, `[${row}][${column}]`);
      entries.push({
        value,
        row,
        column,
        isTotal: row === rows || column === columns,
        position: [row, column],
      });
    }
  }
  return { rows: rows + 1, columns: columns + 1, entries, marks: entries.map(() => null) };
};

const hidden = (grid: Grid): Entry[] =>
  grid.entries.filter((_, index) => grid.marks[index] !== null);

const hide = (grid: Grid, entry: Entry): void => {
  grid.marks[entry.row * grid.columns + entry.column] = 'complementary';
};

/** Rule 1: hides a partner for one line holding a single hidden entry; false when none does. */
const pairLoneEntry = (grid: Grid): boolean => {
  const lines: ((entry: Entry) => number)[] = [(entry) => entry.row, (entry) => entry.column];
  for (const lineOf of lines) {
    const hiddenCount = new Map<number, number>();
    for (const entry of hidden(grid))
      hiddenCount.set(lineOf(entry), (hiddenCount.get(lineOf(entry)) ?? 0) + 1);
    for (const [line, count] of [...hiddenCount].sort(([a], [b]) => a - b)) {
      if (count !== 1) continue;
      const partner = cheapest(
        grid.entries.filter((entry, index) => lineOf(entry) === line && grid.marks[index] === null),
      );
      if (!partner)
        throw new Problem('internal', 'a line with one hidden entry has nothing else to hide');
      hide(grid, partner);
      return true;
    }
  }
  return false;
};

/** Grid rows are nodes 0..rows-1, grid columns nodes rows..rows+columns-1; edges are hidden entries. */
const endsOf = (grid: Grid, edge: Entry): [number, number] => [edge.row, grid.rows + edge.column];

const adjacencyOf = (grid: Grid, edges: readonly Entry[]): number[][] => {
  const adjacency: number[][] = Array.from({ length: grid.rows + grid.columns }, () => []);
  edges.forEach((edge, index) => {
    for (const node of endsOf(grid, edge)) adjacency[node]?.push(index);
  });
  return adjacency;
};

const otherEnd = (grid: Grid, edge: Entry, node: number): number => {
  const [rowNode, columnNode] = endsOf(grid, edge);
  return node === rowNode ? columnNode : rowNode;
};

/** Indices of the edges on no cycle (Tarjan's bridge finding; recursion depth ≤ rows + columns). */
const bridgesOf = (
  grid: Grid,
  edges: readonly Entry[],
  adjacency: readonly number[][],
): number[] => {
  const order = adjacency.map(() => -1);
  const low = adjacency.map(() => -1);
  const bridges: number[] = [];
  let clock = 0;
  const visit = (node: number, viaEdge: number): void => {
    order[node] = clock;
    low[node] = clock;
    clock += 1;
    for (const edgeIndex of adjacency[node] ?? []) {
      if (edgeIndex === viaEdge) continue;
      const next = otherEnd(grid, edges[edgeIndex] as Entry, node);
      if (order[next] === -1) {
        visit(next, edgeIndex);
        low[node] = Math.min(low[node], low[next] as number);
        if ((low[next] as number) > order[node]) bridges.push(edgeIndex);
      } else {
        low[node] = Math.min(low[node], order[next] as number);
      }
    }
  };
  adjacency.forEach((_, node) => {
    if (order[node] === -1) visit(node, -1);
  });
  return bridges.sort((a, b) => a - b);
};

const reachableWithout = (
  grid: Grid,
  edges: readonly Entry[],
  adjacency: readonly number[][],
  start: number,
  skipped: number,
): Set<number> => {
  const seen = new Set([start]);
  const stack = [start];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    for (const edgeIndex of adjacency[node] ?? []) {
      if (edgeIndex === skipped) continue;
      const next = otherEnd(grid, edges[edgeIndex] as Entry, node);
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
};

/** Rule 2: puts the first bridge (in grid order) on a cycle; false when no hidden entry is a bridge. */
const closeBridge = (grid: Grid): boolean => {
  const edges = hidden(grid);
  const adjacency = adjacencyOf(grid, edges);
  const [bridgeIndex] = bridgesOf(grid, edges, adjacency);
  if (bridgeIndex === undefined) return false;
  const [rowNode, columnNode] = endsOf(grid, edges[bridgeIndex] as Entry);
  const rowSide = reachableWithout(grid, edges, adjacency, rowNode, bridgeIndex);
  const columnSide = reachableWithout(grid, edges, adjacency, columnNode, bridgeIndex);
  const joins = (entry: Entry): boolean => {
    const [from, to] = endsOf(grid, entry);
    return (rowSide.has(from) && columnSide.has(to)) || (columnSide.has(from) && rowSide.has(to));
  };
  const partner = cheapest(
    grid.entries.filter((entry, index) => grid.marks[index] === null && joins(entry)),
  );
  if (!partner) throw new Problem('internal', 'a hidden bridge has no entry to close it');
  hide(grid, partner);
  return true;
};

/** Primary and complementary suppression of a two-way table with its margins. */
export const suppressTwoWay = (
  table: TwoWayTable,
  options: SuppressionOptions = {},
): SuppressedTwoWayTable => {
  const threshold = resolveThreshold(options);
  const grid = toGrid(table);
  grid.entries.forEach((entry, index) => {
    if (isPrimary(entry.value, threshold)) grid.marks[index] = 'primary';
  });
  let changed = true;
  while (changed) changed = pairLoneEntry(grid) || closeBridge(grid);
  const at = (row: number, column: number): PublishedCell => {
    const index = row * grid.columns + column;
    return publish((grid.entries[index] as Entry).value, grid.marks[index] ?? null);
  };
  const innerRows = grid.rows - 1;
  const innerColumns = grid.columns - 1;
  const range = (length: number): number[] => Array.from({ length }, (_, index) => index);
  return {
    cells: range(innerRows).map((row) => range(innerColumns).map((column) => at(row, column))),
    rowTotals: range(innerRows).map((row) => at(row, innerColumns)),
    columnTotals: range(innerColumns).map((column) => at(innerRows, column)),
    grandTotal: at(innerRows, innerColumns),
  };
};
