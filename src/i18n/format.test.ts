import { describe, expect, it } from 'vitest';
import {
  compareVietnamese,
  formatCell,
  formatClock,
  formatCountPadded,
  formatDate,
  formatDateLong,
  formatElapsed,
  formatNumber,
  formatPercent,
  formatPeriod,
} from './format';
import { PHASE_2021_2025, PHASE_2026_2030 } from '../../tests/builders/phases';

describe('vi-VN formatting', () => {
  it.each([
    [formatNumber(313905, 'vi'), '313.905'],
    [formatNumber(52.58, 'vi', 2), '52,58'],
    [formatNumber(8744, 'en'), '8,744'],
    [formatPercent(1.155, 'vi'), '115,5%'],
    [formatPercent(2.31, 'vi', 0), '231%'],
    [formatCountPadded(1, 'vi'), '01'],
    [formatCountPadded(12, 'vi'), '12'],
    [formatCell(null, 'vi'), 'chưa báo cáo'],
    [formatCell('suppressed', 'vi'), 'x'],
    [formatCell(0, 'vi'), '0'],
    [formatDate('2025-06-30', 'vi'), '30/06/2025'],
    [formatDateLong('2023-05-15', 'vi'), 'ngày 15 tháng 5 năm 2023'],
    [formatPeriod({ kind: 'quarter', year: 2023, quarter: 2 }, 'vi'), 'Quý II/2023'],
    [formatPeriod({ kind: 'half', year: 2023, half: 1 }, 'vi'), '6 tháng đầu năm 2023'],
    [formatPeriod({ kind: 'phase', phase: PHASE_2021_2025 }, 'vi'), 'Giai đoạn 2021 - 2025'],
    [formatPeriod({ kind: 'phase', code: '2026-2030', phase: PHASE_2026_2030 }, 'vi'), 'Giai đoạn 2026 - 2030'],
    [formatPeriod({ kind: 'phase', phase: PHASE_2026_2030 }, 'en'), 'Phase 2026–2030'],
    [formatPeriod({ kind: 'phase', code: '2026-2030' }, 'vi'), 'Giai đoạn 2026-2030'],
    [formatPeriod({ kind: 'phase' }, 'vi'), 'Giai đoạn'],
    [
      formatPeriod({ kind: 'range', from: { year: 2022, month: 1 }, to: { year: 2023, month: 5 } }, 'vi'),
      'Quý I/2022 – Quý II/2023, gồm cả tháng 6/2023, vì đơn vị báo cáo theo quý',
    ],
    [
      formatPeriod({ kind: 'range', from: { year: 2022, month: 3 }, to: { year: 2023, month: 4 } }, 'vi'),
      'Quý I/2022 – Quý II/2023, gồm cả tháng 1–2/2022 và tháng 5–6/2023, vì đơn vị báo cáo theo quý',
    ],
    [formatPeriod({ kind: 'range', from: { year: 2022, month: 1 }, to: { year: 2023, month: 6 } }, 'vi'), 'Quý I/2022 – Quý II/2023'],
    [
      formatPeriod({ kind: 'range', from: { year: 2022, month: 1 }, to: { year: 2023, month: 5 } }, 'en'),
      'Q1 2022 – Q2 2023, including 6/2023, as units report by quarter',
    ],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('sorts in Vietnamese order: Đ after D, tones grouped with their letter', () => {
    const names = ['Đồng Xá', 'Dương Quang', 'Ân Tình', 'Bằng Vân', 'An Thắng', 'Ba Bể', 'Xuất Hoá', 'Đức Xuân'];
    expect([...names].sort(compareVietnamese)).toEqual(['An Thắng', 'Ân Tình', 'Ba Bể', 'Bằng Vân', 'Dương Quang', 'Đồng Xá', 'Đức Xuân', 'Xuất Hoá']);
  });
});

describe('the presenter’s clock', () => {
  it.each([
    [0, '0:00'],
    [59_999, '0:59'],
    [754_000, '12:34'],
    [3_723_000, '1:02:03'],
    [-5_000, '0:00'],
  ])('%d ms elapsed reads %s', (ms, expected) => {
    expect(formatElapsed(ms, 'vi')).toBe(expected);
  });

  it('shows the time of day on 24 hours', () => {
    expect(formatClock(new Date(2025, 4, 20, 9, 5), 'vi')).toBe('09:05');
    expect(formatClock(new Date(2025, 4, 20, 14, 30), 'en')).toBe('14:30');
  });
});
