import { useEffect, useRef, useState } from 'react';
import { fetchText } from '@/api/client';
import { formatBytes, formatDateTime, formatNumber } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { apiErrorMessage } from '@/ui/api-error-message';
import { downloadForOffline, type DownloadProgress, type DownloadResult } from './download';
import { downloadPath, openApiCache, storeDocument } from './offline-cache';

type State = { phase: 'idle' } | { phase: 'running'; progress: DownloadProgress } | { phase: 'finished'; result: DownloadResult; at: Date };

class StorageError extends Error {}

/** "Tải về để dùng ngoại tuyến": saves the unit and everything below it, with a progress bar and the size. */
export function DownloadButton({ unitCode, unitName, disabled }: { unitCode: string; unitName: string; disabled: boolean }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [state, setState] = useState<State>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = async () => {
    const abort = new AbortController();
    controller.current = abort;
    setState({ phase: 'running', progress: { done: 0, total: 0, bytes: 0 } });
    const started = new Date();
    let cache: Cache;
    try {
      cache = await openApiCache();
    } catch (error) {
      setState({ phase: 'finished', result: { outcome: 'failed', progress: { done: 0, total: 0, bytes: 0 }, error: new StorageError(String(error)) }, at: started });
      return;
    }
    const result = await downloadForOffline(
      unitCode,
      {
        fetchText: (path, signal) => fetchText(downloadPath(path), signal),
        store: (path, text) => storeDocument(cache, path, text, started).catch((e: unknown) => Promise.reject(new StorageError(String(e)))),
      },
      { signal: abort.signal, onProgress: (progress) => !abort.signal.aborted && setState({ phase: 'running', progress }) },
    );
    if (controller.current === abort) setState({ phase: 'finished', result, at: new Date() });
  };

  const size = (p: DownloadProgress) => formatBytes(p.bytes, lang);
  let status: string | null = null;
  if (state.phase === 'running') {
    const { done, total } = state.progress;
    status = t('offline.progress', { done: formatNumber(done, lang), total: formatNumber(Math.max(total, done), lang), size: size(state.progress) });
  } else if (state.phase === 'finished') {
    const { result } = state;
    const count = formatNumber(result.progress.done, lang);
    if (result.outcome === 'done') status = t('offline.done', { count, size: size(result.progress), unit: unitName, time: formatDateTime(state.at, lang) });
    else if (result.outcome === 'cancelled') status = t('offline.cancelled', { count, size: size(result.progress) });
    else {
      const reason = result.error instanceof StorageError ? t('offline.storageError') : apiErrorMessage(result.error, i18n);
      status = t('offline.failed', { error: reason, count });
    }
  }

  return (
    <div className="offline-download">
      {state.phase === 'running' ? (
        <button type="button" className="button" onClick={() => controller.current?.abort()}>
          {t('offline.cancel')}
        </button>
      ) : (
        <button type="button" className="button" onClick={() => void start()} disabled={disabled} title={t('offline.downloadHint', { unit: unitName })}>
          {t('offline.download')}
        </button>
      )}
      {state.phase === 'running' && (
        <progress className="offline-download__bar" max={Math.max(state.progress.total, 1)} value={state.progress.done} aria-label={t('offline.progressLabel')} />
      )}
      <span className="offline-download__status" role="status">
        {status}
      </span>
    </div>
  );
}
