/**
 * The children of a unit as one group of Leaflet polygons: fills, one name + figure tooltip filled
 * when it opens (text only, never HTML), hover and keyboard highlight, click to drill (by touch: a first tap shows the
 * unit's tooltip, a second tap on it drills); the parent's outline on top; names where they fit
 * without overlapping each other or running off the map. Plain Leaflet, driven by the React
 * component around it.
 */
import L from 'leaflet';
import type { BoundaryFeature, Boundaries } from '@/api/contract';
import { placeLabels, type LabelCandidate } from '@/domain/label-collision';
import { shortName } from '@/domain/unit-names';
import { labelFits, labelWidthPx } from './label-placement';

export interface UnitPaint {
  /** A colour, an SVG pattern reference (svg renderer) or a canvas pattern (canvas renderer). */
  fill: string | CanvasPattern;
  /** Tooltip lines: the name first, then the figure. */
  lines: string[];
  /** Dark fill: labels drawn in white. */
  dark: boolean;
}

export interface ChoroplethOptions {
  renderer: L.Renderer;
  paints: ReadonlyMap<string, UnitPaint>;
  onDrill: (code: string) => void;
  onHover: (code: string | null) => void;
  /** Added to a tooltip opened by a tap: "Chạm lần nữa để xem đơn vị này". */
  tapHint: string;
}

/** Height of a label's line box, px (map.css: 12 px type). */
const LABEL_HEIGHT = 16;

/** Width of a label as drawn (the UI font at 12 px, semibold), or an estimate where text cannot be measured. */
function measureLabel(): (text: string) => number {
  const context = typeof document !== 'undefined' ? document.createElement('canvas').getContext?.('2d') : null;
  if (!context) return (text) => labelWidthPx(text);
  context.font = `600 12px ${getComputedStyle(document.body).fontFamily}`;
  return (text) => Math.ceil(context.measureText(text).width) + 2;
}

const BASE_STYLE: L.PathOptions = { color: '#374151', weight: 1, opacity: 1, fillOpacity: 1 };
const HIGHLIGHT_STYLE: L.PathOptions = { color: '#111827', weight: 3 };

function textBlock(lines: readonly string[], className: string): HTMLElement {
  const box = document.createElement('div');
  box.className = className;
  lines.forEach((line, i) => {
    const el = document.createElement(i === 0 ? 'strong' : 'div');
    el.textContent = line;
    box.append(el);
  });
  return box;
}

/** GeoJSON positions ([lon, lat]) as Leaflet points, without the detour through L.geoJSON. */
function latLngsOf(geometry: BoundaryFeature['geometry']): L.LatLng[][] | L.LatLng[][][] {
  const ring = (positions: readonly (readonly number[])[]): L.LatLng[] => {
    const out = new Array<L.LatLng>(positions.length);
    for (let i = 0; i < positions.length; i++) out[i] = new L.LatLng(positions[i]![1]!, positions[i]![0]!);
    return out;
  };
  return geometry.type === 'Polygon' ? geometry.coordinates.map(ring) : geometry.coordinates.map((polygon) => polygon.map(ring));
}

interface LabelText {
  text: string;
  /** Drawn width, px; measured the first time the label fits. */
  width: number | null;
}

/** Short names and their widths, once per boundary document (the layer is rebuilt for every new paint). */
const labelTexts = new WeakMap<Boundaries, Map<string, LabelText>>();

function labelTextsOf(boundaries: Boundaries): Map<string, LabelText> {
  let texts = labelTexts.get(boundaries);
  if (!texts) {
    texts = new Map(boundaries.features.map((f) => [f.properties.code, { text: shortName(f.properties.name), width: null }]));
    labelTexts.set(boundaries, texts);
  }
  return texts;
}

export class ChoroplethLayer {
  /** One group for every shape: the pointer handlers and the tooltip are the group's, not one per shape. */
  private readonly children = L.featureGroup();
  private readonly outline: L.Polygon | null;
  private readonly labels = L.layerGroup();
  private readonly byCode = new Map<string, L.Polygon>();
  private readonly featureOf = new Map<L.Layer, BoundaryFeature>();
  /** The one tooltip, filled for the unit under the pointer (or focused in the table twin) when it opens. */
  private readonly tooltip = L.tooltip({ direction: 'top', offset: [0, -6] });
  private tooltipCode: string | null = null;
  private highlighted: string | null = null;
  /** The unit whose tooltip a tap opened: the next tap on it drills. */
  private tapped: string | null = null;
  private readonly measure = measureLabel();
  private readonly labelTexts: Map<string, LabelText>;
  /** The last press on the map was a finger's (its click then only shows the unit first). */
  private touched = false;
  private readonly onPress = (e: Event): void => {
    this.touched = e.type === 'touchstart' || (e as PointerEvent).pointerType === 'touch';
  };

  constructor(
    private readonly map: L.Map,
    private readonly boundaries: Boundaries,
    private readonly options: ChoroplethOptions,
  ) {
    const { renderer, paints } = options;
    for (const f of boundaries.features) {
      const code = f.properties.code;
      const path = new L.Polygon(latLngsOf(f.geometry), { ...BASE_STYLE, renderer, fillColor: (paints.get(code)?.fill ?? '#e5e7eb') as string });
      this.byCode.set(code, path);
      this.featureOf.set(path, f);
      this.children.addLayer(path);
    }
    this.children.on({
      mouseover: (e: L.LeafletMouseEvent) => this.enter(e),
      mousemove: (e: L.LeafletMouseEvent) => this.tooltipCode !== null && this.tooltip.setLatLng(e.latlng),
      mouseout: () => this.leave(),
      click: (e: L.LeafletMouseEvent) => this.press(e),
    });
    this.labelTexts = labelTextsOf(boundaries);
    const outline = boundaries.outline;
    this.outline = outline
      ? new L.Polygon(latLngsOf(outline.geometry), {
          interactive: false,
          renderer,
          fill: false,
          color: '#111827',
          weight: boundaries.features.length ? 2.5 : 2,
          opacity: 1,
        })
      : null;
  }

  private featureAt(e: L.LeafletEvent): BoundaryFeature | undefined {
    return this.featureOf.get((e as L.LeafletEvent & { propagatedFrom?: L.Layer }).propagatedFrom ?? e.layer);
  }

  /** Opens the tooltip for a unit at a point, with its lines (and more, e.g. the tap hint). */
  private openTooltip(f: BoundaryFeature, at: L.LatLngExpression, extra: readonly string[] = []): void {
    const code = f.properties.code;
    this.tooltip.setContent(textBlock([...(this.options.paints.get(code)?.lines ?? [f.properties.name]), ...extra], 'map-tooltip'));
    this.tooltip.setLatLng(at);
    if (!this.map.hasLayer(this.tooltip)) this.tooltip.openOn(this.map);
    this.tooltipCode = code;
    // As a tooltip bound to an SVG path does: the shape is described by its tooltip.
    const id = this.tooltip.getElement()?.id;
    if (id) this.byCode.get(code)?.getElement()?.setAttribute('aria-describedby', id);
  }

  private closeTooltip(): void {
    this.tooltipCode = null;
    this.tooltip.close();
  }

  private enter(e: L.LeafletMouseEvent): void {
    const f = this.featureAt(e);
    if (!f) return;
    this.openTooltip(f, e.latlng);
    this.options.onHover(f.properties.code);
  }

  private leave(): void {
    this.closeTooltip();
    this.options.onHover(null);
  }

  private press(e: L.LeafletMouseEvent): void {
    const f = this.featureAt(e);
    if (!f) return;
    const code = f.properties.code;
    if (!this.touched || this.tapped === code) {
      this.options.onDrill(code);
      return;
    }
    // A first tap: the unit highlighted, its tooltip open (with how to go on) at its label point.
    this.tapped = code;
    this.options.onHover(code);
    this.openTooltip(f, this.labelPoint(f) ?? e.latlng, [this.options.tapHint]);
  }

  private labelPoint(f: BoundaryFeature | undefined): L.LatLng | null {
    const at = f?.properties.label?.at;
    return at ? L.latLng(at[1], at[0]) : null;
  }

  addTo(): this {
    this.children.addTo(this.map);
    // SVG paths carry their unit code (tests and debugging); canvas paths have no element.
    for (const [code, path] of this.byCode) path.getElement()?.setAttribute('data-unit', code);
    this.outline?.addTo(this.map);
    this.labels.addTo(this.map);
    this.map.on('zoomend moveend resize', this.updateLabels);
    for (const type of ['pointerdown', 'touchstart']) this.map.getContainer().addEventListener(type, this.onPress, { capture: true, passive: true });
    this.updateLabels();
    return this;
  }

  remove(): void {
    this.map.off('zoomend moveend resize', this.updateLabels);
    for (const type of ['pointerdown', 'touchstart']) this.map.getContainer().removeEventListener(type, this.onPress, { capture: true });
    this.closeTooltip();
    this.children.remove();
    this.outline?.remove();
    this.labels.remove();
  }

  /** Highlights one unit (hover or keyboard focus in the table twin) and shows its tooltip. */
  highlight(code: string | null, openTooltip: boolean): void {
    if (this.highlighted === code) return;
    if (this.highlighted) {
      this.byCode.get(this.highlighted)?.setStyle({ color: BASE_STYLE.color!, weight: BASE_STYLE.weight! });
      if (this.tooltipCode === this.highlighted) this.closeTooltip();
    }
    this.highlighted = code;
    const path = code ? this.byCode.get(code) : undefined;
    if (!path) return;
    path.setStyle(HIGHLIGHT_STYLE);
    path.bringToFront();
    if (!openTooltip) return;
    const f = this.featureOf.get(path)!;
    this.openTooltip(f, this.labelPoint(f) ?? path.getBounds().getCenter());
  }

  private readonly updateLabels = (): void => {
    this.labels.clearLayers();
    const zoom = this.map.getZoom();
    const size = this.map.getSize();
    const candidates: (LabelCandidate & { at: L.LatLng; text: string })[] = [];
    for (const f of this.boundaries.features) {
      const label = f.properties.label;
      const name = this.labelTexts.get(f.properties.code);
      if (!label || !name) continue;
      if (!labelFits(name.text, label.radiusKm, label.at[1], zoom)) continue;
      name.width ??= this.measure(name.text);
      const at = L.latLng(label.at[1], label.at[0]);
      const point = this.map.latLngToContainerPoint(at);
      candidates.push({
        key: f.properties.code,
        x: point.x,
        y: point.y,
        width: name.width,
        height: LABEL_HEIGHT,
        priority: label.radiusKm,
        at,
        text: name.text,
      });
    }
    const byKey = new Map(candidates.map((c) => [c.key, c]));
    for (const key of placeLabels(candidates, { width: size.x, height: size.y })) {
      const c = byKey.get(key)!;
      const dark = this.options.paints.get(key)?.dark ?? false;
      const html = textBlock([c.text], `map-label${dark ? ' map-label--on-dark' : ''}`);
      // The names are in the table twin too: screen readers get them there, once.
      html.setAttribute('aria-hidden', 'true');
      html.dataset.unit = key;
      const icon = L.divIcon({ className: 'map-label-icon', html, iconSize: undefined });
      L.marker(c.at, { icon, interactive: false, keyboard: false }).addTo(this.labels);
    }
  };
}
