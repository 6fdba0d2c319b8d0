import { describe, expect, it } from 'vitest';
import { exportFileName, neutralise, roundTo, safeSheetName } from './export-table';

describe('export helpers', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['Xã =1', 'Xã =1'],
    ['<5', '<5'],
    ['', ''],
  ])('neutralise(%j) = %j', (text, expected) => {
    expect(neutralise(text)).toBe(expected);
  });

  it.each([
    ['06', 'phase', 'csv', 'du-an-8_06_phase.csv'],
    ['058', '2022-01_2023-05', 'xlsx', 'du-an-8_058_2022-01_2023-05.xlsx'],
    ['01846.3', '2023Q2', 'csv', 'du-an-8_01846.3_2023Q2.csv'],
    ['../x y', '2023', 'csv', 'du-an-8_x-y_2023.csv'],
    ['', '', 'csv', 'du-an-8_x_x.csv'],
  ] as const)('exportFileName(%j, %j, %j)', (unit, period, ext, expected) => {
    expect(exportFileName(unit, period, ext)).toBe(expected);
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
