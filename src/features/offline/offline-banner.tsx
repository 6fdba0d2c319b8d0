import { useEffect, useState } from 'react';
import { apiPaths } from '@/api/contract';
import { formatDateTime } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { savedAt } from './offline-cache';

/**
 * Shown while offline: when the current unit was saved on this device ("Dữ liệu lưu lúc …"), or that
 * only saved parts can be viewed. Views that are not saved say so in their own panel.
 */
export function OfflineBanner({ unitCode, hasData }: { unitCode: string | null; hasData: boolean }) {
  const { t, lang } = useI18n();
  const [saved, setSaved] = useState<{ code: string; at: Date | null } | null>(null);
  useEffect(() => {
    if (!unitCode) return;
    let live = true;
    savedAt(apiPaths.unit(unitCode)).then(
      (at) => live && setSaved({ code: unitCode, at }),
      () => live && setSaved({ code: unitCode, at: null }),
    );
    return () => {
      live = false;
    };
  }, [unitCode]);
  const at = saved && saved.code === unitCode ? saved.at : null;
  let text: string;
  if (at) text = t('offline.banner', { time: formatDateTime(at, lang) });
  else if (hasData) text = t('offline.bannerSession');
  else text = t('offline.bannerUnknown');
  return (
    <p className="offline-banner" role="status">
      {text}
    </p>
  );
}
