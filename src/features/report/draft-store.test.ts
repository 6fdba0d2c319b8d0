import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftKey, type ReportDraft } from '@/domain/report/draft';
import { draftsSnapshot, getRaw, listDrafts, removeDraft, saveDraft, saveFailed, subscribe } from './draft-store';

const draft = (unit: string, savedAt: string): ReportDraft => ({
  version: 1,
  unit,
  unitName: `Đơn vị ${unit}`,
  period: 'phase',
  lang: 'vi',
  savedAt,
  fields: { signer: 'A' },
  requests: null,
});

afterEach(() => {
  for (const { key } of listDrafts()) removeDraft(key);
  localStorage.clear();
});

describe('the draft store', () => {
  it('saves synchronously, notifies, lists newest first and removes', () => {
    const listener = vi.fn();
    const unsubscribe = subscribe(listener);
    expect(saveDraft(draftKey('058', 'phase', 'vi'), draft('058', '2025-07-10T08:00:00.000Z'))).toBe(true);
    saveDraft(draftKey('060', 'phase', 'vi'), draft('060', '2025-07-10T09:00:00.000Z'));
    expect(listener).toHaveBeenCalledTimes(2);
    expect(JSON.parse(localStorage.getItem(draftKey('058', 'phase', 'vi'))!).unit).toBe('058');
    expect(listDrafts().map((d) => d.draft?.unit)).toEqual(['060', '058']);
    expect(draftsSnapshot()).toBe(draftsSnapshot());
    removeDraft(draftKey('060', 'phase', 'vi'));
    expect(draftsSnapshot().map((d) => d.draft?.unit)).toEqual(['058']);
    unsubscribe();
  });

  it('lists a damaged draft so it can be removed, and ignores other keys', () => {
    localStorage.setItem(draftKey('061', 'phase', 'vi'), '{broken');
    localStorage.setItem('someone-else', '1');
    expect(listDrafts()).toEqual([{ key: draftKey('061', 'phase', 'vi'), draft: null }]);
  });

  it('keeps a draft in memory when storage refuses it, and says so', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const key = draftKey('062', 'phase', 'vi');
    expect(saveDraft(key, draft('062', '2025-07-10T08:00:00.000Z'))).toBe(false);
    expect(saveFailed()).toBe(true);
    expect(JSON.parse(getRaw(key)!).unit).toBe('062');
    expect(listDrafts().map((d) => d.key)).toContain(key);
    setItem.mockRestore();
    expect(saveDraft(key, draft('062', '2025-07-10T08:01:00.000Z'))).toBe(true);
    expect(saveFailed()).toBe(false);
    expect(localStorage.getItem(key)).not.toBeNull();
  });
});
