/**
 * A uniform grid over boxes, to find which of many shapes may hold a point without testing them
 * all: each cell lists the boxes that overlap it.
 */

export interface GridIndex {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  cellWidth: number;
  cellHeight: number;
  columns: number;
  rows: number;
  /** Index into `items` of each cell's first entry (cells row by row); one more entry holds the item count. */
  cellStart: Uint32Array;
  /** Box numbers, cell after cell, ascending within a cell. */
  items: Uint32Array;
}

/** The cell range [first, last] a coordinate span covers, clamped to the grid. */
function span(min: number, max: number, origin: number, size: number, count: number): [number, number] {
  const clamp = (c: number) => Math.max(0, Math.min(count - 1, c));
  return [clamp(Math.floor((min - origin) / size)), clamp(Math.floor((max - origin) / size))];
}

/**
 * Indexes boxes (minX, minY, maxX, maxY, four entries per box) on a grid of about one cell per box
 * (`cellsPerBox` changes that), over the boxes' own extent.
 */
export function buildGridIndex(boxes: Float64Array, cellsPerBox = 1): GridIndex {
  const count = boxes.length / 4;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let b = 0; b < count; b++) {
    minX = Math.min(minX, boxes[4 * b]!);
    minY = Math.min(minY, boxes[4 * b + 1]!);
    maxX = Math.max(maxX, boxes[4 * b + 2]!);
    maxY = Math.max(maxY, boxes[4 * b + 3]!);
  }
  if (count === 0)
    return { minX: 0, minY: 0, maxX: -1, maxY: -1, cellWidth: 1, cellHeight: 1, columns: 1, rows: 1, cellStart: new Uint32Array(2), items: new Uint32Array(0) };
  const side = Math.max(1, Math.ceil(Math.sqrt(count * cellsPerBox)));
  // A degenerate extent (all boxes on a line) still gets cells of a usable size.
  const cellWidth = (maxX - minX) / side || 1;
  const cellHeight = (maxY - minY) / side || 1;
  const columns = side;
  const rows = side;
  const cellStart = new Uint32Array(columns * rows + 1);
  // Two passes: count the entries of each cell, then place them.
  const forEachCell = (b: number, visit: (cell: number) => void) => {
    const [c0, c1] = span(boxes[4 * b]!, boxes[4 * b + 2]!, minX, cellWidth, columns);
    const [r0, r1] = span(boxes[4 * b + 1]!, boxes[4 * b + 3]!, minY, cellHeight, rows);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) visit(r * columns + c);
  };
  for (let b = 0; b < count; b++) forEachCell(b, (cell) => cellStart[cell + 1]!++);
  for (let cell = 0; cell < columns * rows; cell++) cellStart[cell + 1]! += cellStart[cell]!;
  const items = new Uint32Array(cellStart[columns * rows]!);
  const next = cellStart.slice(0, columns * rows);
  for (let b = 0; b < count; b++) forEachCell(b, (cell) => (items[next[cell]!++] = b));
  return { minX, minY, maxX, maxY, cellWidth, cellHeight, columns, rows, cellStart, items };
}

/** The boxes whose cell holds the point (a superset of the boxes holding it); none outside the grid. */
export function candidatesAt(grid: GridIndex, x: number, y: number): Uint32Array {
  if (!(x >= grid.minX && x <= grid.maxX && y >= grid.minY && y <= grid.maxY)) return new Uint32Array(0);
  // The far edges belong to the last cell.
  const column = Math.min(grid.columns - 1, Math.floor((x - grid.minX) / grid.cellWidth));
  const row = Math.min(grid.rows - 1, Math.floor((y - grid.minY) / grid.cellHeight));
  const cell = row * grid.columns + column;
  return grid.items.subarray(grid.cellStart[cell]!, grid.cellStart[cell + 1]!);
}
