import { describe, expect, it } from 'vitest';
import { labelFits, metresPerPixel } from './label-placement';

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
});
