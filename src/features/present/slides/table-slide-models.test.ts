import { describe, expect, it } from 'vitest';
import type { Note } from '@/api/contract';
import type { LaggingRow } from '@/domain/lagging';
import type { IndicatorProgress } from '@/domain/unit-progress';
import { translate } from '@/i18n/catalogue';
import type { I18n } from '@/i18n/i18n-context';
import { indicator } from '../../../../tests/builders/indicator';
import { conclusionsSlideModel, laggingSlideModel } from './table-slide-models';

const vi: I18n = { lang: 'vi', t: (key, params) => translate('vi', key, params) };

const pulling = (code: string, band: 'slow' | 'decline'): IndicatorProgress =>
  ({ indicator: indicator(code, 'flow', { name: { vi: `Chỉ tiêu ${code}`, en: code } }), assessment: { kind: 'assessed', measured: { band } } }) as never;
const ranked = (n: number): LaggingRow[] =>
  Array.from(
    { length: n },
    (_, i) =>
      ({
        code: `C${i + 1}`,
        name: `Xã ${i + 1}`,
        parentName: null,
        rank: i + 1,
        progress: { score: -2.26 + i },
        pulling: i === 0 ? [pulling('A', 'decline'), pulling('B', 'slow')] : [],
      }) as never,
  );

describe('lagging slide', () => {
  it('says so when no unit could be assessed', () => {
    expect(laggingSlideModel([], 'Xã, phường', vi)).toEqual({ unavailable: 'Chưa có đơn vị nào đủ số liệu và chỉ tiêu để đánh giá tiến độ.' });
  });

  it.each<[string, number, string[][], string]>([
    [
      'two units: both listed, the caption as footnote',
      2,
      [
        ['1', 'Xã 1', '−2,3', 'Chỉ tiêu A (Đi xuống); Chỉ tiêu B (Chậm tiến độ)'],
        ['2', 'Xã 2', '−1,3', ''],
      ],
      'Xã, phường xếp theo điểm tiến độ tổng hợp (từ −5 đến +5), đơn vị chậm nhất trước',
    ],
    ['eleven units: eight listed, three counted', 11, [], 'Và 3 đơn vị khác (xem màn hình Tiến độ).'],
  ])('%s', (_, count, firstRows, note) => {
    const model = laggingSlideModel(ranked(count), 'Xã, phường', vi);
    if (model.unavailable !== null) throw new Error(model.unavailable);
    expect(model.rows).toHaveLength(Math.min(count, 8));
    expect(model.rows.slice(0, firstRows.length).map((r) => r.cells)).toEqual(firstRows);
    expect(model.note).toBe(note);
    expect(model.exported).toMatchObject({
      kind: 'table',
      header: ['Hạng', 'Đơn vị', 'Điểm', 'Chỉ tiêu kéo điểm xuống'],
      numeric: [true, false, true, false],
      note,
    });
  });
});

const conclusion = (id: string, extra: Partial<Note> = {}): Note => ({
  id,
  unit: '01846',
  unitName: 'Phường Huyền Tụng',
  type: 'conclusion',
  date: '2024-03-15',
  periodFrom: '2024-01',
  periodTo: '2024-03',
  author: 'Ban Dân vận',
  title: 'Kết luận kiểm tra',
  body: 'Phường   thực hiện tốt\nnhiệm vụ.',
  ...extra,
});
const requests: Note['requests'] = [
  { to: 'UBND phường', text: 'Bổ sung kinh phí', deadline: '2024-06-30', done: false },
  { to: 'Hội LHPN', text: 'Duy trì tổ truyền thông', deadline: null, done: true },
];

describe('conclusions slide', () => {
  it('says so when no conclusion concerns the unit', () => {
    expect(conclusionsSlideModel([], vi)).toEqual({ unavailable: 'Chưa có kết luận kiểm tra nào liên quan đến đơn vị về kỳ này.' });
  });

  it('lists the latest conclusion’s requests and counts the others', () => {
    const model = conclusionsSlideModel([conclusion('k2', { documentNumber: '12-KL/BDV', requests }), conclusion('k1')], vi);
    if (model.unavailable !== null) throw new Error(model.unavailable);
    expect(model.heading).toBe('Kết luận kiểm tra (Số 12-KL/BDV, ngày 15/03/2024)');
    expect(model.rows).toEqual([
      ['UBND phường', 'Bổ sung kinh phí', '30/06/2024', 'Chưa thực hiện'],
      ['Hội LHPN', 'Duy trì tổ truyền thông', 'Thường xuyên', 'Đã thực hiện'],
    ]);
    expect(model.more).toBe('Và 1 kết luận khác (xem màn hình Ghi chú, kiểm tra).');
    expect(model.exported).toMatchObject({
      kind: 'table',
      header: ['Đơn vị thực hiện', 'Nội dung', 'Thời hạn', 'Tình trạng'],
      note: 'Kết luận kiểm tra (Số 12-KL/BDV, ngày 15/03/2024) Và 1 kết luận khác (xem màn hình Ghi chú, kiểm tra).',
    });
  });

  it('exports the text of a conclusion without requests, its whitespace folded', () => {
    const model = conclusionsSlideModel([conclusion('k1')], vi);
    if (model.unavailable !== null) throw new Error(model.unavailable);
    expect(model.exported).toEqual({
      kind: 'text',
      items: [{ heading: 'Kết luận kiểm tra (Ngày 15/03/2024)', text: 'Phường thực hiện tốt nhiệm vụ.' }],
      note: undefined,
    });
  });
});
