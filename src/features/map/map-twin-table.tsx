import { Link } from 'react-router';
import { fillPaint, type MapModel } from '@/domain/map-legend';
import { drillTo, type ViewState } from '@/domain/view-state';
import { compareVietnamese, formatNumber } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { entryFigure, fillLabel, formatRatio, formatValue, type MapText } from '@/ui/map-text';
import { Swatch } from './map-patterns';
import { TableScroll } from '@/ui/table-scroll';

interface Props {
  model: MapModel;
  text: MapText;
  state: ViewState;
  /** Keyboard focus or pointer on a row highlights the unit on the map. */
  onHighlight: (code: string | null, fromFocus: boolean) => void;
}

/** The same units and figures as the map, as a table: usable with the keyboard and a screen reader. */
export function MapTwinTable({ model, text, state, onHighlight }: Props) {
  const { t, lang } = useI18n();
  const rows = [...model.entries].sort((a, b) => compareVietnamese(a.name, b.name));
  const legendOf = new Map(model.legend.map((l) => [l.key, l]));
  return (
    <div className="map-twin">
      <TableScroll label={t('map.twinTitle')}>
        <table className="map-twin__table">
          <caption>
            {t('map.twinTitle')}
            <span className="map-twin__hint">{t('map.twinHint')}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('map.col.unit')}</th>
              <th scope="col">{t('map.col.value')}</th>
              <th scope="col">{t('map.col.target')}</th>
              <th scope="col">{t('map.col.achievement')}</th>
              <th scope="col">{t('map.col.class')}</th>
              <th scope="col">{t('map.col.reports')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => {
              const key = e.fill.kind === 'class' ? `class-${e.fill.index}` : '';
              return (
                <tr key={e.code} onMouseEnter={() => onHighlight(e.code, false)} onMouseLeave={() => onHighlight(null, false)}>
                  <th scope="row">
                    <Link to={drillTo(state, e.code)} onFocus={() => onHighlight(e.code, true)} onBlur={() => onHighlight(null, true)}>
                      {e.name}
                    </Link>
                  </th>
                  <td className="num">
                    {e.fill.kind === 'special' && (e.fill.special === 'withheld' || e.fill.special === 'notApplicable')
                      ? entryFigure(e, model, text)
                      : formatValue(e, text)}
                  </td>
                  <td className="num">{e.target === null ? '' : formatNumber(e.target, lang, text.indicator.decimals)}</td>
                  <td className="num">{e.ratio === null ? '' : formatRatio(e.ratio, lang)}</td>
                  <td>
                    <span className="map-twin__class">
                      <Swatch paint={fillPaint(e.fill)} size={14} />
                      {fillLabel(e.fill, legendOf.get(key), model.measure, text)}
                    </span>
                  </td>
                  <td className="num">{e.expected > 0 ? `${formatNumber(e.reported, lang)}/${formatNumber(e.expected, lang)}` : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
