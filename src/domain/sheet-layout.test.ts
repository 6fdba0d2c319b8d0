import { describe, expect, it } from 'vitest';
import { pageSetup, wrappedHeight } from './sheet-layout';

describe('row heights for wrapped cells', () => {
  it.each([
    // 16 characters a line in a column 18 wide; 15 pt a line.
    [[['Tổ truyền thông', 18]] as const, 15],
    [[['P8.1.1 Tổ truyền thông cộng đồng – Thực hiện (tổ)', 18]] as const, 60],
    [
      [
        ['ngắn', 34],
        ['P8.1.1 Tổ truyền thông cộng đồng – Thực hiện (tổ)', 18],
      ] as const,
      60,
    ],
    [[['', 18]] as const, 15],
  ])('%j → %i pt', (cells, height) => {
    expect(wrappedHeight(cells)).toBe(height);
  });
});

describe('page setup of an exported sheet', () => {
  it('prints a wide table on A4 landscape, one page wide, with the header row and unit column repeated', () => {
    expect(pageSetup([34, 18, 18, 18, 18], 9)).toEqual({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: '9:9',
      printTitlesColumn: 'A:A',
    });
  });

  it('keeps a narrow table in portrait and can leave the first column alone', () => {
    const setup = pageSetup([34, 18, 18], 3, false);
    expect(setup.orientation).toBe('portrait');
    expect(setup).not.toHaveProperty('printTitlesColumn');
    expect(setup.printTitlesRow).toBe('3:3');
  });
});
