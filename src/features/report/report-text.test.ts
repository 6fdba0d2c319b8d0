import { describe, expect, it } from 'vitest';
import type { Cell } from '@/domain/aggregate';
import type { Finding } from '@/domain/report/findings';
import { draftRequests, partyCommitteeOf, requestLine, type RequestContext } from '@/domain/report/requests';
import { comparison, valuePhrase } from '@/domain/report/results';
import type { ReportRow } from '@/domain/report/rows';
import { BUDGET, indicator } from '../../../tests/builders/report-figures';
import { amountText, cellText, lowerFirst, lowerIsBetterText, ratioText, unitInSentence } from '@/domain/report/wording';
import { periodPhrase } from '@/domain/report/document';
import { neutraliseFormula } from '@/domain/report/spreadsheet';
import { createWording } from './report-wording';

const vi = createWording('vi');
const en = createWording('en');
const count = indicator('P8.1.4', 'flow', { unitOfMeasure: { vi: 'hội nghị, sự kiện', en: 'events' } });
const money = BUDGET[0]!;
const rate = indicator('P8.C.2', 'rate', { scale: 100, decimals: 1, unitOfMeasure: { vi: '%', en: '%' } });
const marriage = indicator('P8.O.1', 'flow', {
  direction: 'lower',
  area: 'OUT',
  unitOfMeasure: { vi: 'cặp', en: 'couples' },
  wording: { vi: 'số cặp tảo hôn: {value} cặp', en: 'child-marriage couples: {value}' },
});

describe('numbers written the official way (vi-VN)', () => {
  it.each<[string, number, typeof count, string]>([
    ['a single event with a leading zero', 1, count, '01'],
    ['nine events', 9, count, '09'],
    ['zero stays 0', 0, count, '0'],
    ['tens without padding', 55, count, '55'],
    ['thousands with a dot', 313905, count, '313.905'],
    ['money keeps one decimal', 512.6, money, '512,6'],
    ['money in thousands', 8744, money, '8.744'],
    ['small money is not padded', 7.3, money, '7,3'],
    ['a rate as a percentage', 52.58, rate, '52,6%'],
  ])('%s: %d → %s', (_name, value, ind, expected) => {
    expect(amountText(vi, value, ind)).toBe(expected);
  });

  it.each<[Cell, string]>([
    ['suppressed', 'x'],
    [null, 'chưa báo cáo'],
    [1, '01'],
  ])('a published cell %s reads %s, never a number behind "x"', (cell, expected) => {
    expect(cellText(vi, cell, count)).toBe(expected);
  });

  it.each<[number, typeof count, string]>([
    [1, count, '1'],
    [9, count, '9'],
    [10, count, '10'],
    [313905, count, '313.905'],
    [7.3, money, '7,3'],
  ])('in a table every number is plain: %d → %s', (value, ind, expected) => {
    expect(amountText(vi, value, ind, 'table')).toBe(expected);
    expect(cellText(vi, value, ind, 'table')).toBe(expected);
  });
});

describe('ratio wording', () => {
  it.each<[number, number, string]>([
    [746, 625, '746/625, đạt 119,4%'],
    [231, 100, '231/100, đạt 231%'],
    [1, 4, '01/04, đạt 25%'],
    [1155, 1000, '1.155/1.000, đạt 115,5%'],
    [3, 0, 'chỉ tiêu 0'],
  ])('%d of %d → %s (never capped)', (actual, target, expected) => {
    expect(ratioText(vi, actual, target, count)).toBe(expected);
  });

  it('is in English on the English page', () => {
    expect(ratioText(en, 746, 625, count)).toBe('746/625, 119.4%');
  });
});

describe('lower-is-better wording', () => {
  it('says a count within the ceiling meets the requirement, never "đạt 80%"', () => {
    expect(lowerIsBetterText(vi, 8, 10, marriage, 'chỉ tiêu năm 2023')).toBe('không vượt mức chỉ tiêu năm 2023 (10 cặp), đạt yêu cầu');
  });

  it('says by how much a count exceeds the ceiling', () => {
    expect(lowerIsBetterText(vi, 12, 10, marriage, 'chỉ tiêu năm 2023')).toBe('vượt 02 cặp so với mức chỉ tiêu năm 2023 (10 cặp), chưa đạt yêu cầu');
  });

  it('reads the row comparison the same way', () => {
    const row = (value: Cell, target: number | null, extra: Partial<ReportRow> = {}): ReportRow => ({
      indicator: marriage,
      status: 'ok',
      withheldReason: null,
      figure: { value, reported: 1, expected: 1 },
      target: target === null ? null : { value: target, scope: { kind: 'phase' }, actual: value, year: null },
      targetHidden: false,
      achievement: null,
      noComparison: null,
      parts: null,
      ...extra,
    });
    expect(comparison(vi, row(40, 68))).toBe('không vượt mức chỉ tiêu giai đoạn (68 cặp), đạt yêu cầu');
    // A yearly ceiling over the phase: the 2024 count (70), never the 14-quarter total (252).
    const phase = row(252, 68, { target: { value: 68, scope: { kind: 'phase' }, actual: 70, year: 2024 } });
    expect(comparison(vi, phase)).toBe('riêng năm 2024: 70 cặp, vượt 02 cặp so với mức chỉ tiêu giai đoạn (68 cặp), chưa đạt yêu cầu');
    expect(comparison(vi, row('suppressed', 68))).toBe('số liệu được ẩn để bảo vệ thông tin cá nhân, không tính tỷ lệ');
    expect(comparison(vi, row(0, null, { targetHidden: true }))).toBe('chỉ tiêu được ẩn để bảo vệ thông tin cá nhân');
    expect(valuePhrase(vi, row('suppressed', null))).toBe('số cặp tảo hôn: x cặp');
  });
});

describe('dates, periods and names in sentences', () => {
  it('writes dates as in official documents', () => {
    expect(vi.dateLong('2023-05-15')).toBe('ngày 15 tháng 5 năm 2023');
    expect(vi.date('2023-05-05')).toBe('05/05/2023');
  });

  it.each([
    [
      { kind: 'range', from: { year: 2022, month: 1 }, to: { year: 2023, month: 5 } },
      'quý I/2022 – quý II/2023, gồm cả tháng 6/2023, vì đơn vị báo cáo theo quý',
    ],
    [{ kind: 'phase' }, 'từ đầu giai đoạn đến ngày 30 tháng 6 năm 2025'],
    [{ kind: 'half', year: 2023, half: 1 }, '6 tháng đầu năm 2023'],
    [{ kind: 'quarter', year: 2023, quarter: 2 }, 'quý II/2023'],
  ] as const)('the period %j reads "%s" inside a sentence', (sel, expected) => {
    expect(periodPhrase(vi, sel, '2025-06-30')).toBe(expected);
  });

  it.each([
    ['Thành phố Bắc Kạn', 'Thành phố', 'thành phố Bắc Kạn'],
    ['Tổ Khuổi Pái', 'Tổ dân phố', 'tổ dân phố Khuổi Pái'],
    ['Phường Huyền Tụng', 'Phường', 'phường Huyền Tụng'],
    ['Thôn Nà Pài', 'Thôn', 'thôn Nà Pài'],
  ])('%s (%s) → %s', (name, type, expected) => {
    expect(unitInSentence(vi, { name, type })).toBe(expected);
  });

  it('keeps abbreviations at the start of a sentence', () => {
    expect(lowerFirst('UBND xã chỉ đạo')).toBe('UBND xã chỉ đạo');
    expect(lowerFirst('Khẩn trương rà soát')).toBe('khẩn trương rà soát');
  });

  it('names the Party committee of each level', () => {
    expect(partyCommitteeOf(vi, { name: 'Thành phố Bắc Kạn', type: 'Thành phố', kind: 'district' })).toBe('Ban Thường vụ Thành ủy Bắc Kạn');
    expect(partyCommitteeOf(vi, { name: 'Huyện Pác Nặm', type: 'Huyện', kind: 'district' })).toBe('Ban Thường vụ Huyện ủy Pác Nặm');
    expect(partyCommitteeOf(vi, { name: 'Phường Huyền Tụng', type: 'Phường', kind: 'commune' })).toBe('Đảng ủy phường Huyền Tụng');
    expect(partyCommitteeOf(vi, { name: 'Tỉnh Bắc Kạn', type: 'Tỉnh', kind: 'province' })).toBe('Ban Thường vụ Tỉnh ủy Bắc Kạn');
  });
});

describe('requests drafted from findings', () => {
  const ctx: RequestContext = {
    unit: { name: 'Thành phố Bắc Kạn', type: 'Thành phố', kind: 'district' },
    parent: { name: 'Tỉnh Bắc Kạn', type: 'Tỉnh', kind: 'province' },
    date: '2023-05-15',
    periodText: 'từ tháng 1/2022 đến tháng 5/2023',
  };
  const sessions = indicator('P8.1.3', 'flow', { name: { vi: 'Buổi sinh hoạt của tổ truyền thông cộng đồng', en: 'Team sessions' } });

  it.each<[string, Finding, string]>([
    [
      'missing targets → the unit’s Women’s Union reviews and proposes them within 30 days',
      { kind: 'missingTargets', years: [2022, 2023] },
      '- Hội LHPN thành phố Bắc Kạn khẩn trương rà soát, đề xuất chỉ tiêu thực hiện hằng năm của Dự án 8 (năm 2022 và 2023), báo cáo Hội LHPN tỉnh Bắc Kạn để tổng hợp, trình giao chỉ tiêu. Thời hạn: trước ngày 14 tháng 6 năm 2023.',
    ],
    [
      'an indicator behind → speed up by the end of the year',
      { kind: 'behind', indicator: sessions, value: 137, target: 161, scope: { kind: 'year', year: 2023 }, year: null, ratio: 137 / 161 },
      '- Hội LHPN thành phố Bắc Kạn tập trung chỉ đạo, đẩy nhanh tiến độ thực hiện chỉ tiêu “Buổi sinh hoạt của tổ truyền thông cộng đồng” (hiện đạt 137/161, đạt 85,1%), phấn đấu hoàn thành chỉ tiêu năm 2023. Thời hạn: trước ngày 31 tháng 12 năm 2023.',
    ],
    [
      'a lower-is-better indicator above its ceiling → bring it down, no percentage',
      {
        kind: 'behind',
        indicator: { ...marriage, name: { vi: 'Số cặp tảo hôn', en: 'Child marriages' } },
        value: 12,
        target: 10,
        scope: { kind: 'year', year: 2023 },
        year: null,
        ratio: 1.2,
      },
      '- Hội LHPN thành phố Bắc Kạn tăng cường truyền thông, phối hợp với các ngành liên quan can thiệp, đưa “Số cặp tảo hôn” về mức chỉ tiêu năm 2023 (10 cặp). Thời hạn: trước ngày 31 tháng 12 năm 2023.',
    ],
    [
      'incomplete reports → report fully within 30 days',
      { kind: 'incompleteReports', reported: 94, expected: 108, units: [] },
      '- Hội LHPN thành phố Bắc Kạn chỉ đạo các đơn vị trực thuộc thực hiện đầy đủ, đúng hạn chế độ báo cáo định kỳ; bổ sung số liệu còn thiếu từ tháng 1/2022 đến tháng 5/2023. Thời hạn: trước ngày 14 tháng 6 năm 2023.',
    ],
    [
      'slow disbursement → the People’s Committee',
      { kind: 'lowDisbursement', allocated: 200, disbursed: 50, ratio: 0.25 },
      '- Ủy ban nhân dân thành phố Bắc Kạn chỉ đạo các cơ quan chuyên môn phối hợp với Hội LHPN cùng cấp tháo gỡ vướng mắc, đẩy nhanh tiến độ giải ngân kinh phí Dự án 8 (hiện đạt 25%). Thời hạn: trước ngày 31 tháng 12 năm 2023.',
    ],
    [
      'no budget → the Party committee, an ongoing task',
      { kind: 'noBudget' },
      '- Ban Thường vụ Thành ủy Bắc Kạn quan tâm lãnh đạo, chỉ đạo bố trí, lồng ghép nguồn lực thực hiện Dự án 8 trên địa bàn. Thời hạn: thường xuyên.',
    ],
  ])('%s', (_name, finding, expected) => {
    const [request] = draftRequests([finding], ctx, vi);
    expect(requestLine(vi, request!)).toBe(expected);
  });

  it('gives one request per finding, each with its own id, and asks the body above to assign missing targets', () => {
    const requests = draftRequests([{ kind: 'missingTargets', years: [2022] }, { kind: 'noBudget' }], ctx, vi);
    expect(requests.map((r) => r.id)).toEqual(['missingTargets', 'noBudget', 'assignTargets']);
    expect(requestLine(vi, requests[2]!)).toMatch(
      /^- Hội LHPN tỉnh Bắc Kạn hướng dẫn, xem xét giao chỉ tiêu thực hiện hằng năm của Dự án 8 \(năm 2022\) cho thành phố Bắc Kạn\. Thời hạn: trước ngày/,
    );
  });

  it('writes a request without addressee or deadline as typed', () => {
    expect(requestLine(vi, { to: '', text: 'Tiếp tục theo dõi', deadline: null })).toBe('- Tiếp tục theo dõi. Thời hạn: thường xuyên.');
  });
});

describe('spreadsheet safety', () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rCR', "'\rCR"],
    ['Thành phố Bắc Kạn', 'Thành phố Bắc Kạn'],
  ])('%j → %j', (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });
});
