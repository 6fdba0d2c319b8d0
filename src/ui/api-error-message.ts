import { isApiError, type ApiError } from '@/api/api-error';
import type { I18n } from '@/i18n/i18n-context';
import { registerMessages } from '@/i18n/catalogue';
import { formatBytes } from '@/i18n/format';
import { apiErrors } from '@/i18n/messages/api-errors';

// Its words come with it: the first screen, which shows no failure, does without them.
registerMessages([apiErrors]);

/** Which document an API path is, in words ("Số liệu của đơn vị 058"). */
export function documentName(path: string | undefined, { t }: Pick<I18n, 't'>): string {
  const p = path ?? '';
  if (/\/?meta\.json$/.test(p)) return t('document.meta');
  if (/\/?catalogue\.json$/.test(p)) return t('document.catalogue');
  if (/structure-[\d-]+\.json$/.test(p)) return t('document.structure');
  const match = /(units|boundaries|notes)\/([^/]+)\.json$/.exec(p);
  if (match) return t(match[1] === 'units' ? 'document.unit' : match[1] === 'boundaries' ? 'document.boundaries' : 'document.notes', { code: match[2]! });
  return t('document.other', { path: p });
}

function contractMessage(error: ApiError, i18n: I18n): string {
  const d = error.details;
  return i18n.t('error.contract', {
    document: documentName(d.path, i18n),
    field: d.field || i18n.t('error.wholeDocument'),
    expected: i18n.t(`expected.${d.expected ?? 'valid'}`),
  });
}

/** The Vietnamese (or English) sentence for a failure, saying what went wrong and, where it helps, whom to ask. */
export function apiErrorMessage(error: unknown, i18n: I18n): string {
  const { t, lang } = i18n;
  if (!isApiError(error)) return t('error.unknown');
  const d = error.details;
  switch (error.kind) {
    case 'http':
      return t('error.http', { status: d.status ?? '?' });
    case 'busy':
      return d.retryAfterMs === undefined ? t('error.busy') : t('error.busyRetryAfter', { seconds: Math.max(1, Math.ceil(d.retryAfterMs / 1000)) });
    case 'timeout':
      return t('error.timeout', { seconds: Math.round((d.timeoutMs ?? 0) / 1000) });
    case 'contract':
      return contractMessage(error, i18n);
    case 'too_large':
      return t('error.too_large', { size: formatBytes(d.size ?? 0, lang) });
    default:
      return t(`error.${error.kind}`);
  }
}

/** The technical detail behind a message (folded away on screen), or null when there is none worth showing. */
export function apiErrorTechnical(error: unknown): string | null {
  if (!isApiError(error)) return error instanceof Error ? error.message : null;
  const d = error.details;
  const parts = [d.status === undefined ? null : `HTTP ${d.status}`, d.path ?? null, d.field ? `field: ${d.field}` : null, d.detail || null];
  return parts.some((p) => p !== null) ? parts.filter((p) => p !== null).join(' · ') : null;
}

export function canRetry(error: unknown): boolean {
  return !isApiError(error) || error.retryable;
}
