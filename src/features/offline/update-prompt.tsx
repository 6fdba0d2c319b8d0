import { useI18n } from '@/i18n/i18n-context';
import { applyUpdate } from './service-worker';

/** "Có phiên bản mới": the new deployment waits until the user chooses to reload into it. */
export function UpdatePrompt() {
  const { t } = useI18n();
  return (
    <div className="update-prompt" role="status">
      <span>{t('offline.updateReady')}</span>
      <button type="button" className="button button--primary" onClick={applyUpdate} title={t('offline.updateHint')}>
        {t('offline.update')}
      </button>
    </div>
  );
}
