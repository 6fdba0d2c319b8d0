import { Suspense, useEffect, useSyncExternalStore } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { withDownloadMessages } from '@/i18n/load-view-messages';
import { lazyView } from '@/ui/lazy-view';
import { OfflineBanner } from './offline-banner';
import { canDownloadForOffline } from './offline-cache';
import { registerServiceWorker, useRegistrationFailed, useUpdateReady } from './service-worker';
import { UpdatePrompt } from './update-prompt';
import { useOnline } from './use-online';
import './offline.css';

// The download and its store are not needed for the first screen: they load when the button can show.
const DownloadButton = lazyView(withDownloadMessages(() => import('./download-button').then((m) => m.DownloadButton)));

const unchanging = () => () => {};
/**
 * True in a page rendered at build time and while the app adopts it, so both draw the same: the
 * button is in the page from the first paint, and does not push the page down when the app takes
 * over. A browser that cannot save for offline use (a page over plain http) removes it then.
 */
const useCanDownload = () => useSyncExternalStore(unchanging, canDownloadForOffline, () => true);

/**
 * Holds the button's place while its code loads, so that the page below does not move down when it
 * arrives (a view drawn by the app rather than adopted from the page).
 */
const DownloadPlaceholder = () => (
  <div className="offline-download" aria-hidden="true">
    <span className="button offline-download__placeholder">{'\u00a0'}</span>
  </div>
);

interface Props {
  unitCode: string | null;
  /** Set once the unit document is loaded. */
  unitName: string | undefined;
}

/** Offline state of the app: the offline banner, the new-version prompt and the download for meetings. */
export function OfflineBar({ unitCode, unitName }: Props) {
  const { t } = useI18n();
  const online = useOnline();
  const updateReady = useUpdateReady();
  const registrationFailed = useRegistrationFailed();
  useEffect(() => registerServiceWorker(), []);
  const canDownload = useCanDownload();
  const downloadable = !registrationFailed && canDownload && unitCode !== null && unitName !== undefined;
  if (online && !updateReady && !downloadable && !registrationFailed) return null;
  return (
    <section className="offline-bar no-print" aria-label={t('offline.region')}>
      {!online && <OfflineBanner unitCode={unitCode} hasData={unitName !== undefined} />}
      {updateReady && <UpdatePrompt />}
      {downloadable && (
        <Suspense fallback={<DownloadPlaceholder />}>
          <DownloadButton unitCode={unitCode} unitName={unitName} disabled={!online} />
        </Suspense>
      )}
      {registrationFailed && <p className="offline-bar__note">{t('offline.unavailable')}</p>}
    </section>
  );
}
