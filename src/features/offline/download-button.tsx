import { formatBytes, formatDateTime, formatNumber } from '@/i18n/format';
import { useI18n, type I18n } from '@/i18n/i18n-context';
import { apiErrorMessage } from '@/ui/api-error-message';
import type { DownloadProgress } from './download';
import { cancelDownload, startDownload, StorageError, useDownload, type DownloadState } from './download-store';

function statusText(state: DownloadState, i18n: I18n): string | null {
  const { t, lang } = i18n;
  const size = (p: DownloadProgress) => formatBytes(p.bytes, lang);
  if (state.phase === 'idle') return null;
  if (state.phase === 'running') {
    const { done, total } = state.progress;
    return t('offline.progress', {
      unit: state.unitName,
      done: formatNumber(done, lang),
      total: formatNumber(Math.max(total, done), lang),
      size: size(state.progress),
    });
  }
  const { result } = state;
  const count = formatNumber(result.progress.done, lang);
  if (result.outcome === 'done') return t('offline.done', { count, size: size(result.progress), unit: state.unitName, time: formatDateTime(state.at, lang) });
  if (result.outcome === 'cancelled') return t('offline.cancelled', { count, size: size(result.progress) });
  const reason = result.error instanceof StorageError ? t('offline.storageError') : apiErrorMessage(result.error, i18n);
  return t('offline.failed', { error: reason, count });
}

/** "Tải về để dùng ngoại tuyến": saves the unit and everything below it, with a progress bar and the size. */
export function DownloadButton({ unitCode, unitName, disabled }: { unitCode: string; unitName: string; disabled: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const state = useDownload();
  return (
    <div className="offline-download">
      {state.phase === 'running' ? (
        <button type="button" className="button" onClick={cancelDownload}>
          {t('offline.cancel')}
        </button>
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => void startDownload(unitCode, unitName)}
          disabled={disabled}
          title={t('offline.downloadHint', { unit: unitName })}
        >
          {t('offline.download')}
        </button>
      )}
      {state.phase === 'running' && (
        <progress
          className="offline-download__bar"
          max={Math.max(state.progress.total, 1)}
          value={state.progress.done}
          aria-label={t('offline.progressLabel')}
        />
      )}
      <span className="offline-download__status" role="status">
        {statusText(state, i18n)}
      </span>
    </div>
  );
}
