import { describe, expect, it } from 'vitest';
import { labelFits, labelMayFit, metresPerPixel } from './label-placement';

describe('labels where they fit', () => {
  it('metres per pixel halve with each zoom level', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(156_543, 0);
    expect(metresPerPixel(22, 11) / metresPerPixel(22, 12)).toBeCloseTo(2, 9);
  });

  it.each<[string, number, number, boolean]>([
    ['Bằng Thành', 5, 11, true], // a commune-sized room at district zoom
    ['Bằng Thành', 5, 8, false], // the same room seen from far away
    ['Bằng Thành', 0.3, 11, false], // a sliver
    ['Nghiên Loan', 0.8, 14, true],
  ])('%s in %d km at zoom %d → %s', (text, radiusKm, zoom, fits) => {
    expect(labelFits(text, radiusKm, 22.2, zoom)).toBe(fits);
  });

  // Metres per pixel at 22.2° N: 40,075,016.686 · cos 22.2° (0.925855) ÷ 2^(zoom + 8) = 144,936 ÷ 2^zoom;
  // a line of text is 12 × 0.9 = 10.8 px.
  it.each<[number, number, boolean]>([
    [5, 11, true], // 5,000 m ÷ 70.77 m/px = 70.7 px
    [0.3, 11, false], // 300 m ÷ 70.77 m/px = 4.2 px
    [0.3, 13, true], // 300 m ÷ 17.69 m/px = 17.0 px
    [0.38, 12, false], // 380 m ÷ 35.38 m/px = 10.74 px: just under a line
    [0.39, 12, true], // 390 m ÷ 35.38 m/px = 11.02 px
  ])('a room of %d km at zoom %d may hold a label → %s', (radiusKm, zoom, may) => {
    expect(labelMayFit(radiusKm, 22.2, zoom)).toBe(may);
  });
});
