import { describe, expect, it } from 'vitest';
import { FALLBACK_HEIGHT, rowsViewport } from './observe-rows-viewport';

describe('the rows viewport', () => {
  it.each([
    ['630 px less a 228 px header and a 40 px totals row', { width: 1366, height: 630 }, 268, { width: 1366, height: 362 }],
    ['no sticky parts', { width: 800, height: 500 }, 0, { width: 800, height: 500 }],
    ['fractional header: rounded', { width: 390, height: 600 }, 80.4, { width: 390, height: 520 }],
    ['header taller than the area: still one 40 px row', { width: 390, height: 100 }, 150, { width: 390, height: 40 }],
    ['no height yet (not laid out)', { width: 0, height: 0 }, 0, { width: 0, height: FALLBACK_HEIGHT }],
  ])('%s', (_name, rect, sticky, expected) => {
    expect(rowsViewport(rect, sticky)).toEqual(expected);
  });
});
