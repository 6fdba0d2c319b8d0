/** The map view: the children of the current unit coloured by the selected indicator and period. */
import { useCallback, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Boundaries, Catalogue, Meta, UnitDocument } from '@/api/contract';
import { useBoundaries } from '@/api/get-boundaries';
import { config } from '@/config/env';
import type { Indicator } from '@/domain/indicators';
import { buildMapModel, fillPaint, type MapModel } from '@/domain/map-legend';
import { luminance } from '@/domain/palettes';
import { serializeSelection } from '@/domain/periods';
import { drillTo, hrefWith, type ViewState } from '@/domain/view-state';
import { formatDate, formatPeriod } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { NO_EXPORT_CLASS, renderPng } from '@/ui/export-png';
import { useExport } from '@/ui/use-export';
import { Panel, PanelEmpty } from '@/ui/panel';
import { QueryState } from '@/ui/query-state';
import { useDeferredQuery } from '@/ui/use-deferred-query';
import { AfterNextFrame } from '@/ui/after-next-frame';
import type { UnitPaint } from './choropleth-layer';
import { LeafletMap } from './leaflet-map';
import { MapControls } from './map-controls';
import { MapLegendPanel } from './map-legend-panel';
import { MAP_CLASSES, parseMapOptions, rendererFor, withMapOptions, type MapOptions, type RendererKind } from './map-options';
import { canvasPaint, MapPatternDefs } from './map-patterns';
import { entryFigure, type MapText } from '@/ui/map-text';
import { MapTwinTable } from './map-twin-table';
import { useFullscreen } from '@/ui/use-fullscreen';
import './map.css';

export interface MapViewProps {
  doc: UnitDocument;
  catalogue: Catalogue;
  meta: Meta;
  state: ViewState;
  indicator: string;
}

function paintsOf(model: MapModel, text: MapText, renderer: RendererKind): Map<string, UnitPaint> {
  return new Map(
    model.entries.map((e) => {
      const fill = renderer === 'canvas' && e.fill.kind === 'special' ? canvasPaint(e.fill.special) : fillPaint(e.fill);
      const dark = e.fill.kind !== 'special' && luminance(e.fill.colour) < 0.18;
      return [e.code, { fill, dark, lines: [e.name, entryFigure(e, model, text)] }];
    }),
  );
}

export function MapView({ doc, catalogue, meta, state, indicator: code }: MapViewProps) {
  const { t, lang } = useI18n();
  // The view is drawn from the boundaries in a render of its own, in slices, not in the task that received them.
  const boundaries = useDeferredQuery(useBoundaries(doc.unit.code));
  const indicator = catalogue.indicators.find((i) => i.code === code) ?? catalogue.indicators[0];
  const title = t('map.title', { indicator: indicator?.name[lang] ?? '' });
  return (
    <Panel id="map" title={t('view.map')} dataDate={formatDate(meta.dataDate, lang)} resetKey={`${doc.unit.code}|${code}`}>
      {indicator ? (
        <QueryState query={boundaries} height={520}>
          {(b) => <MapBody doc={doc} catalogue={catalogue} meta={meta} state={state} indicator={indicator} boundaries={b} title={title} />}
        </QueryState>
      ) : (
        <PanelEmpty />
      )}
    </Panel>
  );
}

interface BodyProps extends Omit<MapViewProps, 'indicator'> {
  indicator: Indicator;
  boundaries: Boundaries;
  title: string;
}

function MapBody({ doc, catalogue, meta, state, indicator, boundaries, title }: BodyProps) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const options = parseMapOptions(state.extra);
  const figureRef = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(figureRef);
  const [highlight, setHighlight] = useState<{ code: string | null; fromFocus: boolean }>({ code: null, fromFocus: false });
  const png = useExport();
  const pngFailure = png.failureText(t('map.exportFailed'));
  const text: MapText = useMemo(() => ({ t, lang, indicator }), [t, lang, indicator]);
  const drawn = new Set(boundaries.features.map((f) => f.properties.code));
  const model = useMemo(
    () =>
      buildMapModel({
        units: doc.children.filter((c) => drawn.has(c.code)).map((c) => ({ code: c.code, name: c.name, figures: doc.figures[c.code] })),
        indicator,
        indicators: catalogue.indicators,
        axis: meta.quarters,
        phases: meta.phases,
        period: state.period,
        mode: options.mode,
        method: options.method,
        classes: MAP_CLASSES,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [doc, boundaries, indicator, catalogue, meta, state.period, options.mode, options.method],
  );
  const renderer = rendererFor(state.extra, boundaries.features.length);
  const paints = useMemo(() => paintsOf(model, text, renderer), [model, text, renderer]);
  const paintKey = `${indicator.code}|${serializeSelection(state.period)}|${options.mode}|${options.method}|${lang}|${renderer}`;
  const periodText = formatPeriod(state.period, lang);
  const parent = doc.ancestors[doc.ancestors.length - 1];

  const setOptions = (next: MapOptions) => void navigate(hrefWith(state, { extra: withMapOptions(state.extra, next) }), { replace: true });
  const onDrill = useCallback((code: string) => void navigate(drillTo(state, code)), [navigate, state]);
  const onHover = useCallback((code: string | null) => setHighlight({ code, fromFocus: false }), []);
  const onExport = async () => {
    const figure = figureRef.current;
    if (!figure) return;
    const name = { unit: doc.unit.name, view: 'ban-do', details: [indicator.code], period: serializeSelection(state.period), extension: 'png' };
    await png.run('png', name, () => renderPng(figure, { filter: (n) => !n.classList?.contains('leaflet-control-zoom') }));
  };
  const notes = [indicator.direction === 'lower' ? t('map.lowerIsBetter') : null, options.mode === 'status' ? t('map.statusNote') : null].filter(
    (n): n is string => n !== null,
  );

  return (
    <>
      <div className={`map-toolbar ${NO_EXPORT_CLASS}`}>
        <MapControls options={options} onChange={setOptions} />
        <div className="map-actions" role="group" aria-label={t('map.actions')}>
          {parent && (
            <Link className="button" to={drillTo(state, parent.code)} aria-label={t('map.upTo', { unit: parent.name })}>
              {t('map.up')}
            </Link>
          )}
          <button type="button" className="button" disabled={png.busy} onClick={() => void onExport()}>
            {png.busy ? t('map.exporting') : t('map.exportPng')}
          </button>
        </div>
      </div>
      {pngFailure && (
        <p className={`map-export-error ${NO_EXPORT_CLASS}`} role="alert">
          {pngFailure}
        </p>
      )}
      <div ref={figureRef} className={`map-figure${fullscreen.active ? ' map-figure--fullscreen' : ''}`}>
        <MapPatternDefs />
        <div className="map-figure__head">
          <div>
            <p className="map-figure__title">{title}</p>
            <p className="map-figure__subtitle">
              {t('map.subtitle', { unit: doc.unit.name, period: periodText })} · {t('app.dataDate', { date: formatDate(meta.dataDate, lang) })}
            </p>
          </div>
          {/* Inside the figure, so it stays reachable in full screen; never part of the exported image. */}
          {fullscreen.supported && (
            <button type="button" className={`button ${NO_EXPORT_CLASS}`} aria-pressed={fullscreen.active} onClick={fullscreen.toggle}>
              {fullscreen.active ? t('map.exitFullscreen') : t('map.fullscreen')}
            </button>
          )}
        </div>
        <div className={`map-figure__body${boundaries.features.length ? '' : ' map-figure__body--single'}`}>
          <div className="map-figure__map">
            <LeafletMap
              boundaries={boundaries}
              paints={paints}
              renderer={renderer}
              paintKey={paintKey}
              highlighted={highlight.code}
              highlightFromFocus={highlight.fromFocus}
              onHover={onHover}
              onDrill={onDrill}
              label={t('map.region', { unit: doc.unit.name })}
              zoomInTitle={t('map.zoomIn')}
              zoomOutTitle={t('map.zoomOut')}
              tapHint={t('map.tapHint')}
              tile={config.tileUrl ? { url: config.tileUrl, attribution: config.tileAttribution } : null}
              sizeKey={String(fullscreen.active)}
              height={fullscreen.active ? 'calc(100vh - 7rem)' : 520}
            />
          </div>
          {boundaries.features.length > 0 && <MapLegendPanel model={model} text={text} notes={notes} />}
        </div>
        {boundaries.features.length === 0 && <p className="map-figure__note">{doc.children.length ? t('map.noBoundaries') : t('map.noChildren')}</p>}
        <p className="map-figure__note">
          {boundaries.schematic ? (
            <>
              <strong>{t('map.schematic')}</strong>: {t('map.schematicHint')}
            </>
          ) : (
            t('map.officialSource', { source: boundaries.source })
          )}
        </p>
      </div>
      {/* Below the map, in a commit of its own once the map's first steps are done. */}
      {model.entries.length > 0 && (
        <AfterNextFrame idle>
          <MapTwinTable model={model} text={text} state={state} onHighlight={(code, fromFocus) => setHighlight({ code, fromFocus })} />
        </AfterNextFrame>
      )}
    </>
  );
}
