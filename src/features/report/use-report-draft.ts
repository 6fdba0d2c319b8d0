import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { FieldId, ReportText } from '@/domain/report/document';
import {
  applyDraft,
  draftKey,
  isEmptyDraft,
  parseDraft,
  withField,
  withoutField,
  withoutRequests,
  withRequests,
  type DraftIdentity,
  type ReportDraft,
} from '@/domain/report/draft';
import type { ReportRequest } from '@/domain/report/requests';
import { getRaw, removeDraft, saveDraft, saveFailed, subscribe } from './draft-store';

export interface ReportDraftState {
  /** The notice as shown: generated text with the draft's edits on top (null while it is being built). */
  text: ReportText | null;
  draft: ReportDraft | null;
  /** A stored draft exists but cannot be read. */
  damaged: boolean;
  /** The last save reached only memory, not browser storage. */
  storageFailed: boolean;
  setField: (field: FieldId, value: string) => void;
  resetField: (field: FieldId) => void;
  setRequests: (requests: ReportRequest[]) => void;
  resetRequests: () => void;
  resetAll: () => void;
}

const now = () => new Date().toISOString();

/** The draft of one notice (unit + period + language), saved on every change. */
export function useReportDraft(identity: DraftIdentity, generated: ReportText | null): ReportDraftState {
  const key = draftKey(identity.unit, identity.period, identity.lang);
  const raw = useSyncExternalStore(
    subscribe,
    () => getRaw(key),
    () => null,
  );
  const storageFailed = useSyncExternalStore(subscribe, saveFailed, () => false);
  const draft = useMemo(() => parseDraft(raw), [raw]);
  const text = useMemo(() => (generated ? applyDraft(generated, draft) : null), [generated, draft]);

  // Always start from what is stored now, never from a render's copy: no keystroke is lost.
  const current = useCallback(() => parseDraft(getRaw(key)), [key]);
  const commit = useCallback((next: ReportDraft) => (isEmptyDraft(next) ? removeDraft(key) : void saveDraft(key, next)), [key]);

  const { unit, unitName, period, lang } = identity;
  return {
    text,
    draft,
    damaged: raw !== null && draft === null,
    storageFailed,
    setField: (field, value) => {
      if (generated) commit(withField(current(), { unit, unitName, period, lang }, generated, field, value, now()));
    },
    resetField: (field) => {
      const d = current();
      if (d) commit(withoutField(d, field, now()));
    },
    setRequests: (requests) => commit(withRequests(current(), { unit, unitName, period, lang }, requests, now())),
    resetRequests: () => {
      const d = current();
      if (d) commit(withoutRequests(d, now()));
    },
    resetAll: () => removeDraft(key),
  };
}
