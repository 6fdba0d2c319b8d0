import { isApiError } from '@/api/api-error';
import type { I18n } from '@/i18n/i18n-context';
import { formatBytes } from '@/i18n/format';

/** The Vietnamese (or English) sentence for a failure, saying what went wrong and, where it helps, whom to ask. */
export function apiErrorMessage(error: unknown, { t, lang }: I18n): string {
  if (!isApiError(error)) return t('error.unknown');
  const d = error.details;
  switch (error.kind) {
    case 'http':
      return t('error.http', { status: d.status ?? '?' });
    case 'timeout':
      return t('error.timeout', { seconds: Math.round((d.timeoutMs ?? 0) / 1000) });
    case 'contract':
      return t('error.contract', { field: d.field ?? '', detail: d.detail ?? '' });
    case 'too_large':
      return t('error.too_large', { size: formatBytes(d.size ?? 0, lang) });
    default:
      return t(`error.${error.kind}`);
  }
}

export function canRetry(error: unknown): boolean {
  return !isApiError(error) || error.retryable;
}
