import { describe, expect, it } from 'vitest';
import { indicator } from '../../../tests/builders/indicator';
import { words } from '../../../tests/builders/slide-words';
import type { LaggingRow } from '../lagging';
import type { IndicatorProgress } from '../unit-progress';
import { conclusionsSlideModel, laggingSlideModel, type ConclusionLike } from './table-slides';

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
    expect(laggingSlideModel([], 'Xã, phường', words)).toEqual({ unavailable: 'present.lagging.none' });
  });

  it.each<[string, number, string[][], string]>([
    [
      'two units: both listed, the caption as footnote',
      2,
      [
        ['1', 'Xã 1', '-2.3', 'Chỉ tiêu A (band decline); Chỉ tiêu B (band slow)'],
        ['2', 'Xã 2', '-1.3', ''],
      ],
      'present.lagging.caption(level=Xã, phường)',
    ],
    ['eleven units: eight listed, three counted', 11, [], 'present.lagging.more(count=3)'],
  ])('%s', (_, count, firstRows, note) => {
    const model = laggingSlideModel(ranked(count), 'Xã, phường', words);
    if (model.unavailable !== null) throw new Error(model.unavailable);
    expect(model.rows).toHaveLength(Math.min(count, 8));
    expect(model.rows.slice(0, firstRows.length).map((r) => r.cells)).toEqual(firstRows);
    expect(model.note).toBe(note);
    expect(model.exported).toMatchObject({
      kind: 'table',
      header: ['present.lagging.rank', 'present.lagging.unit', 'present.lagging.score', 'present.lagging.pulling'],
      numeric: [true, false, true, false],
      note,
    });
  });
});

type Conclusion = ConclusionLike & { id: string };
const conclusion = (id: string, extra: Partial<Conclusion> = {}): Conclusion => ({
  id,
  date: '2024-03-15',
  title: 'Kết luận kiểm tra',
  body: 'Phường   thực hiện tốt\nnhiệm vụ.',
  ...extra,
});
const requests: Conclusion['requests'] = [
  { to: 'UBND phường', text: 'Bổ sung kinh phí', deadline: '2024-06-30', done: false },
  { to: 'Hội LHPN', text: 'Duy trì tổ truyền thông', deadline: null, done: true },
];

describe('conclusions slide', () => {
  it('says so when no conclusion concerns the unit', () => {
    expect(conclusionsSlideModel([], words)).toEqual({ unavailable: 'present.conclusions.none' });
  });

  it('lists the latest conclusion’s requests and counts the others', () => {
    const model = conclusionsSlideModel([conclusion('k2', { documentNumber: '12-KL/BDV', requests }), conclusion('k1')], words);
    if (model.unavailable !== null) throw new Error(model.unavailable);
    expect(model.heading).toBe('Kết luận kiểm tra (present.conclusions.doc(number=12-KL/BDV, date=date 2024-03-15))');
    expect(model.rows).toEqual([
      ['UBND phường', 'Bổ sung kinh phí', 'date 2024-06-30', 'notes.request.open'],
      ['Hội LHPN', 'Duy trì tổ truyền thông', 'notes.request.ongoing', 'notes.request.done'],
    ]);
    expect(model.more).toBe('present.conclusions.more(count=1)');
    expect(model.exported).toMatchObject({
      kind: 'table',
      header: ['notes.request.to', 'notes.request.text', 'notes.request.deadline', 'notes.request.status'],
      note: 'Kết luận kiểm tra (present.conclusions.doc(number=12-KL/BDV, date=date 2024-03-15)) present.conclusions.more(count=1)',
    });
  });

  it('exports the text of a conclusion without requests, its whitespace folded', () => {
    const model = conclusionsSlideModel([conclusion('k1')], words);
    if (model.unavailable !== null) throw new Error(model.unavailable);
    expect(model.exported).toEqual({
      kind: 'text',
      items: [{ heading: 'Kết luận kiểm tra (present.conclusions.docNoNumber(date=date 2024-03-15))', text: 'Phường thực hiện tốt nhiệm vụ.' }],
      note: undefined,
    });
  });
});
