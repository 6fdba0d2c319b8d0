/**
 * The children of a unit as a Leaflet GeoJSON layer: fills, name + figure tooltips (text only,
 * never HTML), hover and keyboard highlight, click to drill (by touch: a first tap shows the
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

export class ChoroplethLayer {
  private readonly children: L.GeoJSON;
  private readonly outline: L.GeoJSON | null;
  private readonly labels = L.layerGroup();
  private readonly byCode = new Map<string, L.Path>();
  private highlighted: string | null = null;
  /** The unit whose tooltip a tap opened: the next tap on it drills. */
  private tapped: string | null = null;
  private readonly measure = measureLabel();
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
    const styleOf = (code: string): L.PathOptions => ({ ...BASE_STYLE, renderer, fillColor: (paints.get(code)?.fill ?? '#e5e7eb') as string });
    this.children = L.geoJSON(undefined, {
      style: (f) => styleOf((f as BoundaryFeature).properties.code),
      onEachFeature: (f, layer) => {
        const code = (f as BoundaryFeature).properties.code;
        const path = layer as L.Path;
        this.byCode.set(code, path);
        path.bindTooltip(textBlock(paints.get(code)?.lines ?? [(f as BoundaryFeature).properties.name], 'map-tooltip'), {
          sticky: true,
          direction: 'top',
          offset: [0, -6],
        });
        path.on({
          mouseover: () => options.onHover(code),
          mouseout: () => options.onHover(null),
          click: () => (this.touched && this.tapped !== code ? this.showTapped(code, path, f as BoundaryFeature) : options.onDrill(code)),
        });
      },
    });
    for (const f of boundaries.features) this.children.addData(f);
    this.outline = boundaries.outline
      ? L.geoJSON(boundaries.outline, {
          interactive: false,
          style: { renderer, fill: false, color: '#111827', weight: boundaries.features.length ? 2.5 : 2, opacity: 1 },
        })
      : null;
  }

  /** A first tap: the unit highlighted, its tooltip open (with how to go on) at its label point. */
  private showTapped(code: string, path: L.Path, f: BoundaryFeature): void {
    this.tapped = code;
    this.options.onHover(code);
    path.setTooltipContent(textBlock([...(this.options.paints.get(code)?.lines ?? [f.properties.name]), this.options.tapHint], 'map-tooltip'));
    const at = f.properties.label?.at;
    path.openTooltip(at ? L.latLng(at[1], at[0]) : undefined);
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
    this.children.remove();
    this.outline?.remove();
    this.labels.remove();
  }

  /** Highlights one unit (hover or keyboard focus in the table twin) and shows its tooltip. */
  highlight(code: string | null, openTooltip: boolean): void {
    if (this.highlighted === code) return;
    if (this.highlighted) {
      const previous = this.byCode.get(this.highlighted);
      previous?.setStyle({ color: BASE_STYLE.color!, weight: BASE_STYLE.weight! });
      previous?.closeTooltip();
    }
    this.highlighted = code;
    const path = code ? this.byCode.get(code) : undefined;
    if (!path || !code) return;
    path.setStyle(HIGHLIGHT_STYLE);
    path.bringToFront();
    const at = this.boundaries.features.find((f) => f.properties.code === code)?.properties.label?.at;
    if (openTooltip) path.openTooltip(at ? L.latLng(at[1], at[0]) : undefined);
  }

  private readonly updateLabels = (): void => {
    this.labels.clearLayers();
    const zoom = this.map.getZoom();
    const size = this.map.getSize();
    const candidates: (LabelCandidate & { at: L.LatLng; text: string })[] = [];
    for (const f of this.boundaries.features) {
      const label = f.properties.label;
      if (!label) continue;
      const text = shortName(f.properties.name);
      if (!labelFits(text, label.radiusKm, label.at[1], zoom)) continue;
      const at = L.latLng(label.at[1], label.at[0]);
      const point = this.map.latLngToContainerPoint(at);
      candidates.push({ key: f.properties.code, x: point.x, y: point.y, width: this.measure(text), height: LABEL_HEIGHT, priority: label.radiusKm, at, text });
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
