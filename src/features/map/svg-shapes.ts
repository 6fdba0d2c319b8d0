/**
 * The units as Leaflet SVG polygons in one group (a few dozen units): every path carries its unit
 * code and can be described by the tooltip; the pointer handlers are the group's, not one per shape.
 */
import L from 'leaflet';
import type { BoundaryFeature, Boundaries } from '@/api/contract';
import { SHAPE_STYLE, type MapShapes, type ShapeFill, type ShapeHandlers } from './map-shapes';

const BASE_STYLE: L.PathOptions = { color: SHAPE_STYLE.border, weight: SHAPE_STYLE.borderWidth, opacity: 1, fillOpacity: 1 };
const HIGHLIGHT_STYLE: L.PathOptions = { color: SHAPE_STYLE.highlight, weight: SHAPE_STYLE.highlightWidth };

/** GeoJSON positions ([lon, lat]) as Leaflet points, without the detour through L.geoJSON. */
function latLngsOf(geometry: BoundaryFeature['geometry']): L.LatLng[][] | L.LatLng[][][] {
  const ring = (positions: readonly (readonly number[])[]): L.LatLng[] => {
    const out = new Array<L.LatLng>(positions.length);
    for (let i = 0; i < positions.length; i++) out[i] = new L.LatLng(positions[i]![1]!, positions[i]![0]!);
    return out;
  };
  return geometry.type === 'Polygon' ? geometry.coordinates.map(ring) : geometry.coordinates.map((polygon) => polygon.map(ring));
}

export class SvgShapes implements MapShapes {
  private readonly renderer = L.svg({ padding: 0.5 });
  private readonly children = L.featureGroup();
  private readonly outline: L.Polygon | null;
  private readonly byCode = new Map<string, L.Polygon>();
  private readonly featureOf = new Map<L.Layer, BoundaryFeature>();
  private highlighted: string | null = null;
  private map: L.Map | null = null;

  constructor(boundaries: Boundaries, fillOf: (code: string) => ShapeFill, handlers: ShapeHandlers) {
    const renderer = this.renderer;
    for (const f of boundaries.features) {
      const code = f.properties.code;
      const path = new L.Polygon(latLngsOf(f.geometry), { ...BASE_STYLE, renderer, fillColor: fillOf(code) as string });
      this.byCode.set(code, path);
      this.featureOf.set(path, f);
      this.children.addLayer(path);
    }
    const featureAt = (e: L.LeafletEvent) => this.featureOf.get((e as L.LeafletEvent & { propagatedFrom?: L.Layer }).propagatedFrom ?? e.layer);
    this.children.on({
      mouseover: (e: L.LeafletMouseEvent) => {
        const f = featureAt(e);
        if (f) handlers.enter(f, e.latlng);
      },
      mousemove: (e: L.LeafletMouseEvent) => handlers.move(e.latlng),
      mouseout: () => handlers.leave(),
      click: (e: L.LeafletMouseEvent) => {
        const f = featureAt(e);
        if (f) handlers.click(f, e.latlng);
      },
    });
    const outline = boundaries.outline;
    this.outline = outline
      ? new L.Polygon(latLngsOf(outline.geometry), {
          interactive: false,
          renderer,
          fill: false,
          color: SHAPE_STYLE.outline,
          weight: SHAPE_STYLE.outlineWidth(boundaries.features.length),
          opacity: 1,
        })
      : null;
  }

  addTo(map: L.Map): this {
    this.map = map;
    this.children.addTo(map);
    // SVG paths carry their unit code (tests and debugging).
    for (const [code, path] of this.byCode) path.getElement()?.setAttribute('data-unit', code);
    this.outline?.addTo(map);
    return this;
  }

  remove(): void {
    this.children.remove();
    this.outline?.remove();
    this.map?.removeLayer(this.renderer);
    this.map = null;
  }

  highlight(code: string | null): void {
    if (this.highlighted === code) return;
    if (this.highlighted) this.byCode.get(this.highlighted)?.setStyle({ color: BASE_STYLE.color!, weight: BASE_STYLE.weight! });
    this.highlighted = code;
    const path = code ? this.byCode.get(code) : undefined;
    if (!path) return;
    path.setStyle(HIGHLIGHT_STYLE);
    path.bringToFront();
  }

  elementOf(code: string): Element | null {
    return this.byCode.get(code)?.getElement() ?? null;
  }
}
