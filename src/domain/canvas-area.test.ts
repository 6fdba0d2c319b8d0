import { describe, expect, it } from 'vitest';
import { canvasArea } from './canvas-area';
import type { Box } from './projected-shapes';

describe('canvasArea', () => {
  // The padded view of a 1,000 × 500 map with a tenth on each side: −100…1,100 by −50…550.
  const VIEW: Box = [-100, -50, 1100, 550];
  it.each<[string, Box | null, number, { x: number; y: number; width: number; height: number }]>([
    // A fitted map: the shapes 300…700 by 10…490, plus 4 px: 296…704 by 6…494.
    ['shapes inside the view: their box and the margin', [300, 10, 700, 490], 4, { x: 296, y: 6, width: 408, height: 488 }],
    // Zoomed in: the shapes reach beyond the padded view on every side: the padded view.
    ['shapes larger than the view: the padded view', [-5000, -5000, 5000, 5000], 4, { x: -100, y: -50, width: 1200, height: 600 }],
    // Only the left edge is cut: −100…(500 + 4) by (100 − 4)…(200 + 4).
    ['shapes across the left edge: cut there', [-400, 100, 500, 200], 4, { x: -100, y: 96, width: 604, height: 108 }],
    // Fractions round outwards: 10.3 − 2 = 8.3 → 8; 20.2 + 2 = 22.2 → 23; 5.9 − 2 = 3.9 → 3; 7.1 + 2 = 9.1 → 10.
    ['fractions rounded outwards', [10.3, 5.9, 20.2, 7.1], 2, { x: 8, y: 3, width: 15, height: 7 }],
    // Panned away: the shapes (with their margin) end left of the padded view.
    ['shapes outside the padded view: nothing to draw', [-900, 0, -200, 100], 4, { x: -100, y: -50, width: 0, height: 0 }],
    ['no shapes: nothing to draw', null, 4, { x: -100, y: -50, width: 0, height: 0 }],
  ])('%s', (_, content, margin, expected) => {
    expect(canvasArea(VIEW, content, margin)).toEqual(expected);
  });
});
