/**
 * A draft is what the user typed over the generated notice: edited fields and, once touched, the
 * whole request list. It is kept apart from the data (only in the browser), keyed by unit, period
 * and language, and read back defensively: a damaged draft is never half-applied.
 */
import { FIELD_IDS, type FieldId, type ReportText } from './document';
import type { ReportRequest } from './requests';

export const DRAFT_VERSION = 1;
export const DRAFT_PREFIX = 'da8.report-draft.v1|';

export interface ReportDraft {
  version: typeof DRAFT_VERSION;
  unit: string;
  unitName: string;
  /** Serialized period ("2022-01_2023-05", "phase"). */
  period: string;
  lang: string;
  /** ISO timestamp of the last change. */
  savedAt: string;
  fields: Partial<Record<FieldId, string>>;
  /** The whole request list once the user changed it; null = use the drafted requests. */
  requests: ReportRequest[] | null;
}

export const draftKey = (unit: string, period: string, lang: string): string => `${DRAFT_PREFIX}${unit}|${period}|${lang}`;

const isString = (v: unknown): v is string => typeof v === 'string';

function parseRequest(value: unknown): ReportRequest | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (!isString(r.id) || !isString(r.to) || !isString(r.text)) return null;
  const deadline = r.deadline === null || (isString(r.deadline) && /^\d{4}-\d{2}-\d{2}$/.test(r.deadline)) ? (r.deadline as string | null) : null;
  return { id: r.id, to: r.to, text: r.text, deadline };
}

/** A stored draft, or null when it is missing, from another version or damaged. */
export function parseDraft(raw: string | null): ReportDraft | null {
  if (!raw) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (d.version !== DRAFT_VERSION || !isString(d.unit) || !isString(d.period) || !isString(d.lang) || !isString(d.savedAt)) return null;
  if (Number.isNaN(Date.parse(d.savedAt))) return null;
  const fields: Partial<Record<FieldId, string>> = {};
  if (typeof d.fields === 'object' && d.fields !== null) {
    for (const id of FIELD_IDS) {
      const v = (d.fields as Record<string, unknown>)[id];
      if (isString(v)) fields[id] = v;
    }
  }
  let requests: ReportRequest[] | null = null;
  if (Array.isArray(d.requests)) {
    requests = d.requests.map(parseRequest).filter((r): r is ReportRequest => r !== null);
  }
  return {
    version: DRAFT_VERSION,
    unit: d.unit,
    unitName: isString(d.unitName) ? d.unitName : d.unit,
    period: d.period,
    lang: d.lang,
    savedAt: d.savedAt,
    fields,
    requests,
  };
}

/** The notice as the user sees it: generated text with the draft's edits on top. */
export function applyDraft(generated: ReportText, draft: ReportDraft | null): ReportText {
  if (!draft) return generated;
  return { fields: { ...generated.fields, ...draft.fields }, requests: draft.requests ?? generated.requests };
}

export interface DraftIdentity {
  unit: string;
  unitName: string;
  period: string;
  lang: string;
}

const emptyDraft = (id: DraftIdentity, now: string): ReportDraft => ({ version: DRAFT_VERSION, ...id, savedAt: now, fields: {}, requests: null });

/** True when the draft holds no edit at all (then it need not be stored). */
export const isEmptyDraft = (d: ReportDraft): boolean => Object.keys(d.fields).length === 0 && d.requests === null;

/** A field edited; typing the generated text back removes the edit. */
export function withField(draft: ReportDraft | null, id: DraftIdentity, generated: ReportText, field: FieldId, value: string, now: string): ReportDraft {
  const base = draft ?? emptyDraft(id, now);
  const fields = { ...base.fields };
  if (value === generated.fields[field]) delete fields[field];
  else fields[field] = value;
  return { ...base, unitName: id.unitName, fields, savedAt: now };
}

/** One field back to the generated text. */
export function withoutField(draft: ReportDraft, field: FieldId, now: string): ReportDraft {
  const fields = { ...draft.fields };
  delete fields[field];
  return { ...draft, fields, savedAt: now };
}

/** The request list replaced (edited, deleted from or added to). */
export function withRequests(draft: ReportDraft | null, id: DraftIdentity, requests: ReportRequest[], now: string): ReportDraft {
  const base = draft ?? emptyDraft(id, now);
  return { ...base, unitName: id.unitName, requests, savedAt: now };
}

/** The request list back to the drafted one. */
export function withoutRequests(draft: ReportDraft, now: string): ReportDraft {
  return { ...draft, requests: null, savedAt: now };
}
