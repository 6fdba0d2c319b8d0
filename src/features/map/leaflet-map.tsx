/** The Leaflet map: no tile layer unless configured, scale bar, zoom buttons in the UI language, the choropleth. */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import { MapContainer, ScaleControl, TileLayer, useMap, ZoomControl } from 'react-leaflet';
import type { Boundaries } from '@/api/contract';
import { unitLonLat, type Box } from '@/domain/projected-shapes';
import { AfterNextFrame } from '@/ui/after-next-frame';
import { afterNextFrame } from '@/ui/next-task';
import { ChoroplethLayer, type UnitPaint } from './choropleth-layer';
import type { RendererKind } from './map-options';
import { projectedOf } from './projected-boundaries';

export interface LeafletMapProps {
  boundaries: Boundaries;
  paints: ReadonlyMap<string, UnitPaint>;
  renderer: RendererKind;
  /** Changes when the drawing must be redone (indicator, period, mode…). */
  paintKey: string;
  highlighted: string | null;
  /** The highlight came from the keyboard (table twin): open the tooltip too. */
  highlightFromFocus: boolean;
  onHover: (code: string | null) => void;
  onDrill: (code: string) => void;
  label: string;
  zoomInTitle: string;
  zoomOutTitle: string;
  tapHint: string;
  tile: { url: string; attribution: string } | null;
  /** Changes when the container changes size (full screen). */
  sizeKey: string;
  height: number | string;
}

function Choropleth({ boundaries, paints, renderer, paintKey, highlighted, highlightFromFocus, onHover, onDrill, tapHint }: LeafletMapProps) {
  const map = useMap();
  const layerRef = useRef<ChoroplethLayer | null>(null);
  const handlers = useRef({ onHover, onDrill });
  useEffect(() => {
    handlers.current = { onHover, onDrill };
  }, [onHover, onDrill]);

  useEffect(() => {
    const layer = new ChoroplethLayer(map, boundaries, {
      renderer,
      paints,
      onHover: (code) => handlers.current.onHover(code),
      onDrill: (code) => handlers.current.onDrill(code),
      tapHint,
    }).addTo();
    layerRef.current = layer;
    // The names in a task of their own after the frame that shows the shapes (placing them measures text and adds markers).
    let live = true;
    void afterNextFrame().then(() => live && layer.showLabels());
    return () => {
      live = false;
      layer.remove();
      layerRef.current = null;
    };
    // paints are rebuilt with paintKey; boundaries change with the unit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, boundaries, renderer, paintKey]);

  useEffect(() => {
    layerRef.current?.highlight(highlighted, highlightFromFocus);
  }, [highlighted, highlightFromFocus, paintKey]);
  return null;
}

/** A box of the reference projection (y grows southwards) as Leaflet bounds. */
function boundsOf(box: Box | null): L.LatLngBounds | null {
  if (!box) return null;
  const [west, north] = unitLonLat(box[0], box[1]);
  const [east, south] = unitLonLat(box[2], box[3]);
  return L.latLngBounds([south, west], [north, east]);
}

/** Fits the view to the children (or the unit's own outline) on a new unit and whenever the container changes size. */
function FitToUnits({ sizeKey, boundaries }: { sizeKey: string; boundaries: Boundaries }) {
  const map = useMap();
  useEffect(() => {
    // From the projection the shapes are drawn with (once per document), not another walk over every position.
    const bounds = boundsOf(projectedOf(boundaries).fit);
    const fit = () => {
      const el = map.getContainer();
      // A container being removed or hidden has no size: fitting it would compute NaN coordinates.
      if (!el.isConnected || el.clientWidth === 0 || el.clientHeight === 0) return;
      map.invalidateSize({ pan: false });
      if (bounds) map.fitBounds(bounds, { padding: [12, 12], animate: false });
    };
    fit();
    let last = `${map.getContainer().clientWidth}x${map.getContainer().clientHeight}`;
    const observer = new ResizeObserver(() => {
      const size = `${map.getContainer().clientWidth}x${map.getContainer().clientHeight}`;
      if (size !== last) fit();
      last = size;
    });
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map, sizeKey, boundaries]);
  return null;
}

/** The zoom on the container (data-zoom), for tests and debugging: pinch, buttons and fitting all change it. */
function ZoomState() {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    const show = () => el.setAttribute('data-zoom', String(map.getZoom()));
    show();
    map.on('zoomend', show);
    return () => void map.off('zoomend', show);
  }, [map]);
  return null;
}

/** Accessible name of the map region, set on Leaflet's own focusable container. */
function ContainerLabel({ label }: { label: string }) {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    el.setAttribute('role', 'region');
    el.setAttribute('aria-label', label);
  }, [map, label]);
  return null;
}

/**
 * The map is set up in steps, each in a task after the frame that showed the one before: the frame (its height reserved, with the view around it),
 * then Leaflet's map, then its controls and the view fitted to the units, then the shapes, then their names.
 */
export function LeafletMap(props: LeafletMapProps) {
  const { tile, height, label, zoomInTitle, zoomOutTitle, sizeKey, boundaries } = props;
  return (
    // MapContainer keeps its first style: the height (520 px, or the screen in full screen) is set on a wrapper.
    <div className="leaflet-map-frame" style={{ height }}>
      <AfterNextFrame>
        <MapContainer
          className="leaflet-map"
          style={{ height: '100%' }}
          center={[22.15, 105.83]}
          zoom={9}
          zoomSnap={0.25}
          zoomControl={false}
          attributionControl={tile !== null}
          scrollWheelZoom={false}
        >
          {/* The controls with the fit, in a task after the frame that showed the map: Leaflet's creation of the map is a task of its own. */}
          <AfterNextFrame>
            {tile && <TileLayer url={tile.url} attribution={tile.attribution} />}
            <ZoomControl position="topleft" zoomInTitle={zoomInTitle} zoomOutTitle={zoomOutTitle} />
            <ScaleControl position="bottomleft" imperial={false} />
            <ContainerLabel label={label} />
            <ZoomState />
            <FitToUnits sizeKey={sizeKey} boundaries={boundaries} />
            <AfterNextFrame>
              <Choropleth {...props} />
            </AfterNextFrame>
          </AfterNextFrame>
        </MapContainer>
      </AfterNextFrame>
    </div>
  );
}
