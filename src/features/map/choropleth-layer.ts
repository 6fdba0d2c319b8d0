/**
 * The children of a unit on the map (SVG paths or a canvas layer, map-shapes.ts): fills, one name + figure tooltip filled
 * when it opens (text only, never HTML), hover and keyboard highlight, click to drill (by touch: a first tap shows the
 * unit's tooltip, a second tap on it drills); the parent's outline on top; names where they fit
 * without overlapping each other or running off the map. Plain Leaflet, driven by the React
 * component around it.
 */
import L from 'leaflet';
import type { BoundaryFeature, Boundaries } from '@/api/contract';
import { placeLabels, type LabelCandidate } from '@/domain/label-collision';
import { shortName } from '@/domain/unit-names';
import { extentOf } from '@/domain/geo-extent';
import { CanvasShapes } from './canvas-shapes';
import { labelFits, labelMayFit, labelWidthPx } from './label-placement';
import { SHAPE_STYLE, type MapShapes, type ShapeFill } from './map-shapes';
import type { RendererKind } from './map-options';
import { SvgShapes } from './svg-shapes';

export interface UnitPaint {
  /** A colour, an SVG pattern reference (svg renderer) or a canvas pattern (canvas renderer). */
  fill: ShapeFill;
  /** Tooltip lines: the name first, then the figure. */
  lines: string[];
  /** Dark fill: labels drawn in white. */
  dark: boolean;
}

export interface ChoroplethOptions {
  /** SVG paths for a few dozen units, a canvas layer of its own for more (map-options.ts). */
  renderer: RendererKind;
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

interface LabelText {
  text: string;
  /** Drawn width, px; measured the first time the label fits. */
  width: number | null;
}

/** Short names and their widths, once per boundary document (the layer is rebuilt for every new paint), each worked out the first time its label may fit. */
const labelTexts = new WeakMap<Boundaries, Map<string, LabelText>>();

function labelTextOf(boundaries: Boundaries, f: BoundaryFeature): LabelText {
  let texts = labelTexts.get(boundaries);
  if (!texts) {
    texts = new Map();
    labelTexts.set(boundaries, texts);
  }
  let text = texts.get(f.properties.code);
  if (!text) {
    text = { text: shortName(f.properties.name), width: null };
    texts.set(f.properties.code, text);
  }
  return text;
}

export class ChoroplethLayer {
  /** The units' shapes: the pointer handlers and the tooltip are the layer's, not one per shape. */
  private readonly shapes: MapShapes;
  private readonly labels = L.layerGroup();
  /** The one tooltip, filled for the unit under the pointer (or focused in the table twin) when it opens. */
  private readonly tooltip = L.tooltip({ direction: 'top', offset: [0, -6] });
  private tooltipCode: string | null = null;
  private highlighted: string | null = null;
  /** The unit whose tooltip a tap opened: the next tap on it drills. */
  private tapped: string | null = null;
  /** Made when a first label fits (a canvas context and the body's font: a style recalculation). */
  private measure: ((text: string) => number) | null = null;
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
    const fillOf = (code: string) => options.paints.get(code)?.fill ?? SHAPE_STYLE.blank;
    const handlers = {
      enter: (f: BoundaryFeature, at: L.LatLng) => this.enter(f, at),
      move: (at: L.LatLng) => this.tooltipCode !== null && this.tooltip.setLatLng(at),
      leave: () => this.leave(),
      click: (f: BoundaryFeature, at: L.LatLng) => this.press(f, at),
    };
    this.shapes = options.renderer === 'canvas' ? new CanvasShapes(boundaries, fillOf, handlers) : new SvgShapes(boundaries, fillOf, handlers);
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
    if (id) this.shapes.elementOf(code)?.setAttribute('aria-describedby', id);
  }

  private closeTooltip(): void {
    this.tooltipCode = null;
    this.tooltip.close();
  }

  private enter(f: BoundaryFeature, at: L.LatLng): void {
    this.openTooltip(f, at);
    this.options.onHover(f.properties.code);
  }

  private leave(): void {
    this.closeTooltip();
    this.options.onHover(null);
  }

  private press(f: BoundaryFeature, at: L.LatLng): void {
    const code = f.properties.code;
    if (!this.touched || this.tapped === code) {
      this.options.onDrill(code);
      return;
    }
    // A first tap: the unit highlighted, its tooltip open (with how to go on) at its label point.
    this.tapped = code;
    this.options.onHover(code);
    this.openTooltip(f, this.labelPoint(f) ?? at, [this.options.tapHint]);
  }

  private labelPoint(f: BoundaryFeature | undefined): L.LatLng | null {
    const at = f?.properties.label?.at;
    return at ? L.latLng(at[1], at[0]) : null;
  }

  /** Adds the shapes and their pointer handling; the names come with showLabels. */
  addTo(): this {
    this.shapes.addTo(this.map);
    for (const type of ['pointerdown', 'touchstart']) this.map.getContainer().addEventListener(type, this.onPress, { capture: true, passive: true });
    return this;
  }

  /** Places the names that fit, and places them again whenever the view changes. */
  showLabels(): void {
    this.labels.addTo(this.map);
    this.map.on('zoomend moveend resize', this.updateLabels);
    this.updateLabels();
  }

  remove(): void {
    this.map.off('zoomend moveend resize', this.updateLabels);
    for (const type of ['pointerdown', 'touchstart']) this.map.getContainer().removeEventListener(type, this.onPress, { capture: true });
    this.closeTooltip();
    this.shapes.remove();
    this.labels.remove();
  }

  /** Highlights one unit (hover or keyboard focus in the table twin) and shows its tooltip. */
  highlight(code: string | null, openTooltip: boolean): void {
    if (this.highlighted === code) return;
    if (this.highlighted && this.tooltipCode === this.highlighted) this.closeTooltip();
    this.highlighted = code;
    this.shapes.highlight(code);
    const f = code ? this.boundaries.features.find((feature) => feature.properties.code === code) : undefined;
    if (!f || !openTooltip) return;
    this.openTooltip(f, this.labelPoint(f) ?? this.centreOf(f));
  }

  private centreOf(f: BoundaryFeature): L.LatLng {
    const e = extentOf([f.geometry])!;
    return L.latLng((e.minLat + e.maxLat) / 2, (e.minLon + e.maxLon) / 2);
  }

  private readonly updateLabels = (): void => {
    this.labels.clearLayers();
    const zoom = this.map.getZoom();
    const size = this.map.getSize();
    const candidates: (LabelCandidate & { at: L.LatLng; text: string })[] = [];
    for (const f of this.boundaries.features) {
      const label = f.properties.label;
      // Most units of a large map are too small for a name at the first zoom: their names are not even worked out.
      if (!label || !labelMayFit(label.radiusKm, label.at[1], zoom)) continue;
      const name = labelTextOf(this.boundaries, f);
      if (!labelFits(name.text, label.radiusKm, label.at[1], zoom)) continue;
      name.width ??= (this.measure ??= measureLabel())(name.text);
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
