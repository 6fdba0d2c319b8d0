import { describe, expect, it } from 'vitest';
import { FIELD_IDS, type ReportText } from './document';
import { applyDraft, draftKey, isEmptyDraft, parseDraft, withField, withoutField, withoutRequests, withRequests, type ReportDraft } from './draft';

const fields = Object.fromEntries(FIELD_IDS.map((id) => [id, `generated ${id}`])) as ReportText['fields'];
const generated: ReportText = {
  fields,
  requests: [{ id: 'missingTargets', to: 'Hội LHPN thành phố Bắc Kạn', text: 'Khẩn trương rà soát…', deadline: '2023-06-14' }],
};
const id = { unit: '058', unitName: 'Thành phố Bắc Kạn', period: '2022-01_2023-05', lang: 'vi' };
const T1 = '2025-07-10T08:00:00.000Z';
const T2 = '2025-07-10T08:05:00.000Z';

describe('report drafts', () => {
  it('keys a draft by unit, period and language', () => {
    expect(draftKey('058', '2022-01_2023-05', 'vi')).toBe('da8.report-draft.v1|058|2022-01_2023-05|vi');
  });

  it('keeps only what was edited, and forgets an edit typed back to the generated text', () => {
    const edited = withField(null, id, generated, 'opening', 'Đoạn mở đầu đã sửa', T1);
    expect(edited).toMatchObject({ unit: '058', savedAt: T1, fields: { opening: 'Đoạn mở đầu đã sửa' }, requests: null });
    expect(applyDraft(generated, edited).fields.opening).toBe('Đoạn mở đầu đã sửa');
    expect(applyDraft(generated, edited).fields.results).toBe('generated results');
    const back = withField(edited, id, generated, 'opening', 'generated opening', T2);
    expect(back.fields).toEqual({});
    expect(isEmptyDraft(back)).toBe(true);
  });

  it('takes over the whole request list once it is changed, and can give it back', () => {
    const requests = [
      { ...generated.requests[0]!, text: 'Đã sửa đề nghị' },
      { id: 'user-1', to: '', text: 'Đề nghị thêm', deadline: null },
    ];
    const draft = withRequests(null, id, requests, T1);
    expect(applyDraft(generated, draft).requests).toEqual(requests);
    expect(applyDraft(generated, withoutRequests(draft, T2)).requests).toEqual(generated.requests);
    expect(applyDraft(generated, withRequests(null, id, [], T1)).requests).toEqual([]);
  });

  it('resets one field without touching the others', () => {
    const draft = withField(withField(null, id, generated, 'opening', 'A', T1), id, generated, 'closing', 'B', T1);
    expect(withoutField(draft, 'opening', T2).fields).toEqual({ closing: 'B' });
  });

  it('round-trips through storage', () => {
    const draft = withRequests(withField(null, id, generated, 'signer', 'Nguyễn Văn A', T1), id, generated.requests, T2);
    expect(parseDraft(JSON.stringify(draft))).toEqual(draft);
  });

  it.each<[string, string | null]>([
    ['nothing stored', null],
    ['not JSON', '{"version":1,'],
    ['another version', JSON.stringify({ version: 2, unit: '058', period: 'phase', lang: 'vi', savedAt: T1, fields: {} })],
    ['no unit', JSON.stringify({ version: 1, period: 'phase', lang: 'vi', savedAt: T1, fields: {} })],
    ['an array', '[]'],
    ['a save time that is not a time', JSON.stringify({ version: 1, unit: '058', period: 'phase', lang: 'vi', savedAt: 'hôm qua', fields: {} })],
  ])('ignores a damaged draft: %s', (_name, raw) => {
    expect(parseDraft(raw)).toBeNull();
  });

  it('reads what it can of a draft with stray parts: unknown fields, non-text values and broken requests are dropped', () => {
    const raw = JSON.stringify({
      version: 1,
      unit: '058',
      period: 'phase',
      lang: 'vi',
      savedAt: T1,
      fields: { opening: 'ok', results: 42, evil: '<script>' },
      requests: [{ id: 'a', to: 'X', text: 'Y', deadline: 'tomorrow' }, { id: 'b' }, null],
    });
    const draft = parseDraft(raw) as ReportDraft;
    expect(draft.fields).toEqual({ opening: 'ok' });
    expect(draft.requests).toEqual([{ id: 'a', to: 'X', text: 'Y', deadline: null }]);
    expect(draft.unitName).toBe('058');
  });
});
