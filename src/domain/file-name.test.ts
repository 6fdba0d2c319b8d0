import { describe, expect, it } from 'vitest';
import { exportFileName, fileNamePart, isoDate } from './file-name';

describe('fileNamePart', () => {
  it.each([
    ['Thành phố Bắc Kạn', 'thanh-pho-bac-kan'],
    ['Xã Đồng Thắng', 'xa-dong-thang'],
    ['Tổ Khuổi Pái', 'to-khuoi-pai'],
    ['P8.1.5', 'p8.1.5'],
    ['  ..Hội nghị / "đặc biệt"  ', 'hoi-nghi-dac-biet'],
    ['Ư ơ ă â ê ô', 'u-o-a-a-e-o'],
  ])('%s → %s', (text, expected) => expect(fileNamePart(text)).toBe(expected));
});

describe('exportFileName', () => {
  it('names unit, view, details, period and date in that order, in ASCII', () => {
    expect(exportFileName({ unit: 'Thành phố Bắc Kạn', view: 'bản đồ', details: ['P8.1.1'], period: '2023', date: '2026-12-05', extension: 'png' })).toBe(
      'du-an-8_thanh-pho-bac-kan_ban-do_p8.1.1_2023_2026-12-05.png',
    );
  });

  it.each([
    ['2022-01_2023-05', '2022q1-2023q2'],
    ['2022-03_2022-04', '2022q1-2022q2'],
    ['2024-10_2024-12', '2024q4-2024q4'],
    ['2023', '2023'],
    ['2023-H2', '2023-h2'],
  ])('names the period %s as %s', (period, part) => {
    expect(exportFileName({ unit: 'Tỉnh Bắc Kạn', view: 'bang', period, date: '2026-01-01', extension: 'csv' })).toBe(
      `du-an-8_tinh-bac-kan_bang_${part}_2026-01-01.csv`,
    );
  });

  it('names a month range by the quarters it holds and leaves out empty parts', () => {
    expect(
      exportFileName({
        unit: 'Phường Huyền Tụng',
        view: 'thong-bao-ket-luan',
        details: ['', '…'],
        period: '2022-01_2023-05',
        date: '2023-05-15',
        extension: 'docx',
      }),
    ).toBe('du-an-8_phuong-huyen-tung_thong-bao-ket-luan_2022q1-2023q2_2023-05-15.docx');
  });

  it('cuts a very long unit name to 60 characters without a trailing dash', () => {
    const name = exportFileName({ unit: 'Ủy ban '.repeat(20), view: 'x', period: 'phase', date: '2026-01-01', extension: 'csv' });
    const unit = name.split('_')[1]!;
    expect(unit.length).toBeLessThanOrEqual(60);
    expect(unit.endsWith('-')).toBe(false);
    expect(unit.startsWith('uy-ban-uy-ban')).toBe(true);
  });
});

describe('isoDate', () => {
  it('uses the local calendar date with zero padding', () => {
    expect(isoDate(new Date(2023, 4, 5, 23, 59))).toBe('2023-05-05');
    expect(isoDate(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });
});
