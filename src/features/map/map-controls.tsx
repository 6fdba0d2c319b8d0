import { useId } from 'react';
import { CLASS_METHODS, type ClassMethod } from '@/domain/classify';
import { MAP_MODES, type MapMode } from '@/domain/map-legend';
import { useI18n } from '@/i18n/i18n-context';
import type { MapOptions } from './map-options';

/** Colour mode and classification; both live in the URL. */
export function MapControls({ options, onChange }: { options: MapOptions; onChange: (next: MapOptions) => void }) {
  const { t } = useI18n();
  const modeId = useId();
  const methodId = useId();
  return (
    <div className="map-controls" role="group" aria-label={t('map.options')}>
      <label htmlFor={modeId}>{t('map.mode')}</label>
      <select id={modeId} value={options.mode} onChange={(e) => onChange({ ...options, mode: e.target.value as MapMode })}>
        {MAP_MODES.map((m) => (
          <option key={m} value={m}>
            {t(`map.mode.${m}`)}
          </option>
        ))}
      </select>
      <label htmlFor={methodId}>{t('map.method')}</label>
      <select
        id={methodId}
        value={options.method}
        disabled={options.mode === 'status'}
        onChange={(e) => onChange({ ...options, method: e.target.value as ClassMethod })}
      >
        {CLASS_METHODS.map((m) => (
          <option key={m} value={m}>
            {t(`map.method.${m}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
