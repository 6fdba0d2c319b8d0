import { useId } from 'react';
import { useNavigate } from 'react-router';
import type { AreaDef, IndicatorDef } from '@/api/contract';
import { hrefWith, type ViewState } from '@/domain/view-state';
import { useI18n } from '@/i18n/i18n-context';

/** Chooses the indicator that charts, table and map show; grouped by content area. */
export function IndicatorPicker({
  areas,
  indicators,
  state,
  selected,
}: {
  areas: readonly AreaDef[];
  indicators: readonly IndicatorDef[];
  state: ViewState;
  selected: string;
}) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('indicator.label')}</label>
      <select id={id} value={selected} onChange={(e) => void navigate(hrefWith(state, { indicator: e.target.value }))}>
        {areas.map((area) => (
          <optgroup key={area.code} label={area.name[lang]}>
            {indicators
              .filter((i) => i.area === area.code)
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
