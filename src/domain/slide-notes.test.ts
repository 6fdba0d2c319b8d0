import { describe, expect, it } from 'vitest';
import { composeNotes, extremes, keyFigures, type NotesBody } from './slide-notes';

const plain = (v: number, decimals: number) => v.toFixed(decimals);

const bars: NotesBody = {
  kind: 'bars',
  decimals: 0,
  categories: ['Xã Bằng Thành', 'Xã Nhạn Môn (chưa báo cáo)', 'Xã Cao Tân *'],
  series: [
    { name: 'Kết quả', values: [12, null, 3] },
    { name: 'Chỉ tiêu', values: [10, 8, null] },
  ],
};

describe('key figures of a slide', () => {
  it('names every category with the values of each series, never a missing value as 0', () => {
    expect(keyFigures(bars, plain).lines).toEqual([
      'Xã Bằng Thành: Kết quả 12; Chỉ tiêu 10',
      'Xã Nhạn Môn (chưa báo cáo): Chỉ tiêu 8',
      'Xã Cao Tân *: Kết quả 3',
    ]);
  });

  it('reads a table row as "first cell: header value; …", leaving out empty cells', () => {
    const table: NotesBody = { kind: 'table', header: ['Chỉ tiêu', 'Kết quả', 'Chỉ tiêu kỳ', 'Đạt'], rows: [['Tổ truyền thông', '12 tổ', '', '120%']] };
    expect(keyFigures(table, plain).lines).toEqual(['Tổ truyền thông: Kết quả 12 tổ; Đạt 120%']);
  });

  it('keeps at most `max` lines and counts the rest', () => {
    const many: NotesBody = { kind: 'text', items: Array.from({ length: 5 }, (_, i) => ({ heading: `Ý ${i + 1}` })) };
    expect(keyFigures(many, plain, 3)).toEqual({ lines: ['Ý 1', 'Ý 2', 'Ý 3'], more: 2 });
  });

  it('reads a map from its legend and a message as itself', () => {
    expect(keyFigures({ kind: 'image', legend: ['0–5: 3 đơn vị', 'Chưa báo cáo: 1 đơn vị'] }, plain).lines).toEqual([
      '0–5: 3 đơn vị',
      'Chưa báo cáo: 1 đơn vị',
    ]);
    expect(keyFigures({ kind: 'message', text: 'Chưa có số liệu' }, plain).lines).toEqual(['Chưa có số liệu']);
  });
});

describe('highest and lowest', () => {
  it('skips points without a value', () => {
    expect(extremes(bars)).toEqual({ high: { label: 'Xã Bằng Thành', value: 12 }, low: { label: 'Xã Cao Tân *', value: 3 } });
  });

  it('needs two values', () => {
    expect(extremes({ ...bars, series: [{ name: 'Kết quả', values: [null, null, 4] }] })).toBeNull();
    expect(extremes({ kind: 'message', text: 'x' })).toBeNull();
  });
});

describe('composed notes', () => {
  it('puts the presenter first and the source last, with a bullet per figure', () => {
    expect(
      composeNotes({ presenter: '  Nhấn mạnh tổ 2. ', summary: 'Cao nhất: Tổ 2.', figures: ['Tổ 2: 5', 'Tổ 3: 1'], source: 'Nguồn: Hội LHPN tỉnh.' }),
    ).toBe('Nhấn mạnh tổ 2.\n\nCao nhất: Tổ 2.\n\n• Tổ 2: 5\n• Tổ 3: 1\n\nNguồn: Hội LHPN tỉnh.');
  });

  it('leaves out what is empty', () => {
    expect(composeNotes({ presenter: '', summary: null, figures: [], source: 'Nguồn: x.' })).toBe('Nguồn: x.');
  });
});
