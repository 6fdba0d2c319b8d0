import { describe, expect, it } from 'vitest';
import { columnWidths, layoutSlideTable, wrappedLines } from './slide-table';

describe('lines a cell wraps to', () => {
  it.each([
    ['', 21, 1],
    ['Hội nghị truyền thông', 21, 1],
    // "Hội nghị" (8) | "truyền" (6) | "thông" (5)
    ['Hội nghị truyền thông', 10, 3],
    ['abcdefghijkl', 5, 3],
    ['a\nb', 10, 2],
  ])('%j in %i characters → %i lines', (text, chars, lines) => {
    expect(wrappedLines(text, chars)).toBe(lines);
  });
});

describe('column widths', () => {
  // One character at 12 pt ≈ 12 × 0.5 / 72 / 0.9 = 0.0925926 in; 0.1 in of cell margins.
  const header = ['STT', 'Nội dung'];
  const rows = [['1', 'Tổ truyền thông cộng đồng']];

  it('gives every column its one-line width and shares what is left equally', () => {
    // STT: 3 chars → 0.377778; content: 25 chars → 2.414815; left 3.207407 / 2 each.
    const widths = columnWidths(header, rows, 6, 12);
    expect(widths[0]).toBeCloseTo(1.981481, 5);
    expect(widths[1]).toBeCloseTo(4.018519, 5);
  });

  it('keeps the longest word of a narrow column whole when room is short', () => {
    // minimal: STT 0.377778, content ("truyền", 6 chars) 0.655556; only the content column can shrink.
    const widths = columnWidths(header, rows, 2, 12);
    expect(widths[0]).toBeCloseTo(0.377778, 5);
    expect(widths[1]).toBeCloseTo(1.622222, 5);
  });
});

describe('a table on a slide', () => {
  const rowsOf = (n: number) => Array.from({ length: n }, () => ['x']);

  it('keeps 14 pt when everything fits', () => {
    const layout = layoutSlideTable({
      header: ['A', 'B'],
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
      width: 10,
      height: 5,
    });
    expect(layout.fontSize).toBe(14);
    expect(layout.pages).toEqual([[0, 1]]);
    // 14 pt × 1.2 / 72 + 0.1 = 0.333333 in per one-line row.
    expect(layout.rowHeights[0]).toBeCloseTo(0.333333, 5);
  });

  it('steps down to 12 pt when 14 pt overflows', () => {
    // 13 one-line rows (header included): 4.333 in at 14 pt, 3.9 in at 12 pt, in a 4 in box.
    const layout = layoutSlideTable({ header: ['A'], rows: rowsOf(12), width: 3, height: 4 });
    expect(layout.fontSize).toBe(12);
    expect(layout.pages).toHaveLength(1);
  });

  it('splits the rows over pages at 11 pt when even that overflows, the header on every page', () => {
    // 11 pt row: 0.283333 in; a 3 in box holds the header and 9 rows (2.833 in), not 10 (3.117 in).
    const layout = layoutSlideTable({ header: ['A'], rows: rowsOf(30), width: 3, height: 3 });
    expect(layout.fontSize).toBe(11);
    expect(layout.pages.map((p) => p.length)).toEqual([9, 9, 9, 3]);
    expect(layout.pages.flat()).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });

  it('gives wrapped rows their height: nothing of height 0, nothing past the box', () => {
    const request = 'Khẩn trương rà soát, đề xuất chỉ tiêu năm 2023 cho các phường, xã; báo cáo kết quả về Ban Dân vận trước ngày 30/6/2023.';
    const input = {
      header: ['Đơn vị', 'Yêu cầu', 'Thời hạn', 'Tình trạng'],
      rows: Array.from({ length: 6 }, () => ['Hội LHPN thành phố', request, '30/06/2023', 'Chưa xong']),
      width: 12.33,
      height: 7.33 - 1.96 - 0.4,
    };
    const layout = layoutSlideTable(input);
    for (const page of layout.pages) {
      const used = layout.headerHeight + page.reduce((sum, i) => sum + layout.rowHeights[i]!, 0);
      expect(used).toBeLessThanOrEqual(input.height);
    }
    expect(Math.min(...layout.rowHeights)).toBeGreaterThan(layout.headerHeight - 1e-9);
    expect(layout.columnWidths.reduce((a, b) => a + b, 0)).toBeCloseTo(12.33, 6);
  });
});
