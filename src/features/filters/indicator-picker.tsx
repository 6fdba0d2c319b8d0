import { useId } from 'react';
import { useNavigate } from 'react-router';
import type { IndicatorDef } from '@/api/contract';
import { CONTENT_AREAS } from '@/domain/indicators';
import { hrefWith, type ViewState } from '@/domain/view-state';
import { useI18n } from '@/i18n/i18n-context';

/** Chooses the indicator that charts, table and map show; grouped by content area. */
export function IndicatorPicker({ indicators, state, selected }: { indicators: readonly IndicatorDef[]; state: ViewState; selected: string }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('indicator.label')}</label>
      <select id={id} value={selected} onChange={(e) => void navigate(hrefWith(state, { indicator: e.target.value }))}>
        {CONTENT_AREAS.map((area) => (
          <optgroup key={area} label={t(`area.${area}`)}>
            {indicators
              .filter((i) => i.area === area)
              .map((i) => (
                <option key={i.code} value={i.code}>
                  {i.code} – {i.name[lang]}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
