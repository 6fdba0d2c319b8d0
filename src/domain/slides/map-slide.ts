/** What the map slide shows and exports: the children's shapes painted as on the Map view, the legend with counts, the notes, the picture's text. */
import type { Indicator } from '../indicators';
import type { MapFill, MapModel } from '../map-legend';
import { shortName } from '../unit-names';
import type { MapLegendEntry, MapShape, SlideModel, SlidePaint } from './slide-body';
import type { SlideWords } from './slide-words';

/** The boundaries as the slide reads them (the API's boundaries document fits). */
export interface ShapeSource<G> {
  schematic: boolean;
  features: readonly { properties: { code: string; name: string; label?: { at: readonly number[] } | undefined }; geometry: G }[];
}

const paintOf = (fill: MapFill | undefined): SlidePaint =>
  !fill
    ? { kind: 'pattern', special: 'notApplicable' }
    : fill.kind === 'special'
      ? { kind: 'pattern', special: fill.special }
      : { kind: 'colour', colour: fill.colour };

/** The choropleth of the children: shapes with their paint and short name, the legend with counts, the notes, the picture's text. */
export function mapSlideModel<G>(
  model: MapModel,
  boundaries: ShapeSource<G>,
  hasChildren: boolean,
  title: string,
  indicator: Indicator,
  w: SlideWords,
): SlideModel<{ shapes: MapShape<G>[]; legend: MapLegendEntry[]; note: string | undefined }> {
  const { t } = w;
  if (model.entries.length === 0) return { unavailable: t(hasChildren ? 'map.noBoundaries' : 'map.noChildren') };
  const paints = new Map(model.entries.map((e) => [e.code, e.fill]));
  const notes = [indicator.direction === 'lower' ? t('map.lowerIsBetter') : null, boundaries.schematic ? t('present.map.schematic') : null].filter(
    (n): n is string => n !== null,
  );
  const note = notes.join(' ') || undefined;
  const legend = model.legend.map((item) => ({
    key: item.key,
    paint: paintOf(item.fill),
    label: w.mapFill(item.fill, item, model.measure, indicator),
    count: t('map.legendCount', { count: item.count }),
  }));
  const legendText = legend.map((item) => `${item.label} ${item.count}`);
  return {
    unavailable: null,
    shapes: boundaries.features.map((f) => ({
      code: f.properties.code,
      geometry: f.geometry,
      paint: paintOf(paints.get(f.properties.code)),
      label: f.properties.label ? { text: shortName(f.properties.name), at: f.properties.label.at } : null,
    })),
    legend,
    note,
    exported: { kind: 'image', note, legend: legendText, alt: t('present.map.alt', { title, legend: legendText.join('; ') }) },
  };
}
