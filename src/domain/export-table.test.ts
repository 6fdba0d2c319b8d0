import { describe, expect, it } from 'vitest';
import { neutralise, roundTo, safeSheetName } from './export-table';

describe('export helpers', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['Xã =1', 'Xã =1'],
    ['x', 'x'],
    ['', ''],
  ])('neutralise(%j) = %j', (text, expected) => {
    expect(neutralise(text)).toBe(expected);
  });

  it.each([
    ['Tỉnh Bắc Kạn', 'Tỉnh Bắc Kạn'],
    ['A/B\\C?D*E[F]G:H', 'A B C D E F G H'],
    ["'quoted'", 'quoted'],
    ['Thành phố Bắc Kạn và các đơn vị trực thuộc', 'Thành phố Bắc Kạn và các đơn vị'],
    ['History', 'Sheet1'],
    ['[]', 'Sheet1'],
  ])('safeSheetName(%j) = %j', (name, expected) => {
    const out = safeSheetName(name);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(31);
  });

  it('rounds without float noise', () => {
    expect(roundTo(0.1 + 0.2, 2)).toBe(0.3);
    expect(roundTo(85.29411, 1)).toBe(85.3);
  });
});
