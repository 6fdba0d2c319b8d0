import { describe, expect, it } from 'vitest';
import { buildGridIndex, candidatesAt } from './grid-index';

// Four boxes over the unit square: a 2 × 2 grid of cells 0.5 wide. A box touching a cell's edge is
// listed in that cell too (a superset is all a candidate list promises).
//   b0 [0, 0, 0.5, 0.5] → cells 0, 1, 2, 3 (its far edges touch the right and lower cells)
//   b1 [0.5, 0, 1, 0.5] → cells 1, 3
//   b2 [0, 0.5, 1, 1]   → cells 2, 3
//   b3 [0.2, 0.2, 0.3, 0.3] → cell 0
const boxes = new Float64Array([0, 0, 0.5, 0.5, 0.5, 0, 1, 0.5, 0, 0.5, 1, 1, 0.2, 0.2, 0.3, 0.3]);

describe('buildGridIndex and candidatesAt', () => {
  const grid = buildGridIndex(boxes);

  it('lays a square grid of about one cell per box over the boxes', () => {
    expect([grid.columns, grid.rows, grid.cellWidth, grid.cellHeight]).toEqual([2, 2, 0.5, 0.5]);
    expect([...grid.cellStart]).toEqual([0, 2, 4, 6, 9]);
  });

  it.each<[string, number, number, number[]]>([
    ['upper left cell', 0.25, 0.25, [0, 3]],
    ['upper right cell', 0.75, 0.1, [0, 1]],
    ['lower left cell', 0.1, 0.9, [0, 2]],
    ['the far corner belongs to the last cell', 1, 1, [0, 1, 2]],
    ['the near corner', 0, 0, [0, 3]],
    ['right of the grid', 1.5, 0.5, []],
    ['left of the grid', -0.1, 0.5, []],
    ['below the grid', 0.5, 1.01, []],
    ['not a number', Number.NaN, 0.5, []],
  ])('%s (%f, %f)', (_, x, y, expected) => {
    expect([...candidatesAt(grid, x, y)]).toEqual(expected);
  });

  it('finds nothing when there are no boxes', () => {
    expect([...candidatesAt(buildGridIndex(new Float64Array(0)), 0, 0)]).toEqual([]);
  });

  it('still indexes boxes lying on one line', () => {
    const line = buildGridIndex(new Float64Array([0, 0, 1, 0, 2, 0, 3, 0]));
    expect([...candidatesAt(line, 0.5, 0)]).toEqual([0]);
    expect([...candidatesAt(line, 3, 0)]).toEqual([1]);
  });

  it('gives more cells per box when asked', () => {
    const fine = buildGridIndex(boxes, 4);
    expect([fine.columns, fine.rows]).toEqual([4, 4]);
    // Cells 0.25 wide: b3 spans columns and rows 0–1, b0 columns and rows 0–2, b2 rows 2–3.
    expect([...candidatesAt(fine, 0.1, 0.1)]).toEqual([0, 3]);
    expect([...candidatesAt(fine, 0.9, 0.9)]).toEqual([2]);
    expect([...candidatesAt(fine, 0.6, 0.1)]).toEqual([0, 1]);
  });
});
