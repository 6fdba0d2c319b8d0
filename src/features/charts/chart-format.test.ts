import { describe, expect, it } from 'vitest';
import { formatValue, shortName, sideAxes, splitLabel } from './chart-format';

describe('chart value texts', () => {
  it.each([
    [1234, 'flow', '1.234'],
    [52.58, 'rate', '52,58%'],
    ['suppressed', 'flow', 'x'],
    [null, 'flow', 'chưa báo cáo'],
    [0, 'flow', '0'],
  ] as const)('%s (%s) → %s', (cell, kind, text) => {
    expect(formatValue(cell, { kind, decimals: 2 }, 'vi', 'chưa báo cáo')).toBe(text);
  });
});

describe('side axes of horizontal bar charts', () => {
  it('fits full names on a wide screen', () => {
    const axes = sideAxes(1300, ['Phường Nguyễn Thị Minh Khai', 'Xã Dương Quang'], 170);
    expect(shortName('Phường Nguyễn Thị Minh Khai', axes.nameChars)).toBe('Phường Nguyễn Thị Minh Khai');
    expect(axes).toMatchObject({ value: 170, twoLines: false });
  });

  it('leaves room for the bars on a phone: shorter names, values on two lines', () => {
    const axes = sideAxes(330, ['Phường Nguyễn Thị Minh Khai'], 170);
    expect(axes.label + axes.value).toBeLessThan(330 * 0.62);
    expect(axes.twoLines).toBe(true);
    expect(shortName('Phường Nguyễn Thị Minh Khai', axes.nameChars)).toMatch(/…$/);
  });

  it.each([
    ['1.234 · đạt 98,2%', ['1.234', 'đạt 98,2%']],
    ['giải ngân 79,5%', ['giải ngân', '79,5%']],
    ['chưa', ['chưa']],
  ])('splits %s', (text, lines) => {
    expect(splitLabel(text)).toEqual(lines);
  });
});
