import { fillPaint, type MapModel } from '@/domain/map-legend';
import { useI18n } from '@/i18n/i18n-context';
import { fillLabel, type MapText } from '@/ui/map-text';
import { Swatch } from './map-patterns';

/** The legend: one entry per fill on the map (classes with their ranges, bands, and the reasons for no number). */
export function MapLegendPanel({ model, text, notes }: { model: MapModel; text: MapText; notes: string[] }) {
  const { t } = useI18n();
  return (
    <div className="map-legend" role="group" aria-labelledby="map-legend-title">
      <p className="map-legend__title" id="map-legend-title">
        {t('map.legend')}
      </p>
      <ul className="map-legend__list">
        {model.legend.map((item) => (
          <li key={item.key} className="map-legend__item" data-legend-fill={fillPaint(item.fill)}>
            <Swatch paint={fillPaint(item.fill)} />
            <span>{fillLabel(item.fill, item, model.measure, text)}</span>
            <span className="map-legend__count">{t('map.legendCount', { count: item.count })}</span>
          </li>
        ))}
      </ul>
      {notes.map((note) => (
        <p key={note} className="map-legend__note">
          {note}
        </p>
      ))}
    </div>
  );
}
